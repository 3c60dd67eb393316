package org.gongkai.check;

import java.util.List;
import java.util.Optional;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.site.SiteModel;

/**
 * A public interpretation of a policy that is not public. The renderer already leaves the policy
 * out of the interpretation's page, but the interpretation itself explains what the withheld policy
 * says; that is a disclosure decision for the office, not something a build may make by default.
 */
public final class InterpretationOfWithheld extends CrossDocumentRule {

    public InterpretationOfWithheld() {
        super("interpretation-of-withheld", "被解读的政策文件不公开（依申请公开或不予公开）时，解读也不能主动公开");
    }

    @Override
    void check(Document d, SiteModel model, List<Finding> out) {
        if (!(d.details() instanceof Details.Interpretation i) || !d.isPublic()) {
            return;
        }
        Optional<Document> policy = i.interprets().flatMap(model::find);
        if (policy.isPresent() && !policy.get().isPublic()) {
            out.add(
                    error(
                            d.at("interprets"),
                            "被解读的文件“"
                                    + policy.get().id()
                                    + "”的公开属性是"
                                    + policy.get().effectiveDisclosure().label()
                                    + "，这篇解读会把它的内容公之于众；"
                                    + "请把解读也设为相同的公开属性（disclosure），或先变更原文件的公开属性"));
        }
    }
}
