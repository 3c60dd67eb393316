package org.gongkai.check;

import java.util.List;
import org.gongkai.content.ApplicationTable;
import org.gongkai.content.FigureRow;
import org.gongkai.content.Finding;
import org.gongkai.content.ReportFigures;
import org.gongkai.content.ReportForm;

/**
 * Where the editor writes a subtotal (a group's {@code total}, or {@code applications.total} for
 * （七）总计), it must equal the sum of the rows under it.
 */
public final class ReportGroupSum extends ReportTableRule<ApplicationTable> {

    public ReportGroupSum() {
        super("report-group-sum", "年度报告第三部分：各类办理结果的小计与总计必须等于其分项之和", ReportFigures::applications);
    }

    @Override
    void check(ApplicationTable t, List<Finding> out) {
        for (ApplicationTable.Group g : t.groups()) {
            g.statedTotal()
                    .ifPresent(
                            total ->
                                    compare(
                                            out,
                                            total,
                                            g.sum(),
                                            g.label() + "小计",
                                            g.label() + "各分项之和"));
        }
        t.statedTotal()
                .ifPresent(
                        total ->
                                compare(
                                        out,
                                        total,
                                        t.outcomeTotal(),
                                        ReportForm.TOTAL.label(),
                                        "（一）至（六）各项之和"));
    }

    private void compare(
            List<Finding> out, FigureRow stated, List<Long> sum, String row, String what) {
        for (int c = 0; c < sum.size(); c++) {
            long s = stated.values().get(c);
            if (s != sum.get(c)) {
                out.add(
                        error(
                                stated.where(),
                                "“"
                                        + row
                                        + "”"
                                        + ReportRows.column(c)
                                        + "写的是 "
                                        + s
                                        + "，但"
                                        + what
                                        + "是 "
                                        + sum.get(c)
                                        + "；请核对这一列"));
            }
        }
    }
}
