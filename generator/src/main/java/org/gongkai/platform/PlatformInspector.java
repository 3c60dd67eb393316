package org.gongkai.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.CheckResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.content.CsvCell;
import org.gongkai.content.Finding;
import org.gongkai.publish.AtomicSite;

/**
 * {@code gongkai inspect}: the county 政务公开办's view of every column, one row each — readable and
 * sortable in a browser (index.html, large type, sorting by any column with a button, complete
 * without script), and as inspection.json and inspection.csv for a spreadsheet. Not part of the
 * published site.
 */
public final class PlatformInspector {

    private PlatformInspector() {}

    public record Report(List<Inspection> columns, List<Finding> platformFindings) {
        public Report {
            columns = List.copyOf(columns);
            platformFindings = List.copyOf(platformFindings);
        }
    }

    public static Report inspect(PlatformConfig config) throws IOException {
        PlatformLoader.Loaded loaded = PlatformLoader.load(config.platform());
        List<Finding> platformFindings = new ArrayList<>(loaded.findings());
        if (loaded.platform().isEmpty()) {
            return new Report(List.of(), platformFindings);
        }
        Platform platform = loaded.platform().orElseThrow();
        List<Inspection> rows = new ArrayList<>();
        List<ColumnFacts> facts = new ArrayList<>();
        for (PlatformColumn column : platform.columns()) {
            // configured as a build configures the column, without its progress lines
            BuildConfig cc =
                    PlatformBuilder.columnConfig(
                            config.withProgress(line -> {}),
                            column,
                            config.out().resolve(column.id()));
            CheckResult r = SiteBuilder.check(cc, ColumnFrames.frame(platform, column, m -> {}));
            facts.add(ColumnFacts.of(column, r.model()));
            List<Finding> own = new ArrayList<>(r.findings());
            rows.add(Inspection.of(column, r.model(), own));
            config.progress().accept("已检查栏目 " + column.id() + "（" + column.name() + "）");
        }
        // a platform rule's finding counts against the column it names
        List<Finding> cross = PlatformRules.check(facts);
        List<Inspection> withCross = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PlatformColumn c = platform.columns().get(i);
            String prefix = c.sourcePath("");
            Inspection row = rows.get(i);
            List<Finding> mine =
                    cross.stream().filter(f -> f.where().file().startsWith(prefix)).toList();
            if (mine.isEmpty()) {
                withCross.add(row);
                continue;
            }
            Map<String, Integer> byRule = new LinkedHashMap<>(row.byRule());
            int errors = row.errors();
            for (Finding f : mine) {
                byRule.merge(f.ruleId() + (f.isError() ? "（错误）" : "（警告）"), 1, Integer::sum);
                errors += f.isError() ? 1 : 0;
            }
            withCross.add(
                    new Inspection(
                            row.id(),
                            row.name(),
                            row.kind(),
                            row.published(),
                            row.notPublic(),
                            row.lastUpdate(),
                            row.stale(),
                            row.emptyRequired(),
                            row.annualReport(),
                            row.annualReportProblem(),
                            errors,
                            row.warnings() + mine.size() - (errors - row.errors()),
                            byRule,
                            row.reviewOverdue()));
        }
        return new Report(withCross, platformFindings);
    }

    /**
     * Inspect and write DIR/index.html, inspection.json and inspection.csv (replacing DIR whole).
     */
    public static Report write(PlatformConfig config, String title) throws IOException {
        Report report = inspect(config);
        AtomicSite site = AtomicSite.begin(config.out());
        boolean committed = false;
        try {
            Path dir = site.staging();
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("platform", title);
            doc.put("asOf", config.asOf().toString());
            doc.put("columns", report.columns());
            Files.write(dir.resolve("inspection.json"), json.writeValueAsBytes(doc));
            Files.writeString(
                    dir.resolve("inspection.csv"), csv(report.columns()), StandardCharsets.UTF_8);
            Files.writeString(
                    dir.resolve("index.html"),
                    html(title, config.asOf().toString(), report.columns()),
                    StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("inspect.css"), CSS, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("inspect.js"), JS, StandardCharsets.UTF_8);
            site.commit();
            committed = true;
        } finally {
            if (!committed) {
                site.abandon();
            }
        }
        return report;
    }

    static final List<String> HEADER = headerRow();

    private static List<String> headerRow() {
        List<String> h = new ArrayList<>(List.of("栏目编号", "单位", "类别", "已公开", "未公开"));
        Inspection.TYPES.forEach(t -> h.add(t + "最近更新"));
        h.addAll(List.of("不更新栏目", "空白必需栏目", "上年度年报", "错误", "警告", "复审逾期", "问题（按规则）"));
        return List.copyOf(h);
    }

    static List<String> cells(Inspection r) {
        List<String> c =
                new ArrayList<>(
                        List.of(
                                r.id(),
                                r.name(),
                                r.kind(),
                                String.valueOf(r.published()),
                                String.valueOf(r.notPublic())));
        Inspection.TYPES.forEach(t -> c.add(r.lastUpdate().getOrDefault(t, "")));
        c.add(String.join("、", r.stale()));
        c.add(String.join("、", r.emptyRequired()));
        c.add(r.annualReport());
        c.add(String.valueOf(r.errors()));
        c.add(String.valueOf(r.warnings()));
        c.add(String.valueOf(r.reviewOverdue()));
        List<String> rules = new ArrayList<>();
        r.byRule().forEach((k, v) -> rules.add(k + " " + v));
        c.add(String.join("；", rules));
        return c;
    }

    /**
     * CSV with a byte-order mark, so a spreadsheet opened by double click reads the Chinese as
     * UTF-8.
     */
    static String csv(List<Inspection> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(csvLine(HEADER));
        rows.forEach(r -> sb.append(csvLine(cells(r))));
        return sb.toString();
    }

    private static String csvLine(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            // the one guard against spreadsheet formulas; the counts are never signed, so every
            // column is text
            out.add(CsvCell.text(c).field());
        }
        return String.join(",", out) + "\r\n";
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    static String html(String title, String asOf, List<Inspection> rows) {
        long attention = rows.stream().filter(Inspection::needsAttention).count();
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'\">\n")
                .append("<title>")
                .append(esc(title))
                .append(" 政务公开检查表（截至 ")
                .append(asOf)
                .append("）</title>\n")
                .append(
                        "<link rel=\"stylesheet\" href=\"inspect.css\">\n<script src=\"inspect.js\" defer></script>\n</head>\n<body>\n<main>\n")
                .append("<h1>")
                .append(esc(title))
                .append(" 政务公开检查表</h1>\n")
                .append("<p>截至 ")
                .append(asOf)
                .append("，共 ")
                .append(rows.size())
                .append(" 个栏目，其中 ")
                .append(attention)
                .append(" 个需要跟进（标有“需跟进”）。不更新栏目按国家标准：工作动态两周、通知公告和政策文件六个月；")
                .append("上年度政府信息公开工作年度报告应在 1 月 31 日前发布。</p>\n")
                .append(
                        "<p>点击表头的按钮可按该列排序；同样的数据见 <a href=\"inspection.csv\">inspection.csv</a>（可用表格软件打开）和 ")
                .append("<a href=\"inspection.json\">inspection.json</a>。</p>\n")
                .append(
                        "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"cap\">\n<table id=\"inspection\">\n")
                .append("<caption id=\"cap\">各栏目检查结果</caption>\n<thead><tr>");
        for (int i = 0; i < HEADER.size(); i++) {
            sb.append("<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" data-col=\"")
                    .append(i)
                    .append("\">")
                    .append(esc(HEADER.get(i)))
                    .append("</button></th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (Inspection r : rows) {
            sb.append("<tr").append(r.needsAttention() ? " class=\"attention\"" : "").append(">");
            List<String> cells = cells(r);
            for (int i = 0; i < cells.size(); i++) {
                String v = cells.get(i);
                if (i == 1) {
                    sb.append("<th scope=\"row\">")
                            .append(esc(v))
                            .append(r.needsAttention() ? " <strong>（需跟进）</strong>" : "")
                            .append("</th>");
                } else {
                    sb.append("<td>").append(esc(v)).append("</td>");
                }
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n</div>\n</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    static final String CSS =
            """
            html{font-size:112.5%;line-height:1.75;color:#111;background:#fff;font-family:system-ui,sans-serif}
            main{padding:1rem}
            h1{font-size:1.6rem}
            .scroll{overflow:auto;max-width:100%;border:1px solid #555}
            table{border-collapse:collapse;min-width:100%}
            caption{text-align:left;font-weight:bold;padding:.5rem}
            th,td{border:1px solid #555;padding:.5rem;vertical-align:top;text-align:left;white-space:nowrap}
            thead th{position:sticky;top:0;background:#eef}
            th button{font:inherit;font-weight:bold;min-height:44px;min-width:44px;background:none;border:0;cursor:pointer;text-align:left}
            tr.attention{background:#fff3cd}
            tr.attention strong{color:#7a2600}
            a,button{color:#0645ad}
            :focus-visible{outline:3px solid #111;box-shadow:0 0 0 6px #ffdd00}
            @media (prefers-color-scheme:dark){html{color:#eee;background:#111}thead th{background:#223}tr.attention{background:#3a2f00}tr.attention strong{color:#ffd18a}a,button{color:#9cf}}
            """;

    static final String JS =
            """
            // Sorting by a column: the table is complete without this; numbers sort as numbers, text as Chinese.
            document.querySelectorAll('#inspection th button').forEach(function (b) {
              b.addEventListener('click', function () {
                var th = b.parentNode, col = +b.dataset.col, body = document.querySelector('#inspection tbody');
                var asc = th.getAttribute('aria-sort') !== 'ascending';
                document.querySelectorAll('#inspection thead th').forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
                th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (x, y) {
                  var a = x.cells[col].textContent, c = y.cells[col].textContent, n = parseFloat(a), m = parseFloat(c);
                  var r = (!isNaN(n) && !isNaN(m) && /^\\d/.test(a) && /^\\d/.test(c) && a.indexOf('-') < 0) ? n - m : a.localeCompare(c, 'zh-CN');
                  return asc ? r : -r;
                });
                rows.forEach(function (r) { body.appendChild(r); });
              });
            });
            """;
}
