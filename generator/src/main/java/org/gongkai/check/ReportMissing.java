package org.gongkai.check;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;
import org.gongkai.site.SiteModel;

/**
 * 条例 第五十条: 政府信息公开工作年度报告 for the past year is published by 31 January. From 1 February on, a site
 * that was running last year and has no published report for it is missing one.
 */
public final class ReportMissing extends Rule {

    public ReportMissing() {
        super("report-missing", "每年1月31日前应公布上一年度政府信息公开工作年度报告（条例第五十条）");
    }

    @Override
    public void check(SiteModel model, List<Finding> out) {
        int year = model.asOf().getYear() - 1;
        if (!model.asOf().isAfter(YearlyDeadlines.reportDue(year))
                || !YearlyDeadlines.runningBy(model, LocalDate.of(year, 12, 31))) {
            return;
        }
        boolean published =
                model.published(DocumentType.REPORT).stream()
                        .anyMatch(
                                d ->
                                        YearlyDeadlines.reportYear(d)
                                                .map(y -> y == year)
                                                .orElse(false));
        if (!published) {
            out.add(
                    warning(
                            SourceRef.file("reports"),
                            "没有"
                                    + year
                                    + "年政府信息公开工作年度报告：应在 "
                                    + YearlyDeadlines.reportDue(year)
                                    + " 前公布（条例第五十条）；请新建 reports/"
                                    + year
                                    + ".md（gongkai new report）"));
        }
    }
}
