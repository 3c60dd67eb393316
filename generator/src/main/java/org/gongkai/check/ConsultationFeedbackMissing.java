package org.gongkai.check;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * Once a consultation has closed, residents are owed the feedback: how many opinions came in, how
 * many were adopted, and why the others were not. Thirty days is the grace the office gets to write
 * it. Feedback that contradicts itself (more adopted than received) is a warning: the page prints
 * what was published, and one opinion may be adopted in several points, so the office has to decide
 * how to correct it.
 */
public final class ConsultationFeedbackMissing extends DetailsRule<Details.Consultation> {

    public static final int GRACE_DAYS = 30;

    public ConsultationFeedbackMissing() {
        super(
                "consultation-feedback-missing",
                "意见征集结束 30 天后应公开意见采纳反馈情况",
                Details.Consultation.class);
    }

    @Override
    void check(Document d, Details.Consultation c, Setting setting, List<Finding> out) {
        if (!d.isPublic() || c.closes().isEmpty()) {
            return;
        }
        long since = ChronoUnit.DAYS.between(c.closes().get(), setting.asOf());
        if (c.feedback().isEmpty()) {
            if (since > GRACE_DAYS) {
                out.add(
                        warning(
                                d.at("closes"),
                                "意见征集已于 %s 结束 %s 天，仍未公开反馈情况：请加上 feedback（received 收到条数、adopted 采纳条数、summary 总体情况、not_adopted_reasons 未采纳的主要意见及理由）"
                                        .formatted(c.closes().get(), since)));
            }
            return;
        }
        Details.Feedback f = c.feedback().get();
        if (f.received().isPresent()
                && f.adopted().isPresent()
                && f.adopted().get() > f.received().get()) {
            out.add(
                    warning(
                            d.at("feedback"),
                            "采纳意见 %s 条多于收到的 %s 条，请核对 feedback 的 received 和 adopted"
                                    .formatted(f.adopted().get(), f.received().get())));
        }
        if (since > GRACE_DAYS && f.received().isEmpty()) {
            out.add(warning(d.at("feedback"), "反馈情况缺少 received（收到意见条数）；没有收到意见请写 0"));
        }
    }
}
