package org.gongkai.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * Some 公示 have a legal minimum period: 低保 and 特困 results are published for 7 days (最低生活保障审核确认办法
 * 第二十一条, 特困人员认定办法). site.yaml {@code publicity_days} sets the minimum by a word of the title
 * (default 低保, 最低生活保障, 特困: 7); the period runs from {@code published} to {@code period_end}, both
 * days counted.
 */
public final class PublicityPeriodShort extends DetailsRule<Details.Publicity> {

    public PublicityPeriodShort() {
        super(
                "publicity-period-short",
                "公示期短于规定天数（低保、特困人员公示不少于7天；可在 site.yaml 的 publicity_days 中设置）",
                Details.Publicity.class);
    }

    @Override
    void check(Document d, Details.Publicity p, Setting setting, List<Finding> out) {
        if (p.periodEnd().isEmpty() || d.published().isEmpty()) {
            return;
        }
        String kind = null;
        int min = 0;
        for (Map.Entry<String, Integer> e : setting.site().publicityDays().entrySet()) {
            if (d.title().contains(e.getKey()) && e.getValue() > min) {
                kind = e.getKey();
                min = e.getValue();
            }
        }
        LocalDate start = d.published().get();
        long days = p.periodEnd().get().toEpochDay() - start.toEpochDay() + 1;
        if (kind != null && days < min) {
            out.add(
                    warning(
                            d.at("period_end"),
                            kind
                                    + "公示期应不少于 "
                                    + min
                                    + " 天，这里从 "
                                    + start
                                    + " 到 "
                                    + p.periodEnd().get()
                                    + " 只有 "
                                    + days
                                    + " 天：请把 period_end 改为 "
                                    + start.plusDays(min - 1L)
                                    + " 或更晚"));
        }
    }
}
