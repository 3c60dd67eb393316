package org.gongkai.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Finding;
import org.gongkai.report.ContentFigures;
import org.gongkai.report.ReportFigures;
import org.gongkai.site.SiteModel;

/**
 * Across consecutive reports, 现行有效件数 (this year) = 现行有效件数 (last year) + 本年制发件数 − 本年废止件数.
 * The figures are computed from content, so a gap means a normative document whose dates contradict each
 * other (e.g. published in one year but in force only later); the message names it.
 */
public final class ReportNormativeContinuity implements Rule {

    @Override
    public String id() {
        return "report-normative-continuity";
    }

    @Override
    public String description() {
        return "相邻两年的年度报告：今年现行有效件数＝去年现行有效件数＋本年制发件数－本年废止件数";
    }

    @Override
    public List<Finding> check(SiteModel model) {
        Map<Integer, Document> byYear = new TreeMap<>();
        for (Document d : model.documents()) {
            if (d.type() == DocumentType.REPORT) {
                byYear.putIfAbsent(ReportFigures.yearOf(d), d);
            }
        }
        List<Finding> out = new ArrayList<>();
        byYear.forEach((year, d) -> {
            if (!byYear.containsKey(year - 1)) {
                return;
            }
            ContentFigures now = ContentFigures.of(model, year);
            ContentFigures before = ContentFigures.of(model, year - 1);
            int expected = before.normativeValid().size() + now.normativeIssued().size() - now.normativeLeft();
            if (expected != now.normativeValid().size()) {
                Set<String> explained = new HashSet<>(before.normativeValid());
                explained.addAll(now.normativeIssued());
                List<String> odd = new ArrayList<>();
                for (String id : now.normativeValid()) {
                    if (!explained.contains(id)) {
                        odd.add(id);
                    }
                }
                for (String id : before.normativeValid()) {
                    if (!now.normativeValid().contains(id) && !now.normativeRepealed().contains(id)
                            && !now.normativeExpired().contains(id)) {
                        odd.add(id);
                    }
                }
                out.add(Finding.error(id(), d.at("year"), year + "年现行有效的行政规范性文件 " + now.normativeValid().size()
                        + " 件，不等于" + (year - 1) + "年的 " + before.normativeValid().size() + " 件＋本年制发 "
                        + now.normativeIssued().size() + " 件－本年废止 " + now.normativeLeft() + " 件＝" + expected
                        + " 件；" + (odd.isEmpty() ? "" : "原因在于这些文件的发布日期与生效日期不在同一年：" + String.join("、", odd)
                        + "；") + "请核对它们的 published、valid_from 和 valid_until"));
            }
        });
        return out;
    }
}
