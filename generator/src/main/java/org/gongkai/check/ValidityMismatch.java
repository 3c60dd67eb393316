package org.gongkai.check;

import java.util.List;
import java.util.Optional;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.Stated;
import org.gongkai.content.Validity;
import org.gongkai.site.SiteModel;

/** A hand-written validity must agree with the one derived from dates and amend/repeal links. */
public final class ValidityMismatch extends CrossDocumentRule {

    public ValidityMismatch() {
        super(Validity.RULE, "手写的有效性必须与根据日期和修改、废止关系推算的有效性一致");
    }

    @Override
    void check(Document d, SiteModel model, List<Finding> out) {
        Optional<Stated<Validity>> written = d.policy().flatMap(Details.Policy::validity);
        if (written.isEmpty()) {
            return;
        }
        // a label naming none was found at load, where it is typed
        written.get().problem().ifPresent(out::add);
        Validity derived = model.validityOf(d.id()).orElse(Validity.VALID);
        Optional<Validity> stated = written.get().known();
        if (stated.isPresent() && stated.get() != derived) {
            out.add(
                    error(
                            d.at("validity"),
                            "手写的有效性“"
                                    + stated.get().label()
                                    + "”与推算结果“"
                                    + derived.label()
                                    + "”（截至 "
                                    + model.asOf()
                                    + "）不符；请删去 validity 这一行，由系统推算"));
        }
    }
}
