package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.ApplicationTable;
import org.gongkai.content.FigureRow;
import org.gongkai.content.Finding;
import org.gongkai.content.ReportFigures;

/** In every row of the section 三 table the 总计 column is the sum of the six applicant columns. */
public final class ReportTotalColumn extends ReportTableRule<ApplicationTable> {

    public ReportTotalColumn() {
        super("report-total-column", "年度报告第三部分：每一行的“总计”列必须等于前六列之和", ReportFigures::applications);
    }

    @Override
    void check(ApplicationTable t, List<Finding> out) {
        List<FigureRow> rows =
                new ArrayList<>(
                        List.of(t.received(), t.carriedOver(), t.granted(), t.partlyGranted()));
        for (ApplicationTable.Group g : t.groups()) {
            rows.addAll(g.items());
            g.statedTotal().ifPresent(rows::add);
        }
        t.statedTotal().ifPresent(rows::add);
        rows.add(t.carriedForward());
        for (FigureRow r : rows) {
            long sum = 0;
            for (int c = 0; c < ApplicationTable.TOTAL_COLUMN; c++) {
                sum += r.values().get(c);
            }
            if (sum != r.total()) {
                out.add(
                        error(
                                r.where(),
                                "“"
                                        + r.label()
                                        + "”的总计列（第 7 个数）写的是 "
                                        + r.total()
                                        + "，但前六列之和是 "
                                        + sum
                                        + "；请核对这一行"));
            }
        }
    }
}
