package org.gongkai.check;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.site.DecisionProcess;
import org.gongkai.site.SiteModel;

/**
 * 《重大行政决策程序暂行条例》: public comment on a major decision generally runs at least 30 days; a shorter
 * period has to be explained in the notice, so it is a warning, not an error.
 */
public final class DecisionConsultationShort extends CrossDocumentRule {

    public static final int MINIMUM_DAYS = 30;

    public DecisionConsultationShort() {
        super("decision-consultation-short", "重大行政决策的征求意见期一般不少于 30 日");
    }

    @Override
    void check(Document d, SiteModel model, List<Finding> out) {
        Document c =
                DecisionProcess.of(d)
                        .flatMap(DecisionProcess::consultationId)
                        .flatMap(model::find)
                        .orElse(null);
        if (c == null
                || !(c.details() instanceof Details.Consultation con)
                || con.opens().isEmpty()
                || con.closes().isEmpty()) {
            return;
        }
        // both ends count: 4月7日至5月9日 is 33 days
        long days = ChronoUnit.DAYS.between(con.opens().get(), con.closes().get()) + 1;
        if (days < MINIMUM_DAYS) {
            out.add(
                    warning(
                            c.at("closes"),
                            "本征求意见关联重大行政决策“%s”，征求意见期 %s 至 %s 只有 %s 天，少于 %s 天；请延长征求意见期，或在公告中说明缩短的理由"
                                    .formatted(
                                            d.title(),
                                            con.opens().get(),
                                            con.closes().get(),
                                            days,
                                            MINIMUM_DAYS)));
        }
    }
}
