package org.gongkai.check;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.content.Finding;
import org.gongkai.content.ReportFigures;
import org.gongkai.report.ContentFigures;
import org.gongkai.report.NormativeCount;
import org.gongkai.site.SiteModel;

/**
 * Across consecutive reports, 现行有效件数 (this year) = 现行有效件数 (last year) + 本年制发件数 − 本年废止件数, with the
 * figures each report shows (stated by the editor, or counted from content). Counted figures always
 * continue; a break means a stated figure that does not follow from the year before.
 */
public final class ReportNormativeContinuity extends Rule {

    public ReportNormativeContinuity() {
        super("report-normative-continuity", "相邻两年的年度报告：今年现行有效件数＝去年现行有效件数＋本年制发件数－本年废止件数");
    }

    @Override
    public void check(SiteModel model, List<Finding> out) {
        Map<Integer, ReportRows.Entry> byYear = new TreeMap<>();
        for (ReportRows.Entry e : ReportRows.of(model)) {
            byYear.putIfAbsent(e.figures().year(), e);
        }
        byYear.forEach(
                (year, e) -> {
                    ReportRows.Entry last = byYear.get(year - 1);
                    if (last == null) {
                        return;
                    }
                    ContentFigures now = ContentFigures.of(model, year);
                    ContentFigures before = ContentFigures.of(model, year - 1);
                    long valid = NormativeCount.valid(e.figures(), now);
                    long lastValid = NormativeCount.valid(last.figures(), before);
                    long issued = NormativeCount.issued(e.figures(), now);
                    long repealed = NormativeCount.repealed(e.figures(), now);
                    long expected = lastValid + issued - repealed;
                    if (valid != expected) {
                        boolean stated = e.figures().normative().isPresent();
                        out.add(
                                error(
                                        e.figures()
                                                .normative()
                                                .map(ReportFigures.StatedNormative::where)
                                                .orElse(e.document().at("year")),
                                        "第二十条第（一）项“行政规范性文件”行不衔接："
                                                + year
                                                + "年现行有效件数 "
                                                + valid
                                                + "，而"
                                                + (year - 1)
                                                + "年现行有效 "
                                                + lastValid
                                                + " 件＋本年制发 "
                                                + issued
                                                + " 件－本年废止 "
                                                + repealed
                                                + " 件＝"
                                                + expected
                                                + " 件；请核对"
                                                + (stated
                                                        ? "本报告 normative 中填写的件数"
                                                        : (year - 1) + "年报告 normative 中填写的件数")));
                    }
                });
    }
}
