package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Finding;
import org.gongkai.site.SiteModel;

/**
 * An interpretation explains one policy. It must say which (an unknown id is reported by the
 * resolver as {@code reference-unknown}); pointing at something that is not a policy is an error;
 * at a policy that is not 行政规范性文件 is allowed but unusual enough to be a warning (often the wrong
 * id).
 */
public final class InterpretationTarget extends CrossDocumentRule {

    public InterpretationTarget() {
        super("interpretation-target", "政策解读必须用 interprets 指向一个政策文件；指向非规范性文件时提示核对");
    }

    @Override
    void check(Document d, SiteModel model, List<Finding> out) {
        if (!(d.details() instanceof Details.Interpretation i)) {
            return;
        }
        if (i.interprets().isEmpty()) {
            out.add(error(d.source().atLine(2), "政策解读缺少 interprets：请写被解读政策文件的编号（文件名，不含 .md）"));
            return;
        }
        Document target = model.find(i.interprets().get()).orElse(null);
        if (target == null) {
            return; // reference-unknown
        }
        if (target.type() != DocumentType.POLICY) {
            out.add(
                    error(
                            d.at("interprets"),
                            "interprets 指向的“"
                                    + target.id()
                                    + "”是"
                                    + target.type().label()
                                    + "，不是政策文件：请写被解读政策文件的编号"));
        } else if (!target.policy().map(Details.Policy::normative).orElse(false)) {
            out.add(
                    warning(
                            d.at("interprets"),
                            "interprets 指向的《" + target.title() + "》不是行政规范性文件：请确认编号是否写对"));
        }
    }
}
