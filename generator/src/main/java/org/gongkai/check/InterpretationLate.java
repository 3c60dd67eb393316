package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Finding;
import org.gongkai.site.SiteModel;

/** 同步起草、同步审签、同步发布: an interpretation follows its policy within 3 working days. */
public final class InterpretationLate extends CrossDocumentRule {

    static final int LIMIT = 3;

    public InterpretationLate() {
        super("interpretation-late", "政策解读应与文件同步发布，最迟不超过文件发布后 3 个工作日");
    }

    @Override
    void check(Document d, SiteModel model, List<Finding> out) {
        if (!(d.details() instanceof Details.Interpretation i)
                || i.interprets().isEmpty()
                || d.published().isEmpty()) {
            return;
        }
        Document policy = model.find(i.interprets().get()).orElse(null);
        if (policy == null
                || policy.type() != DocumentType.POLICY
                || policy.published().isEmpty()) {
            return;
        }
        long late =
                model.site().workingDays().between(policy.published().get(), d.published().get());
        if (late > LIMIT) {
            out.add(
                    warning(
                            d.at("published"),
                            "解读发布于 %s，比文件（%s）晚 %s 个工作日，超过 %s 个工作日：解读应与文件同步发布"
                                    .formatted(
                                            d.published().get(),
                                            policy.published().get(),
                                            late,
                                            LIMIT)));
        }
    }
}
