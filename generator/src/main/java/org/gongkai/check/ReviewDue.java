package org.gongkai.check;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.gongkai.content.DisclosureAttribute;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.site.SiteModel;

/**
 * The work plan asks for periodic review of 依申请公开 / 不予公开 documents and conversion to 主动公开 where the
 * reason has lapsed: a {@code review_by} date that has passed is a reminder. {@code check --review}
 * lists every document this rule reports.
 */
public final class ReviewDue extends DocumentRule {

    public ReviewDue() {
        super("review-due", "依申请公开、不予公开文件的属性复审日期（review_by）已到：请复审，符合条件的转为主动公开");
    }

    /** Documents due for attribute review as of the model's date, earliest review date first. */
    public static List<Document> due(SiteModel model) {
        return model.documents().stream()
                .filter(d -> isDue(d, model.asOf()))
                .sorted(
                        Comparator.comparing((Document d) -> d.reviewBy().orElseThrow())
                                .thenComparing(d -> d.source().file()))
                .toList();
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        if (isDue(d, setting.asOf())) {
            DisclosureAttribute a = d.disclosure().stated().orElseThrow();
            out.add(
                    warning(
                            d.at("review_by"),
                            "《"
                                    + d.title()
                                    + "》（"
                                    + a.label()
                                    + "）的属性复审日期 "
                                    + d.reviewBy().get()
                                    + " 已过：请重新审查公开属性，可以公开的改为 disclosure: 主动公开，"
                                    + "仍不宜公开的更新 review_by"));
        }
    }

    private static boolean isDue(Document d, LocalDate asOf) {
        return d.disclosure().stated().map(a -> !a.isPublic()).orElse(false)
                && d.reviewBy().map(r -> r.isBefore(asOf)).orElse(false);
    }
}
