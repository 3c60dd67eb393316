package org.gongkai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.ReportForm;

/**
 * The national tables of an annual report (国办公开办函〔2021〕30号), read off an imported body into the
 * report type's front-matter keys: {@code applications} (rows of 7), {@code reviews} (15), {@code
 * permits}, {@code penalties}, {@code enforcement}, {@code fees} and {@code normative}.
 *
 * <p>Rows are found by their words, not their place, because a converted table loses its places: a
 * PDF row whose label wrapped has its figures on a line of their own, under the label. A row is
 * taken only with exactly as many figures as the template has columns; anything else is left for
 * the editor.
 */
final class ReportTables {

    /** Row key (a path under applications) and the words that name its row, most specific first. */
    private static final Map<String, Pattern> ROWS = new LinkedHashMap<>();

    static {
        row("withheld.state_secret", "国家秘密");
        row("withheld.prohibited_by_law", "其他法律|法规禁止");
        row("withheld.security_stability", "三安全一稳定");
        row("withheld.third_party", "第三方");
        row("withheld.internal_affairs", "内部事务");
        row("withheld.process_info", "过程性");
        row("withheld.enforcement_files", "执法案卷");
        row("withheld.administrative_query", "行政查询");
        row("unable.not_held", "不掌握");
        row("unable.needs_creation", "另行制作");
        row("unable.unclear", "仍不明确");
        row("not_processed.petition", "信访");
        row("not_processed.repeated", "重复申请");
        row("not_processed.publications", "出版物");
        row("not_processed.excessive", "大量反复");
        row("not_processed.confirmation", "确认或重新出具");
        row("other.no_correction", "逾期不补正");
        row("other.fee_unpaid", "缴纳费用");
        row("other.other", "(^|\\s)(3[.．])?其他$");
        row("new", "本年新收");
        row("carried_over", "上年结转");
        row("granted", "予以公开");
        row("partly_granted", "部分公开");
        row("carried_forward", "结转下年度");
        row("total", "（七）总计|^总计$");
        row("other.total", "（六）其他处理");
    }

    private static void row(String key, String words) {
        ROWS.put(key, Pattern.compile(words));
    }

    /**
     * The form's layout ({@link ReportForm}): the rows before the groups, and each group's rows.
     */
    static final List<String> TOP = ReportForm.OPENING.stream().map(ReportForm.Row::key).toList();

    static final Map<String, List<String>> SUBS = new LinkedHashMap<>();

    static {
        for (ReportForm.Group g : ReportForm.OUTCOMES) {
            SUBS.put(g.key(), g.rows().stream().map(ReportForm.Row::key).toList());
        }
    }

    private static final Pattern FIGURE = Pattern.compile("^[0-9]+(?:\\.[0-9]+)?$");

    /**
     * @param applications row key → 7 figures, for the rows found
     * @param reviews the 15 figures of section 四, when found
     * @param single permits, penalties, enforcement (件) and fees (万元), when found
     * @param normative issued, repealed, valid (件), when found
     * @param notes what the editor should know, in Chinese
     */
    record Figures(
            Map<String, List<Long>> applications,
            Optional<List<Long>> reviews,
            Map<String, BigDecimal> single,
            Optional<List<Long>> normative,
            List<String> notes) {

        int found() {
            return applications.size()
                    + (reviews.isPresent() ? 1 : 0)
                    + single.size()
                    + (normative.isPresent() ? 1 : 0);
        }
    }

    private ReportTables() {}

    /** One table row or table line: its words and its figures. */
    private record Line(String label, List<String> figures) {}

    static Figures read(List<OfficialDocument.BodyBlock> body) {
        List<Line> lines = new ArrayList<>();
        for (OfficialDocument.BodyBlock b : body) {
            if (b instanceof OfficialDocument.BodyBlock.Table t) {
                for (List<String> row : t.rows()) {
                    List<String> words = new ArrayList<>();
                    List<String> figures = new ArrayList<>();
                    for (String cell : row) {
                        String c = ChineseText.withoutMarks(cell).strip();
                        if (FIGURE.matcher(c).matches()) {
                            figures.add(c);
                        } else if (!c.isEmpty()) {
                            words.add(c);
                        }
                    }
                    lines.add(new Line(String.join(" ", words), figures));
                }
            } else if (b instanceof OfficialDocument.BodyBlock.Paragraph p && p.tableLine()) {
                String[] tokens = ChineseText.withoutMarks(p.text()).strip().split("\\s+");
                int k = tokens.length;
                while (k > 0 && FIGURE.matcher(tokens[k - 1]).matches()) {
                    k--;
                }
                lines.add(
                        new Line(
                                String.join(" ", List.of(tokens).subList(0, k)),
                                List.of(tokens).subList(k, tokens.length)));
            }
        }
        Map<String, List<Long>> applications = new LinkedHashMap<>();
        Map<String, BigDecimal> single = new LinkedHashMap<>();
        Optional<List<Long>> reviews = Optional.empty();
        Optional<List<Long>> normative = Optional.empty();
        List<String> notes = new ArrayList<>();
        String pending =
                null; // a row whose label stood alone: its figures follow on a line of their own
        for (Line l : lines) {
            String key = l.label().isEmpty() ? pending : key(l.label());
            if (!l.label().isEmpty()) {
                pending = l.figures().isEmpty() ? key : null;
            }
            if (l.figures().isEmpty()) {
                continue;
            }
            if (l.label().isEmpty() && l.figures().size() == 15 && key == null) {
                reviews = whole(l.figures());
                continue;
            }
            if (l.label().contains("行政规范性文件") && l.figures().size() == 3) {
                normative = whole(l.figures());
                continue;
            }
            String unit = single(l.label());
            if (unit != null && l.figures().size() == 1) {
                if (unit.equals("fees")) {
                    single.put(unit, new BigDecimal(l.figures().get(0)));
                } else {
                    whole(l.figures())
                            .ifPresent(v -> single.put(unit, BigDecimal.valueOf(v.get(0))));
                }
                continue;
            }
            if (key != null && l.figures().size() == 7 && !applications.containsKey(key)) {
                whole(l.figures()).ifPresent(v -> applications.put(key, v));
                pending = null;
            }
        }
        // （六）其他处理 as one row (older layouts): all zero means each of its three rows is zero
        List<Long> other = applications.remove("other.total");
        if (other != null
                && SUBS.get("other").stream()
                        .noneMatch(s -> applications.containsKey("other." + s))) {
            if (other.stream().allMatch(v -> v == 0)) {
                for (String s : SUBS.get("other")) {
                    applications.put("other." + s, List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L));
                }
                notes.add("原件“（六）其他处理”只有一行且全为 0，其下三项按 0 填写");
            } else {
                applications.put("other.total", other);
                notes.add("原件“（六）其他处理”只有一行（" + other + "），其下三项请按原始台账填写");
            }
        }
        applications.remove("total"); // the check works the total out itself
        return new Figures(applications, reviews, single, normative, notes);
    }

    private static String key(String label) {
        for (Map.Entry<String, Pattern> e : ROWS.entrySet()) {
            if (e.getValue().matcher(label).find()) {
                return e.getKey();
            }
        }
        return null;
    }

    private static String single(String label) {
        if (label.contains("行政许可")) {
            return "permits";
        } else if (label.contains("行政处罚")) {
            return "penalties";
        } else if (label.contains("行政强制")) {
            return "enforcement";
        } else if (label.contains("行政事业性收费")) {
            return "fees";
        }
        return null;
    }

    private static Optional<List<Long>> whole(List<String> figures) {
        List<Long> out = new ArrayList<>();
        for (String f : figures) {
            if (!f.matches("[0-9]{1,12}")) {
                return Optional.empty();
            }
            out.add(Long.parseLong(f));
        }
        return Optional.of(out);
    }

    /** The front-matter lines for the figures, with 请填写 where a row was not found. */
    static String yaml(Figures f) {
        StringBuilder out = new StringBuilder();
        out.append("# 以下数字取自原件的表格，请逐项与原件核对；标“请填写”的是原件中没有认出的行\n");
        out.append("applications:\n");
        for (String k : TOP) {
            rowLine(out, "  ", k, f.applications().get(k));
        }
        for (String g : SUBS.keySet()) {
            out.append("  ").append(g).append(":\n");
            if (f.applications().containsKey(g + ".total")) {
                rowLine(out, "    ", "total", f.applications().get(g + ".total"));
            }
            for (String s : SUBS.get(g)) {
                rowLine(out, "    ", s, f.applications().get(g + "." + s));
            }
        }
        rowLine(
                out,
                "  ",
                ReportForm.CARRIED_FORWARD.key(),
                f.applications().get(ReportForm.CARRIED_FORWARD.key()));
        if (f.reviews().isPresent()) {
            out.append("reviews: ").append(list(f.reviews().get())).append('\n');
        } else {
            out.append("# 请填写：行政复议、行政诉讼情况的 15 个数（没有案件也写 15 个 0）\nreviews:\n");
        }
        for (String k : List.of("permits", "penalties", "enforcement", "fees")) {
            BigDecimal v = f.single().get(k);
            if (v == null) {
                out.append("# 请填写：")
                        .append(
                                switch (k) {
                                    case "permits" -> "行政许可本年处理决定数量";
                                    case "penalties" -> "行政处罚本年处理决定数量";
                                    case "enforcement" -> "行政强制本年处理决定数量";
                                    default -> "行政事业性收费本年收费金额（万元）";
                                })
                        .append('\n')
                        .append(k)
                        .append(":\n");
            } else {
                out.append(k)
                        .append(": ")
                        .append(k.equals("fees") && v.scale() == 0 ? v + ".0" : v.toPlainString())
                        .append('\n');
            }
        }
        f.normative()
                .ifPresent(
                        n ->
                                out.append("# 取自原件第二十条第（一）项；删去这一行则按本专栏的文件自动统计\n")
                                        .append("normative: {issued: ")
                                        .append(n.get(0))
                                        .append(", repealed: ")
                                        .append(n.get(1))
                                        .append(", valid: ")
                                        .append(n.get(2))
                                        .append("}\n"));
        return out.toString();
    }

    private static void rowLine(StringBuilder out, String indent, String key, List<Long> v) {
        if (v == null) {
            out.append(indent)
                    .append("# 请填写：7 个数（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）\n")
                    .append(indent)
                    .append(key)
                    .append(":\n");
        } else {
            out.append(indent).append(key).append(": ").append(list(v)).append('\n');
        }
    }

    private static String list(List<Long> v) {
        return "[" + String.join(", ", v.stream().map(String::valueOf).toList()) + "]";
    }

    /** The report's year from its title: …2023年政府信息公开工作年度报告. */
    static Optional<Integer> year(String title) {
        Matcher m = TITLE.matcher(title);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    static final Pattern TITLE = Pattern.compile("((?:19|20)[0-9]{2})\\s*年度?政府信息公开工作年度报告");
}
