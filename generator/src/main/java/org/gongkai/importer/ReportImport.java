package org.gongkai.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.check.YearlyDeadlines;
import org.gongkai.content.DocumentType;

/** What importing an annual report does beyond another document: its issuer, body and 发布日期. */
final class ReportImport {

    private static final Pattern TITLE_ORGAN = Pattern.compile("^(.{2,30}?)(?:19|20)[0-9]{2}\\s*年");

    /** The 发布日期 the import writes, and what the comment above it tells the editor. */
    record Publication(LocalDate date, String note) {}

    private ReportImport() {}

    /**
     * An annual report: its issuer is the organ its title names when no signature says otherwise;
     * the tables of sections 二 to 四 are in the front matter now (the report page draws them from
     * there), so the body keeps the narrative only.
     */
    static OfficialDocument asReport(OfficialDocument doc, Optional<Integer> year) {
        List<String> doubts = new ArrayList<>();
        if (year.isEmpty()) {
            doubts.add("标题中没有“××××年政府信息公开工作年度报告”的年份；已按上一年填写 year，请核对");
        }
        if (doc.issuer().isEmpty() && doc.title().isPresent()) {
            Matcher m = TITLE_ORGAN.matcher(doc.title().get().value());
            if (m.find() && m.group(1).matches(".*(政府|委员会|办公室|局|街道办事处|管委会)$")) {
                doc =
                        doc.withIssuer(
                                Optional.of(
                                        new Recognised<>(
                                                m.group(1), doc.title().get().origin(), "取自标题")),
                                List.of());
            }
        }
        List<OfficialDocument.BodyBlock> body = new ArrayList<>();
        List<String> repairs = new ArrayList<>();
        boolean tables = false;
        int moved = 0;
        for (OfficialDocument.BodyBlock b : doc.body()) {
            if (b instanceof OfficialDocument.BodyBlock.Heading h && h.level() == 2) {
                String t = ChineseText.withoutMarks(h.text());
                tables = t.startsWith("二、") || t.startsWith("三、") || t.startsWith("四、");
            }
            boolean tableText =
                    b instanceof OfficialDocument.BodyBlock.Table
                            || (b instanceof OfficialDocument.BodyBlock.Paragraph p
                                    && p.tableLine());
            if (tables && tableText) {
                moved++;
                continue;
            }
            body.add(b);
        }
        if (moved > 0) {
            repairs.add(
                    "第二、三、四部分的表格（"
                            + moved
                            + " 块）已读入 front matter 的 applications、reviews 等数字，"
                            + "网页按国家模板画出表格");
        }
        return doc.withIssuer(doc.issuer(), doubts).withBody(body, repairs);
    }

    /**
     * An annual report was published when it is dated (its 落款 date), not on the day an office
     * imports its back catalogue: the import day made every old report {@code report-late}. A
     * report without a printed date gets 条例 第五十条's deadline when the import day is past it;
     * anything else, the import day.
     */
    static Publication publication(
            OfficialDocument doc, DocumentType type, int year, LocalDate asOf) {
        if (type != DocumentType.REPORT) {
            return new Publication(asOf, MarkdownWriter.Defaults.IMPORT_DAY);
        }
        Optional<LocalDate> printed =
                doc.written().map(Recognised::value).filter(w -> !w.isAfter(asOf));
        if (printed.isPresent()) {
            return new Publication(
                    printed.get(),
                    "取自报告的落款日期（" + doc.written().get().origin() + "），请核对是否就是在专栏发布的日期");
        }
        LocalDate due = YearlyDeadlines.reportDue(year);
        return asOf.isAfter(due)
                ? new Publication(due, "原件没有落款日期，暂按条例第五十条的公布期限填写，请改为在专栏实际发布的日期")
                : new Publication(asOf, MarkdownWriter.Defaults.IMPORT_DAY);
    }
}
