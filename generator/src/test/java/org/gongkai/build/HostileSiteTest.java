package org.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Finding;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/**
 * Whole sites built from hostile content: every page is inert, every XML file parses, and nothing
 * from outside content/ is read into site/.
 */
class HostileSiteTest {

    static final String XSS = "\"><script>alert(1)</script><img src=x onerror=alert(2)>'&amp;";

    private static List<String> rules(BuildResult r, String rule) {
        return r.findings().stream()
                .filter(f -> f.ruleId().equals(rule))
                .map(Finding::format)
                .toList();
    }

    @Test
    void frontMatterValuesAreEscapedWhereverTheyArePrinted() throws Exception {
        String y = XSS.replace("\"", "\\\""); // inside a double-quoted YAML string
        ContentTree t =
                ContentTree.create()
                        .file(
                                "taxonomies.yaml",
                                "topics:\n  \"综合政务"
                                        + y
                                        + "\": [\"政务公开"
                                        + y
                                        + "\"]\nthemes: [\"养老"
                                        + y
                                        + "\"]\n")
                        .file(
                                "policies/2024/xss-policy.md",
                                """
                        ---
                        title: "关于%1$s的通知"
                        doc_number: "安政发〔2024〕1号%1$s"
                        issuer: "安乐镇人民政府%1$s"
                        written: 2024-01-02
                        published: 2024-01-02
                        disclosure: 主动公开
                        index_no: "11371723004235384N/2024-00001%1$s"
                        topics: ["综合政务%1$s/政务公开%1$s"]
                        themes: ["养老%1$s"]
                        keywords: ["关键词%1$s"]
                        summary: "摘要%1$s"
                        attachments: [{file: "plan.pdf", title: "附件标题%1$s"}]
                        ---
                        正文。
                        """
                                        .formatted(y))
                        .file("policies/2024/plan.pdf", "%PDF-1.4\n")
                        .file(
                                "interpretations/2024/xss-jd.md",
                                """
                        ---
                        title: "图解%1$s"
                        published: 2024-01-03
                        interprets: xss-policy
                        form: "图解%1$s"
                        author: "党政办%1$s"
                        ---
                        解读正文。
                        """
                                        .formatted(y))
                        .file(
                                "publicity/2024/xss-gs.md",
                                """
                        ---
                        title: "低保公示%1$s"
                        published: 2024-01-04
                        village: "安乐村%1$s"
                        period_end: 2024-01-11
                        data: xss.csv
                        ---
                        公示正文。
                        """
                                        .formatted(y))
                        .file(
                                "publicity/2024/xss.csv",
                                "\"户主" + csvCell(XSS) + "\",金额\n\"张*" + csvCell(XSS) + "\",100\n")
                        // the 2024 list stays on line: its cells are what must be escaped
                        .file("site.yaml", ContentTree.SITE_YAML + ContentTree.NAMES_ON_LINE);
        // checks refuse a 文号 or 索引号 with markup in it; the renderer must escape it all the same
        BuildResult r = t.build();
        assertFalse(rules(r, "doc-number-format").isEmpty(), r.findings()::toString);
        Map<String, byte[]> files = OutputScan.renderRegardless(t);
        assertEquals(List.of(), OutputScan.activeContent(files));
        OutputScan.assertXmlWellFormed(files);
        // the values are shown, escaped, not dropped
        String page =
                new String(
                        files.get("policies/2024/xss-policy/index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertTrue(page.contains("&amp;amp;"), "an & in content is printed as &amp;");
        String gs =
                new String(files.get("publicity/2024/xss-gs/index.html"), StandardCharsets.UTF_8);
        assertTrue(gs.contains("张*&quot;&gt;&lt;script&gt;"), "CSV cells are escaped");
        assertFalse(
                files.keySet().stream()
                        .anyMatch(f -> f.contains("<") || f.contains("\"") || f.contains(">")),
                () -> "file names from titles or terms must not carry markup: " + files.keySet());
        // search shards parse as JSON whatever the values (they hold them as data; search.js
        // inserts text)
        assertFalse(OutputScan.jsonStrings(files).isEmpty());
    }

    @Test
    void searchShardsCarryHostileValuesAsData() throws Exception {
        // fields checks accept as they are: the whole pipeline runs, search index and shards
        // included
        String y = XSS.replace("\"", "\\\"");
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2024/xss-notice.md",
                                """
                ---
                title: "停水通知%1$s"
                published: 2024-01-02
                issuer: "安乐镇人民政府%1$s"
                summary: "摘要%1$s"
                ---

                正文提到 <script>alert(3)</script> 与 %2$s。
                """
                                        .formatted(y, "\\<b onmouseover=alert(4)\\>"));
        BuildResult r = t.build();
        assertTrue(r.written(), r.findings()::toString);
        Map<String, byte[]> files = OutputScan.files(t.siteFolder());
        assertEquals(List.of(), OutputScan.activeContent(files));
        OutputScan.assertXmlWellFormed(files);
        List<String> json = OutputScan.jsonStrings(files);
        assertTrue(
                files.keySet().stream().anyMatch(f -> f.endsWith(".json")),
                "search shards expected");
        // every JSON file parsed; the title came back whole, as data
        assertTrue(
                json.stream().anyMatch(s -> s.contains("停水通知" + XSS)),
                () -> "title not round-tripped");
    }

    private static String csvCell(String s) {
        return s.replace("\"", "\"\"");
    }

    @Test
    void bodyScriptsAreRemovedFromThePageAndReported() throws Exception {
        ContentTree t =
                ContentTree.create()
                        .policy(
                                "xss-body",
                                "2024-01-02",
                                "",
                                """
                正文<script>alert(1)</script>

                <iframe src="https://evil.example/"></iframe>

                <svg onload=alert(1)><script>alert(2)</script></svg>

                [点我](javascript:alert(3)) ![图](data:image/svg+xml;base64,PHN2Zz4=)

                <p style="background:url(javascript:alert(4))">样式</p>
                """);
        BuildResult r = t.build();
        assertTrue(r.written());
        assertEquals(List.of(), OutputScan.activeContent(OutputScan.files(t.siteFolder())));
        List<String> warned = rules(r, "raw-html-removed");
        assertEquals(5, warned.size(), warned::toString);
        // ContentTree.policy puts the body after its front matter and a blank line, on line 12
        assertTrue(
                warned.get(0)
                        .startsWith("policies/2024/xss-body.md:12:3: warning [raw-html-removed]"),
                warned.get(0));
        assertTrue(warned.get(0).contains("<script> 元素"), warned.get(0));
        assertTrue(warned.stream().anyMatch(w -> w.contains("<iframe> 元素")), warned::toString);
        assertTrue(warned.stream().anyMatch(w -> w.contains("<svg> 元素")), warned::toString);
        assertTrue(warned.stream().anyMatch(w -> w.contains("style 样式属性")), warned::toString);
    }

    @Test
    void svgAndHtmlAttachmentsAreRefused() {
        ContentTree t =
                ContentTree.create()
                        .policy(
                                "svg-att",
                                "2024-01-02",
                                "attachments: [{file: map.svg, title: 地图}, {file: page.HTML, title: 页}]",
                                "正文。")
                        .file(
                                "policies/2024/map.svg",
                                "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>")
                        .file("policies/2024/page.HTML", "<script>alert(1)</script>");
        BuildResult r = t.build();
        assertFalse(r.written());
        List<String> refused = rules(r, "attachment-active-content");
        assertEquals(2, refused.size(), refused::toString);
        assertTrue(
                refused.get(0).contains("SVG") && refused.get(0).contains("PDF"), refused.get(0));
    }

    @Test
    void nothingOutsideContentIsReadIntoTheSite() throws Exception {
        Path outside = Files.createTempDirectory("gongkai-secret-");
        String secret = "SECRET-" + System.nanoTime() + "-绝密口令";
        Path secretFile = outside.resolve("passwd");
        Files.writeString(secretFile, secret);
        Files.writeString(
                outside.resolve("secret.md"),
                "---\ntitle: " + secret + "\npublished: 2024-01-02\n---\n" + secret);

        ContentTree t =
                ContentTree.create()
                        .policy(
                                "escape",
                                "2024-01-02",
                                "attachments: [{file: ok.pdf, title: 附件}]",
                                """
                见 ![x](../../../etc/passwd) 与 ![y](%1$s) 与 [z](file://%1$s) 与 [w](..\\\\..\\\\..\\\\x) 与 [v](/etc/passwd)。

                ![链接的图片](linked.png)
                """
                                        .formatted(secretFile.toString()))
                        .file("policies/2024/ok.pdf", "%PDF-1.4\n");
        Files.createSymbolicLink(t.root().resolve("policies/2024/linked.png"), secretFile);
        Files.createSymbolicLink(
                t.root().resolve("notices"), outside); // a whole folder linked in from outside
        BuildResult first = t.build();
        List<String> outsideLinks = rules(first, "link-outside-content");
        assertEquals(6, outsideLinks.size(), outsideLinks::toString);
        assertTrue(
                outsideLinks.subList(0, 5).stream()
                        .allMatch(f -> f.startsWith("policies/2024/escape.md:12:")),
                outsideLinks::toString);
        // the image whose real file is outside is named at its line, like the paths that say so
        assertTrue(
                outsideLinks
                        .get(5)
                        .startsWith(
                                "policies/2024/escape.md:14:1: error [link-outside-content] 图片“linked.png”是指向 content/ 之外的符号链接"),
                outsideLinks::toString);

        // symlinked Markdown file and symlinked attachment, pointing outside content/
        t.file("policies/2024/leak.md", "placeholder");
        Path leak = t.root().resolve("policies/2024/leak.md");
        Files.delete(leak);
        Files.createSymbolicLink(leak, outside.resolve("secret.md"));
        t.policy("att-link", "2024-01-03", "attachments: [{file: passwd-copy, title: 口令}]", "正文。");
        Files.createSymbolicLink(t.root().resolve("policies/2024/passwd-copy"), secretFile);
        BuildResult r = t.build();
        assertFalse(r.written());
        assertTrue(
                rules(r, "path-outside-content").stream()
                        .anyMatch(f -> f.startsWith("policies/2024/leak.md")),
                r.findings()::toString);
        assertTrue(
                rules(r, "path-outside-content").stream()
                        .anyMatch(f -> f.startsWith("policies/2024/att-link.md")),
                r.findings()::toString);

        // with the errors that block a build removed, build and look at every byte written
        Files.delete(leak);
        Files.delete(t.root().resolve("policies/2024/att-link.md"));
        t.policy(
                "escape",
                "2024-01-02",
                "attachments: [{file: ok.pdf, title: 附件}]",
                "![链接的图片](linked.png)\n");
        BuildResult refused = t.build();
        assertEquals(
                List.of("policies/2024/escape.md:12:1"),
                rules(refused, "link-outside-content").stream()
                        .map(f -> f.substring(0, f.indexOf(": ")))
                        .toList());
        // the renderer, made to render what checks refused, still reads nothing from outside
        Map<String, byte[]> forced = OutputScan.renderRegardless(t);
        assertEquals(List.of(), OutputScan.containing(forced, List.of(secret, "SECRET-")));
        assertFalse(forced.containsKey("policies/2024/escape/linked.png"));
        t.policy("escape", "2024-01-02", "attachments: [{file: ok.pdf, title: 附件}]", "正文。\n");
        BuildResult ok = t.build();
        assertTrue(ok.written(), ok.findings()::toString);
        Map<String, byte[]> files = OutputScan.files(t.siteFolder());
        assertEquals(List.of(), OutputScan.containing(files, List.of(secret, "SECRET-")));
    }
}
