package org.gongkai.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/** 条例 第五十条: a year's annual report published after 31 January of the next year was late. */
public final class ReportLate extends DetailsRule<Details.Report> {

    public ReportLate() {
        super("report-late", "年度报告晚于次年1月31日公布（条例第五十条）", Details.Report.class);
    }

    @Override
    void check(Document d, Details.Report report, Setting setting, List<Finding> out) {
        if (d.published().isEmpty()) {
            return;
        }
        Optional<Integer> year = YearlyDeadlines.reportYear(d);
        if (year.isEmpty()) {
            return;
        }
        LocalDate due = YearlyDeadlines.reportDue(year.get());
        if (d.published().get().isAfter(due)) {
            out.add(
                    warning(
                            d.at("published"),
                            year.get()
                                    + "年年度报告发布于 "
                                    + d.published().get()
                                    + "，晚于 "
                                    + due
                                    + "（条例第五十条：每年1月31日前公布上一年度报告）：请核对发布日期；"
                                    + "确实晚发的，在报告“五、存在的主要问题及改进情况”中说明"));
        }
    }
}
