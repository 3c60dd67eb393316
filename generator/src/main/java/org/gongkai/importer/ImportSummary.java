package org.gongkai.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.DisclosureAttribute;
import org.gongkai.content.DocumentType;

/**
 * What {@code gongkai import} tells the editor: each field it filled and where it came from, what
 * is still to fill in or confirm, and what it repaired or left out. The static methods write each
 * part from what the import found.
 *
 * @param recognised each filled field: name, value, where it came from
 * @param toFill what the editor must still fill in or confirm
 * @param repairs what was changed in the body and what was left out
 */
public record ImportSummary(List<String> recognised, List<String> toFill, List<String> repairs) {

    public ImportSummary {
        recognised = List.copyOf(recognised);
        toFill = List.copyOf(toFill);
        repairs = List.copyOf(repairs);
    }

    static List<String> recognised(
            OfficialDocument doc,
            ReportImport.Publication publication,
            Optional<String> indexNo,
            boolean keptIndex,
            int year,
            DocumentType type) {
        LocalDate published = publication.date();
        List<String> out = new ArrayList<>();
        doc.organMark().ifPresent(r -> out.add(line("发文机关标志", r.value() + "文件", r)));
        doc.docNumber()
                .ifPresent(
                        r ->
                                out.add(
                                        line("文号 doc_number", r.value(), r)
                                                + (type == DocumentType.POLICY
                                                        ? ""
                                                        : "（"
                                                                + type.label()
                                                                + "没有 doc_number，未写入）")));
        doc.title().ifPresent(r -> out.add(line("标题 title", r.value(), r)));
        doc.recipients().ifPresent(r -> out.add(line("主送机关", r.value(), r)));
        doc.issuer().ifPresent(r -> out.add(line("发文机关 issuer", r.value(), r)));
        doc.written()
                .ifPresent(
                        r ->
                                out.add(
                                        line("成文日期 written", r.value().toString(), r)
                                                + (type == DocumentType.POLICY
                                                        ? ""
                                                        : "（" + type.label() + "没有 written，未写入）")));
        doc.disclosure().ifPresent(r -> out.add(line("公开属性 disclosure", r.value().label(), r)));
        for (Recognised<String> a : doc.attachments()) {
            out.add(line("附件 attachments", a.value(), a));
        }
        out.add("发布日期 published：" + published + " ← " + publication.note());
        indexNo.ifPresent(
                i ->
                        out.add(
                                "索引号 index_no："
                                        + i
                                        + (keptIndex
                                                ? " ← 沿用被替换文件的索引号"
                                                : " ← 默认：" + published.getYear() + " 年下一个未用的号")));
        if (type == DocumentType.REPORT) {
            out.add(
                    "存放位置：reports/"
                            + year
                            + ".md ← "
                            + (doc.title().flatMap(t -> ReportTables.year(t.value())).isPresent()
                                    ? "标题中的报告年度"
                                    : "标题中没有年份，按发布日期的上一年"));
            return out;
        }
        out.add(
                "存放位置："
                        + (type.dated() ? type.folder() + "/" + year + "/" : type.folder() + "/")
                        + " ← "
                        + (doc.written().isPresent() ? "成文日期的年份" : "发布日期的年份")
                        + "；文件名"
                        + (doc.docNumber().flatMap(d -> DocNumberLine.parse(d.value())).isPresent()
                                ? "取自文号"
                                : "取自日期"));
        return out;
    }

    private static String line(String label, String value, Recognised<?> r) {
        return label
                + "："
                + value
                + " ← "
                + r.origin()
                + (r.remark().isEmpty() ? "" : "（" + r.remark() + "）");
    }

    static List<String> toFill(OfficialDocument doc, Optional<String> indexNo, DocumentType type) {
        List<String> out =
                new ArrayList<>(
                        doc.notes().doubts().stream()
                                .filter(
                                        d ->
                                                type == DocumentType.POLICY
                                                        || (!d.contains("doc_number")
                                                                && !d.contains("written")))
                                .toList());
        out.add("topics（主题分类）：按 taxonomies.yaml 填写");
        if (type == DocumentType.POLICY) {
            out.add("normative（是否行政规范性文件）：填 true 或 false");
        }
        doc.disclosure()
                .filter(d -> !d.value().isPublic())
                .ifPresent(
                        d ->
                                out.add(
                                        "review_by（属性复审日期）"
                                                + (d.value() == DisclosureAttribute.WITHHELD
                                                        ? "和 withheld_basis（不予公开依据）"
                                                        : "")
                                                + "："
                                                + d.value().label()
                                                + "的文件必须填写"));
        if (indexNo.isEmpty()) {
            out.add("index_no（索引号）：site.yaml 没有 org_code，无法自动编号");
        }
        if (!doc.attachments().isEmpty()) {
            out.add("attachments：把 " + doc.attachments().size() + " 个附件文件放在新文件旁边，并在 file 写文件名");
        }
        return out;
    }

    static List<String> repairs(OfficialDocument doc) {
        List<String> out = new ArrayList<>(doc.notes().repairs());
        for (String d : doc.notes().dropped()) {
            out.add("已去掉：" + d);
        }
        return out;
    }
}
