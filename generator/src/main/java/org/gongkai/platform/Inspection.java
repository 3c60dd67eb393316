package org.gongkai.platform;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Finding;
import org.gongkai.site.FixedPage;
import org.gongkai.site.SiteModel;

/**
 * The county 政务公开办's view of one column (one row of the inspection): what it published and when,
 * what the national thresholds count as stale or missing, and what the checks found. Not part of
 * the published site.
 *
 * @param lastUpdate per column type (政策文件, 通知公告, 工作动态 …), the newest publication date or ""
 * @param stale the column types not updated within their threshold (工作动态 two weeks, 通知公告 and 政策文件
 *     six months: 国办秘函〔2019〕19号)
 * @param emptyRequired required column types with nothing published
 * @param annualReport last year's annual report: 按时发布, 逾期发布（日期）, 缺失, or 未到期 before 31 January
 * @param byRule findings by rule id, "error"/"warning" counted apart
 * @param reviewOverdue withheld and on-request documents whose review_by has passed
 */
public record Inspection(
        String id,
        String name,
        String kind,
        int published,
        int notPublic,
        Map<String, String> lastUpdate,
        List<String> stale,
        List<String> emptyRequired,
        String annualReport,
        boolean annualReportProblem,
        int errors,
        int warnings,
        Map<String, Integer> byRule,
        int reviewOverdue) {

    public Inspection {
        lastUpdate = Collections.unmodifiableMap(new LinkedHashMap<>(lastUpdate));
        stale = List.copyOf(stale);
        emptyRequired = List.copyOf(emptyRequired);
        byRule = Collections.unmodifiableMap(new TreeMap<>(byRule));
    }

    /** The column types an inspector looks at, in this order. */
    public static final List<String> TYPES =
            List.of("政策文件", "政策解读", "通知公告", "工作动态", "重大行政决策", "意见征集", "公示公告", "年度报告");

    static final String DYNAMIC = "工作动态";

    /** The annual report is due by 31 January of the next year (条例第五十条). */
    static final MonthDay REPORT_DUE = MonthDay.of(1, 31);

    /**
     * 工作动态 are kept among 通知公告 (notices/); a notice is 动态 when its title, keywords or themes say
     * so.
     */
    static boolean isDynamic(Document d) {
        return d.type() == DocumentType.NOTICE
                && (d.title().contains("动态")
                        || d.subjects().keywords().contains(DYNAMIC)
                        || d.subjects().themes().contains(DYNAMIC)
                        || d.subjects().topics().contains(DYNAMIC));
    }

    static String typeOf(Document d) {
        if (isDynamic(d)) {
            return DYNAMIC;
        }
        return d.type() == DocumentType.REPORT ? "年度报告" : d.type().label();
    }

    static Inspection of(PlatformColumn column, SiteModel model, List<Finding> findings) {
        LocalDate asOf = model.asOf();
        Map<String, String> last = new LinkedHashMap<>();
        TYPES.forEach(t -> last.put(t, ""));
        for (Document d : model.published()) {
            if (d.type() == DocumentType.PAGE || d.published().isEmpty()) {
                continue;
            }
            String t = typeOf(d);
            String date = d.published().get().toString();
            if (last.getOrDefault(t, "").compareTo(date) < 0) {
                last.put(t, date);
            }
        }
        List<String> stale = new ArrayList<>();
        stale(last, "工作动态", asOf.minusWeeks(2), stale);
        stale(last, "通知公告", asOf.minusMonths(6), stale);
        stale(last, "政策文件", asOf.minusMonths(6), stale);
        List<String> empty = new ArrayList<>();
        for (String t : List.of("政策文件", "通知公告", "年度报告")) {
            if (last.get(t).isEmpty()) {
                empty.add(t);
            }
        }
        // known by their ids, as the renderer places them, never by their titles
        if (FixedPage.GUIDE.in(model).isEmpty()) {
            empty.add("政府信息公开指南");
        }
        if (FixedPage.RULES.in(model).isEmpty()) {
            empty.add("政府信息公开制度");
        }
        int lastYear = asOf.getYear() - 1;
        LocalDate due = REPORT_DUE.atYear(asOf.getYear());
        Optional<Document> report =
                model.published(DocumentType.REPORT).stream()
                        .filter(
                                r ->
                                        r.details() instanceof Details.Report rep
                                                && rep.year().orElse(r.year()) == lastYear)
                        .findFirst();
        String annual;
        boolean problem;
        if (report.isPresent()) {
            LocalDate on = report.get().published().orElse(asOf);
            problem = on.isAfter(due);
            annual = problem ? lastYear + "年度：逾期发布（" + on + "）" : lastYear + "年度：按时发布（" + on + "）";
        } else if (!asOf.isAfter(due)) {
            problem = false;
            annual = lastYear + "年度：未到期（" + due + " 前发布）";
        } else {
            problem = true;
            annual = lastYear + "年度：缺失";
        }
        Map<String, Integer> byRule = new TreeMap<>();
        int errors = 0;
        for (Finding f : findings) {
            byRule.merge(f.ruleId() + (f.isError() ? "（错误）" : "（警告）"), 1, Integer::sum);
            errors += f.isError() ? 1 : 0;
        }
        int overdue = 0;
        int notPublic = 0;
        for (Document d : model.documents()) {
            if (!d.isPublic()) {
                notPublic++;
                if (d.reviewBy().map(r -> r.isBefore(asOf)).orElse(false)) {
                    overdue++;
                }
            }
        }
        return new Inspection(
                column.id(),
                column.name(),
                column.kind().label(),
                model.published().size(),
                notPublic,
                last,
                stale,
                empty,
                annual,
                problem,
                errors,
                findings.size() - errors,
                byRule,
                overdue);
    }

    private static void stale(
            Map<String, String> last, String type, LocalDate limit, List<String> out) {
        String d = last.get(type);
        if (!d.isEmpty() && LocalDate.parse(d).isBefore(limit)) {
            out.add(type);
        }
    }

    /** Whether the inspector has anything to follow up in this column. */
    public boolean needsAttention() {
        return !stale.isEmpty()
                || !emptyRequired.isEmpty()
                || annualReportProblem
                || errors > 0
                || reviewOverdue > 0;
    }
}
