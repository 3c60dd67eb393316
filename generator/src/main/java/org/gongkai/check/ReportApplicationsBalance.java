package org.gongkai.check;

import java.util.List;
import org.gongkai.content.ApplicationTable;
import org.gongkai.content.Finding;
import org.gongkai.content.ReportFigures;

/**
 * The form's own note: 第一项加第二项之和，等于第三项加第四项之和 — new plus carried over equals the outcomes plus
 * carried forward, in every column.
 */
public final class ReportApplicationsBalance extends ReportTableRule<ApplicationTable> {

    public ReportApplicationsBalance() {
        super(
                "report-applications-balance",
                "年度报告第三部分：本年新收＋上年结转＝办理结果总计＋结转下年度（每一列）",
                ReportFigures::applications);
    }

    @Override
    void check(ApplicationTable t, List<Finding> out) {
        List<Long> outcomes = t.outcomeTotal();
        for (int c = 0; c < ApplicationTable.COLUMNS.size(); c++) {
            long in = t.received().values().get(c) + t.carriedOver().values().get(c);
            long done = outcomes.get(c) + t.carriedForward().values().get(c);
            if (in != done) {
                out.add(
                        error(
                                t.carriedForward().where(),
                                ReportRows.column(c)
                                        + "不平衡：本年新收 "
                                        + t.received().values().get(c)
                                        + " ＋ 上年结转 "
                                        + t.carriedOver().values().get(c)
                                        + " ＝ "
                                        + in
                                        + "，而办理结果总计 "
                                        + outcomes.get(c)
                                        + " ＋ 结转下年度 "
                                        + t.carriedForward().values().get(c)
                                        + " ＝ "
                                        + done
                                        + "；请核对这一列的办理结果或结转数"));
            }
        }
    }
}
