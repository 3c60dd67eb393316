package org.gongkai.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.DisclosureAttribute;
import org.gongkai.content.DocumentType;
import org.gongkai.content.FrontMatterWriter;

/**
 * Writes a recognised document as a content file: YAML front matter in the content model's key
 * order, with a Chinese comment on every value the editor must fill in or confirm, then the
 * Markdown body.
 */
final class MarkdownWriter {

    /**
     * What the import fills in by default, for the editor to confirm.
     *
     * @param publishedNote where {@code published} came from, in the comment above it
     */
    record Defaults(
            DocumentType type,
            LocalDate published,
            String indexNo,
            String sourceFile,
            List<String> pictureFiles,
            int year,
            Optional<ReportTables.Figures> figures,
            String publishedNote) {

        static final String IMPORT_DAY = "默认为导入当天，请改为在专栏实际发布的日期";

        Defaults(DocumentType type, LocalDate published, String indexNo, String sourceFile) {
            this(
                    type,
                    published,
                    indexNo,
                    sourceFile,
                    List.of(),
                    published.getYear(),
                    Optional.empty(),
                    IMPORT_DAY);
        }
    }

    /** What an imported picture's alt text says until the editor describes the picture. */
    static String altPlaceholder(int n) {
        return "图" + n + "（请填写图片说明）";
    }

    private MarkdownWriter() {}

    static String write(OfficialDocument doc, Defaults defaults) {
        FrontMatterWriter f = new FrontMatterWriter();
        f.comment("由 gongkai import 从 " + defaults.sourceFile() + " 导入；标有“请填写”“请确认”的项请补全、核对后再提交");
        key(f, "title", doc.title().map(Recognised::value).orElse(null), "请填写：标题（原件中没有认出）");
        boolean policy = defaults.type() == DocumentType.POLICY;
        if (defaults.type() == DocumentType.REPORT) {
            f.comment("报告年度（取自标题）").key("year", String.valueOf(defaults.year()), "");
        }
        if (policy) {
            key(
                    f,
                    "doc_number",
                    doc.docNumber().map(Recognised::value).orElse(null),
                    "请填写：文号，如 安政发〔2022〕32号（原件版头没有认出；没有文号的文件可删去这一行）");
        }
        key(f, "issuer", doc.issuer().map(Recognised::value).orElse(null), "请填写：发文机关（原件中没有认出署名）");
        if (policy) {
            if (doc.written().isPresent()) {
                f.key("written", doc.written().get().value().toString(), "");
            } else {
                key(f, "written", null, "请填写：成文日期 YYYY-MM-DD（原件中没有认出）");
            }
        }
        f.comment("请确认：" + defaults.publishedNote())
                .key("published", defaults.published().toString(), "");
        if (doc.disclosure().isEmpty() && defaults.figures().isPresent()) {
            // an annual report is published by law (条例第五十条), whatever its original printed
            f.comment("年度报告依《政府信息公开条例》第五十条向社会公布")
                    .key("disclosure", DisclosureAttribute.PROACTIVE.label(), "");
        } else {
            key(
                    f,
                    "disclosure",
                    doc.disclosure().map(r -> r.value().label()).orElse(null),
                    "请填写：公开属性（主动公开 / 依申请公开 / 不予公开），原件没有标注");
        }
        if (doc.disclosure().isPresent() && !doc.disclosure().get().value().isPublic()) {
            f.comment("请填写：属性复审日期 YYYY-MM-DD（到期复审，符合条件的转为主动公开）").key("review_by", "", "");
            if (doc.disclosure().get().value() == DisclosureAttribute.WITHHELD) {
                f.comment("请填写：不予公开的依据，如 第十四条、第十五条、第十六条（政府信息公开条例）").key("withheld_basis", "", "");
            }
        }
        if (policy) {
            f.comment("请填写：是否为行政规范性文件（true / false）；是的话还要写 valid_from、valid_until，并配政策解读")
                    .key("normative", "", "");
        }
        if (defaults.indexNo() != null) {
            f.comment("本年度下一个未用的索引号");
        }
        key(f, "index_no", defaults.indexNo(), "请填写：索引号（site.yaml 中没有 org_code，无法编号）");
        f.comment("请填写：主题分类，用 taxonomies.yaml 中的名称，如 [综合政务/政务公开]").key("topics", "[]", "");
        defaults.figures().ifPresent(x -> f.lines(ReportTables.yaml(x)));
        if (!doc.attachments().isEmpty()) {
            f.comment("请填写：把附件文件放在本文件旁边，在 file 后写它的文件名").key("attachments", "", "");
            for (Recognised<String> a : doc.attachments()) {
                f.line("  - file:", "")
                        .line("    title: " + FrontMatterWriter.scalar(a.value()), "");
            }
        }
        StringBuilder out = new StringBuilder("---\n").append(f.text()).append("---\n");
        OfficialDocument.BodyBlock previous = null;
        for (OfficialDocument.BodyBlock b : doc.body()) {
            // the lines of a table whose columns could not be rebuilt stay one block, a line each
            if (isTableLine(b) && isTableLine(previous)) {
                out.setLength(out.length() - 1);
                out.append("\\\n")
                        .append(paragraph(((OfficialDocument.BodyBlock.Paragraph) b).text()))
                        .append('\n');
                previous = b;
                continue;
            }
            previous = b;
            out.append('\n');
            if (b instanceof OfficialDocument.BodyBlock.Heading h) {
                out.append("#".repeat(h.level()))
                        .append(' ')
                        .append(inline(ChineseText.withoutMarks(h.text())))
                        .append('\n');
            } else if (b instanceof OfficialDocument.BodyBlock.Paragraph p) {
                out.append(paragraph(p.text())).append('\n');
            } else if (b instanceof OfficialDocument.BodyBlock.Table t) {
                table(out, t.rows());
            }
        }
        // each picture where it stood, as an image beside the document with an alt text to fill in
        return Picture.MARK
                .matcher(out.toString())
                .replaceAll(
                        m -> {
                            int n = Integer.parseInt(m.group(1));
                            String file =
                                    n <= defaults.pictureFiles().size()
                                            ? defaults.pictureFiles().get(n - 1)
                                            : "";
                            return Matcher.quoteReplacement(
                                    "![" + altPlaceholder(n) + "](" + file + ")");
                        });
    }

    private static boolean isTableLine(OfficialDocument.BodyBlock b) {
        return b instanceof OfficialDocument.BodyBlock.Paragraph p && p.tableLine();
    }

    /** A recognised value, or the key left empty under what the editor must fill in. */
    private static void key(FrontMatterWriter f, String key, String value, String missing) {
        if (value == null || value.isBlank()) {
            f.comment(missing).key(key, "", "");
        } else {
            f.key(key, FrontMatterWriter.scalar(value), "");
        }
    }

    /**
     * A body paragraph. Bold marks become {@code **}, with punctuation at either end moved outside:
     * CommonMark does not close {@code **} after 。 when a Chinese character follows, so {@code
     * **公开。**抓好} would print its asterisks.
     */
    static String paragraph(String marked) {
        String p = emphasis(marked);
        // a paragraph starting with "1." or "-" would become a list; "#" a heading; ">" a quote
        if (p.matches("^[0-9]{1,9}[.)].*")) {
            p = p.replaceFirst("^([0-9]{1,9})([.)])", "$1\\\\$2");
        } else if (p.matches("^([-+>#=]|\\*(?!\\*)).*")) {
            p = "\\" + p;
        }
        return p;
    }

    private static String emphasis(String marked) {
        String escaped = inline(marked);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < escaped.length()) {
            int start = escaped.indexOf(ChineseText.BOLD_START, i);
            if (start < 0) {
                out.append(escaped, i, escaped.length());
                break;
            }
            int end = escaped.indexOf(ChineseText.BOLD_END, start);
            if (end < 0) {
                end = escaped.length();
            }
            out.append(escaped, i, start);
            String inner = escaped.substring(start + 1, end);
            int a = 0;
            int z = inner.length();
            while (a < z && isPunctuation(inner.charAt(a))) {
                a++;
            }
            while (z > a && isPunctuation(inner.charAt(z - 1))) {
                z--;
            }
            // never half a bracket pair inside the emphasis: （**一）春耕**） is neither bold nor
            // numbering
            Matcher numbering = NUMBERING.matcher(inner.substring(a, z));
            if (a > 0 && numbering.lookingAt()) {
                a += numbering.end();
            }
            int close = unmatchedClosing(inner, a, z);
            if (close >= 0) {
                a = close + 1;
            }
            int open = unmatchedOpening(inner, a, z);
            if (open >= 0) {
                z = open;
            }
            out.append(inner, 0, a);
            if (z > a) {
                out.append("**").append(inner, a, z).append("**");
            }
            out.append(inner, z, inner.length());
            i = end + 1;
        }
        return out.toString();
    }

    /** What is left of （一） or （1） when its opening bracket moved out of the emphasis. */
    private static final Pattern NUMBERING =
            Pattern.compile("^(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)]");

    /**
     * The last opening bracket in {@code s[from, to)} that is not closed before {@code to}, or -1.
     */
    private static int unmatchedOpening(String s, int from, int to) {
        return unmatched(s, from, to, true);
    }

    /** The first closing bracket in {@code s[from, to)} opened before {@code from}, or -1. */
    private static int unmatchedClosing(String s, int from, int to) {
        return unmatched(s, from, to, false);
    }

    /**
     * One walk for both: backward, the first （ or ( no later bracket closes; forward, the first ）
     * or ) no earlier bracket opened.
     */
    private static int unmatched(String s, int from, int to, boolean backward) {
        int depth = 0;
        for (int k = 0; k < to - from; k++) {
            int i = backward ? to - 1 - k : from + k;
            char c = s.charAt(i);
            boolean opening = c == '（' || c == '(';
            boolean closing = c == '）' || c == ')';
            if (backward ? closing : opening) {
                depth++;
            } else if (backward ? opening : closing) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    private static boolean isPunctuation(char c) {
        int t = Character.getType(c);
        return t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION
                || t == Character.DASH_PUNCTUATION
                || c == '\\';
    }

    /**
     * Characters Markdown would read as syntax are escaped; the text prints as the document has it.
     */
    static String inline(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>|".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    private static void table(StringBuilder out, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            out.append('|');
            for (int c = 0; c < columns; c++) {
                String cell = c < row.size() ? row.get(c) : "";
                out.append(' ').append(emphasis(cell.strip())).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|').append(" --- |".repeat(columns)).append('\n');
            }
        }
    }
}
