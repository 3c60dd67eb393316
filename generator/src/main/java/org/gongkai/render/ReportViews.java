package org.gongkai.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.ApplicationTable;
import org.gongkai.content.CsvCell;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.FigureRow;
import org.gongkai.content.ReportFigures;
import org.gongkai.content.ReportForm;
import org.gongkai.content.ReviewFigures;
import org.gongkai.report.ContentFigures;
import org.gongkai.report.NormativeCount;
import org.gongkai.report.ReportSections;
import org.gongkai.site.SiteModel;

/**
 * View records for 政府信息公开工作年度报告 in the national template's structure (国办公开办函〔2021〕30号): six
 * sections in order, the editor's narrative from the body, the tables generated from front matter
 * and content.
 */
public final class ReportViews {

    private ReportViews() {}

    /**
     * A small table whose first column labels the rows; {@code id} names its caption for the scroll
     * region.
     */
    public record SimpleTable(
            String id, String caption, List<String> header, List<List<String>> rows) {}

    /**
     * A row label cell of the section 三 table, which nests three levels as the national form does.
     */
    public record LabelCell(String text, int rowspan, int colspan) {}

    public record ApplicationRow(List<LabelCell> labels, List<String> values) {}

    /**
     * One of the six sections: the body's own section HTML (heading included) when written, else
     * the standard heading and a note that the editor has not written it.
     */
    public record Section(int number, String title, String anchor, String sectionHtml) {
        public boolean written() {
            return !sectionHtml.isEmpty();
        }
    }

    public record ReportPage(
            PageViews.DocPage page,
            int year,
            String introHtml,
            List<Section> sections,
            List<SimpleTable> article20,
            String normativeNote,
            List<SimpleTable> proactive,
            String activity,
            List<ApplicationRow> applications,
            List<String> reviews,
            List<String> reviewGroups,
            List<String> reviewOutcomes,
            String csvHref,
            String otherHtml) {}

    public static String csvPath(Document d) {
        return SitePaths.documentFolder(d) + "figures.csv";
    }

    static ReportPage page(SiteModel model, Document d, PageViews.DocPage page) {
        ReportFigures f =
                ReportFigures.read(d)
                        .figures()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                d.source()
                                                        + ": report figures were not checked before rendering"));
        ContentFigures c = ContentFigures.of(model, f.year());
        BodySections body = BodySections.of(page.bodyHtml());
        List<Section> sections = new ArrayList<>();
        StringBuilder other = new StringBuilder();
        String[] found = new String[6];
        for (BodySections.Section s : body.sections()) {
            int n = ReportSections.number(s.title());
            if (n > 0 && found[n - 1] == null) {
                found[n - 1] = s.html();
            } else {
                other.append(s.html());
            }
        }
        for (int i = 0; i < 6; i++) {
            sections.add(
                    new Section(
                            i + 1,
                            ReportSections.TITLES.get(i),
                            "section-" + (i + 1),
                            found[i] == null ? "" : found[i]));
        }
        String note =
                f.normative().isPresent()
                        ? "行政规范性文件件数由本机关填报（含未在本专栏发布的文件）。"
                        : c.normative(ContentFigures.Normative.EXPIRED).isEmpty()
                                ? ""
                                : "本年废止件数中含有效期届满自动失效的行政规范性文件 "
                                        + c.normative(ContentFigures.Normative.EXPIRED).size()
                                        + " 件。";
        String activity =
                f.year()
                        + "年共发布政策解读 "
                        + c.interpretations()
                        + " 篇；开展意见征集 "
                        + c.consultations().size()
                        + " 次，收到意见建议 "
                        + c.opinionsReceived()
                        + " 条，采纳 "
                        + c.opinionsAdopted()
                        + " 条。";
        return new ReportPage(
                page,
                f.year(),
                body.introHtml(),
                sections,
                article20(f, c),
                note,
                proactive(c),
                activity,
                applicationRows(f.applications()),
                f.reviews().values().stream().map(String::valueOf).toList(),
                ReviewFigures.GROUPS,
                ReviewFigures.OUTCOMES,
                csvPath(d),
                other.toString());
    }

    /** Section 二: the four small tables, one per item of 条例第二十条, in the form's wording. */
    static List<SimpleTable> article20(ReportFigures f, ContentFigures c) {
        return List.of(
                new SimpleTable(
                        "art20-1",
                        "第二十条第（一）项",
                        List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                        List.of(
                                List.of("规章", "0", "0", "0"),
                                List.of(
                                        "行政规范性文件",
                                        String.valueOf(NormativeCount.issued(f, c)),
                                        String.valueOf(NormativeCount.repealed(f, c)),
                                        String.valueOf(NormativeCount.valid(f, c))))),
                new SimpleTable(
                        "art20-5",
                        "第二十条第（五）项",
                        List.of("信息内容", "本年处理决定数量"),
                        List.of(List.of("行政许可", String.valueOf(f.permits())))),
                new SimpleTable(
                        "art20-6",
                        "第二十条第（六）项",
                        List.of("信息内容", "本年处理决定数量"),
                        List.of(
                                List.of("行政处罚", String.valueOf(f.penalties())),
                                List.of("行政强制", String.valueOf(f.enforcement())))),
                new SimpleTable(
                        "art20-8",
                        "第二十条第（八）项",
                        List.of("信息内容", "本年收费金额（单位：万元）"),
                        List.of(List.of("行政事业性收费", amount(f.fees())))));
    }

    static String amount(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    /** What content knows beyond the form: 主动公开 by column and by month. */
    static List<SimpleTable> proactive(ContentFigures c) {
        List<List<String>> byType = new ArrayList<>();
        for (DocumentType t : DocumentType.values()) {
            Integer n = c.proactiveByType().get(t);
            if (n != null) {
                byType.add(List.of(t.label(), String.valueOf(n)));
            }
        }
        byType.add(List.of("合计", String.valueOf(c.proactiveTotal())));
        List<List<String>> byMonth = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            byMonth.add(List.of((m + 1) + "月", String.valueOf(c.proactiveByMonth().get(m))));
        }
        byMonth.add(List.of("合计", String.valueOf(c.proactiveTotal())));
        return List.of(
                new SimpleTable(
                        "proactive-type", "补充表1　本年在本专栏主动公开政府信息（按栏目）", List.of("栏目", "条数"), byType),
                new SimpleTable(
                        "proactive-month",
                        "补充表2　本年在本专栏主动公开政府信息（按月份）",
                        List.of("月份", "条数"),
                        byMonth));
    }

    /**
     * Section 三 as the form lays it out: up to three label columns (三、本年度办理结果 › （三）不予公开 › 1．…),
     * with rowspans, so that each number's row header reads as on paper.
     */
    static List<ApplicationRow> applicationRows(ApplicationTable t) {
        List<ApplicationRow> rows = new ArrayList<>();
        rows.add(
                new ApplicationRow(
                        List.of(new LabelCell(t.received().label(), 1, 3)),
                        strings(t.received().values())));
        rows.add(
                new ApplicationRow(
                        List.of(new LabelCell(t.carriedOver().label(), 1, 3)),
                        strings(t.carriedOver().values())));
        int outcomeRows = 3; // （一）（二）（七）
        for (ApplicationTable.Group g : t.groups()) {
            outcomeRows += g.items().size();
        }
        boolean first = true;
        List<FigureRow> simple = List.of(t.granted(), t.partlyGranted());
        for (FigureRow r : simple) {
            List<LabelCell> labels = new ArrayList<>();
            if (first) {
                labels.add(new LabelCell(ReportForm.OUTCOME_HEADING, outcomeRows, 1));
                first = false;
            }
            labels.add(new LabelCell(r.label(), 1, 2));
            rows.add(new ApplicationRow(labels, strings(r.values())));
        }
        for (ApplicationTable.Group g : t.groups()) {
            boolean head = true;
            for (FigureRow r : g.items()) {
                List<LabelCell> labels = new ArrayList<>();
                if (head) {
                    labels.add(new LabelCell(g.label(), g.items().size(), 1));
                    head = false;
                }
                labels.add(new LabelCell(r.label(), 1, 1));
                rows.add(new ApplicationRow(labels, strings(r.values())));
            }
        }
        rows.add(
                new ApplicationRow(
                        List.of(new LabelCell(ReportForm.TOTAL.label(), 1, 2)),
                        strings(t.outcomeTotal())));
        rows.add(
                new ApplicationRow(
                        List.of(new LabelCell(t.carriedForward().label(), 1, 3)),
                        strings(t.carriedForward().values())));
        return rows;
    }

    private static List<String> strings(List<Long> values) {
        return values.stream().map(String::valueOf).toList();
    }

    /**
     * The same figures as CSV (UTF-8 with BOM, so spreadsheet programs open the Chinese correctly),
     * one block per table of the form in the form's order, to paste into the official template.
     */
    static String csv(SiteModel model, Document d) {
        ReportFigures f = ReportFigures.read(d).figures().orElseThrow();
        ContentFigures c = ContentFigures.of(model, f.year());
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (SimpleTable t : article20(f, c)) {
            block(sb, t.caption(), t.header(), t.rows());
        }
        List<String> header = new ArrayList<>(List.of("三、收到和处理政府信息公开申请情况"));
        header.addAll(ApplicationTable.COLUMNS);
        List<List<String>> rows = new ArrayList<>();
        for (ApplicationRow r : applicationRows(f.applications())) {
            List<String> row = new ArrayList<>();
            row.add(String.join(" ", r.labels().stream().map(LabelCell::text).toList()));
            row.addAll(r.values());
            rows.add(row);
        }
        // a row's group label is only on its first row in the table; in CSV every row carries its
        // full name
        fillGroupNames(rows, f.applications());
        block(sb, null, header, rows);
        List<String> reviewHeader = new ArrayList<>();
        for (String g : ReviewFigures.GROUPS) {
            for (String o : ReviewFigures.OUTCOMES) {
                reviewHeader.add(g + "-" + o);
            }
        }
        block(sb, "四、政府信息公开行政复议、行政诉讼情况", reviewHeader, List.of(strings(f.reviews().values())));
        for (SimpleTable t : proactive(c)) {
            block(sb, t.caption(), t.header(), t.rows());
        }
        block(
                sb,
                "其他",
                List.of("项目", "数量"),
                List.of(
                        List.of("政策解读（篇）", String.valueOf(c.interpretations())),
                        List.of("意见征集（次）", String.valueOf(c.consultations().size())),
                        List.of("收到意见建议（条）", String.valueOf(c.opinionsReceived())),
                        List.of("采纳意见建议（条）", String.valueOf(c.opinionsAdopted()))));
        return sb.toString();
    }

    private static void fillGroupNames(List<List<String>> rows, ApplicationTable t) {
        int i = 2;
        rows.get(i).set(0, ReportForm.OUTCOME_HEADING + " " + t.granted().label());
        rows.get(i + 1).set(0, ReportForm.OUTCOME_HEADING + " " + t.partlyGranted().label());
        i += 2;
        for (ApplicationTable.Group g : t.groups()) {
            for (FigureRow r : g.items()) {
                rows.get(i++)
                        .set(0, ReportForm.OUTCOME_HEADING + " " + g.label() + " " + r.label());
            }
        }
        rows.get(i).set(0, ReportForm.OUTCOME_HEADING + " " + ReportForm.TOTAL.label());
    }

    private static void block(
            StringBuilder sb, String title, List<String> header, List<List<String>> rows) {
        if (title != null) {
            sb.append(cell(title)).append("\r\n");
        }
        sb.append(String.join(",", header.stream().map(ReportViews::cell).toList())).append("\r\n");
        for (List<String> r : rows) {
            sb.append(String.join(",", r.stream().map(ReportViews::cell).toList())).append("\r\n");
        }
        sb.append("\r\n");
    }

    /**
     * RFC 4180 quoting, and nothing a spreadsheet would run as a formula ({@link CsvCell}). A
     * figures table: its labels are the form's own words, never a bare number, and its figures must
     * stay summable.
     */
    static String cell(String v) {
        return CsvCell.figure(v).field();
    }
}
