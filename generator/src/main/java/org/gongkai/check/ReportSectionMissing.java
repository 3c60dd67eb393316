package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Body;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.report.ReportSections;

/**
 * 国办公开办函〔2021〕30号 fixes six sections, "不能遗漏": each must be written, in order. The page still shows
 * a missing one's heading (the generated tables go under 二、三、四), so this is a warning.
 */
public final class ReportSectionMissing extends DetailsRule<Details.Report> {

    public ReportSectionMissing() {
        super(
                "report-section-missing",
                "年度报告应按国家模板依次写出六个部分（一、总体情况 至 六、其他需要报告的事项）",
                Details.Report.class);
    }

    @Override
    void check(Document d, Details.Report report, Setting setting, List<Finding> out) {
        boolean[] seen = new boolean[ReportSections.TITLES.size()];
        int last = 0;
        for (Body.Heading h : d.body().headings()) {
            int n = h.level() == 2 ? ReportSections.number(h.text()) : 0;
            if (n == 0) {
                continue;
            }
            if (seen[n - 1]) {
                out.add(
                        warning(
                                h.where(),
                                "第" + ReportSections.numeral(n) + "部分写了两次；" + "页面只采用第一次出现的那一节"));
            } else if (n < last) {
                out.add(
                        warning(
                                h.where(),
                                "“"
                                        + h.text()
                                        + "”应排在“"
                                        + ReportSections.TITLES.get(last - 1)
                                        + "”之前；请按一至六的顺序排列"));
            }
            seen[n - 1] = true;
            last = Math.max(last, n);
        }
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i]) {
                out.add(
                        warning(
                                d.source().atLine(2),
                                "年度报告缺少第"
                                        + ReportSections.numeral(i + 1)
                                        + "部分：请在正文中加一节“## "
                                        + ReportSections.TITLES.get(i)
                                        + "”"));
            }
        }
    }
}
