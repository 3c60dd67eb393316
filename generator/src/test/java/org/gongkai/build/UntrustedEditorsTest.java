package org.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.gongkai.content.Content;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;
import org.gongkai.render.Theme;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/**
 * Issue #19: editors of content/ and of theme overrides are not trusted. Each test is one way a
 * file an editor controls could run code at build time, read a file outside content/ or
 * themes/NAME/, publish a withheld document's source, or put something a browser runs on the
 * column's address.
 */
class UntrustedEditorsTest {

    static final String WITHHELD_MARK = "内部掌握-勿外传-7f3a";

    private static List<String> rules(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.ruleId().equals(rule)).map(Finding::format).toList();
    }

    /** A tiny valid PNG: the one image every test may use. */
    static byte[] png() {
        byte[] ihdr = {0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ihdr);
        Deflater d = new Deflater();
        d.setInput(new byte[] {0, 0, 0, 0, 0});
        d.finish();
        byte[] buf = new byte[64];
        int n = d.deflate(buf);
        chunk(out, "IDAT", Arrays.copyOf(buf, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        ByteBuffer len = ByteBuffer.allocate(4).putInt(data.length);
        out.writeBytes(len.array());
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static ContentTree withWithheldPolicy() {
        return ContentTree.create()
                .withheldPolicy(
                        "anzhengfa-2024-11",
                        "2024-03-01",
                        "安政发〔2024〕11号",
                        WITHHELD_MARK + "：不予公开的正文。");
    }

    // 1. a theme template override runs a command at build time

    @Test
    void themeTemplateCannotRunACommandAtBuildTime() throws Exception {
        Path marker = Files.createTempDirectory("gongkai-rce-").resolve("x");
        ContentTree t = ContentTree.create().policy("p", "2024-01-02", "", "正文。");
        Path templates = t.root().resolveSibling("themes/default/templates");
        Files.createDirectories(templates);
        Files.writeString(
                templates.resolve("notfound.vm"),
                "<p>找不到</p>\n#set($rt = $site.getClass().forName("
                        + "\"java.lang.Runtime\"))$rt.getRuntime().exec(\"touch "
                        + marker
                        + "\")\n");
        BuildResult r = t.build();
        assertFalse(r.written(), r.findings()::toString);
        assertFalse(Files.exists(marker), "the template ran a command");
        assertEquals(
                List.of(
                        "themes/default/templates/notfound.vm:2:18: error [template-forbidden] "
                                + "模板不允许“.getClass(…)”（页面数据）：模板只能读取页面数据（$view、$page、$site 等的字段）和文字、"
                                + "列表的简单方法，不能调用 Java 类、反射或系统命令。请删去这一处"),
                rules(r.findings(), "template-forbidden"));
    }

    @Test
    void brokenThemeTemplateIsAFindingAtItsLineNotACrash() throws Exception {
        ContentTree t = ContentTree.create().policy("p", "2024-01-02", "", "正文。");
        Path templates = t.root().resolveSibling("themes/default/templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("notfound.vm"), "<p>找不到</p>\n#if($page.title\n");
        BuildResult r = t.build();
        assertFalse(r.written());
        List<String> errors = rules(r.findings(), "template-error");
        assertEquals(1, errors.size(), r.findings()::toString);
        assertTrue(
                errors.get(0).startsWith("themes/default/templates/notfound.vm:"), errors.get(0));

        Files.writeString(templates.resolve("notfound.vm"), "<p>找不到</p>\n$page.titel\n");
        BuildResult typo = t.build();
        assertFalse(typo.written());
        assertEquals(
                List.of("themes/default/templates/notfound.vm:2:7"),
                rules(typo.findings(), "template-error").stream()
                        .map(f -> f.substring(0, f.indexOf(": ")))
                        .toList(),
                typo.findings()::toString);
        assertTrue(
                rules(typo.findings(), "template-error").get(0).contains("页面数据中没有字段“titel”"),
                typo.findings()::toString);
    }

    // 2. a theme file that is a symbolic link to a file outside the repository

    @Test
    void themeFileLinkedToAFileOutsideIsRefusedAndNotPublished() throws Exception {
        Path outside = Files.createTempDirectory("gongkai-outside-").resolve("secret.css");
        Files.writeString(outside, "/* SECRET-THEME-" + System.nanoTime() + " */");
        ContentTree t = ContentTree.create().policy("p", "2024-01-02", "", "正文。");
        Path assets = t.root().resolveSibling("themes/default/assets");
        Files.createDirectories(assets);
        Files.createSymbolicLink(assets.resolve("print.css"), outside);
        BuildResult r = t.build();
        assertFalse(r.written());
        List<String> refused = rules(r.findings(), "theme-file-outside");
        assertEquals(1, refused.size(), r.findings()::toString);
        assertTrue(
                refused.get(0)
                        .startsWith(
                                "themes/default/assets/print.css:1:1: error [theme-file-outside] 主题文件"
                                        + "“assets/print.css”是指向 themes/default/ 之外的符号链接"),
                refused.get(0));
        // what the theme loader hands on holds none of it
        Theme.Loaded loaded =
                Theme.load(
                        t.root().resolveSibling("themes"), "default", SourceRef.file("site.yaml"));
        assertFalse(
                new String(loaded.theme().assets().get("print.css"), StandardCharsets.UTF_8)
                        .contains("SECRET-THEME"));
    }

    // 3. a theme name that climbs out of themes/

    @Test
    void themeNameOutsideThemesFolderIsAFinding() throws Exception {
        ContentTree t = ContentTree.create().policy("p", "2024-01-02", "", "正文。");
        t.file("site.yaml", ContentTree.SITE_YAML + "theme: ../../../outside/evil-theme\n");
        Path evil = t.root().getParent().getParent().resolve("outside/evil-theme/templates");
        Files.createDirectories(evil);
        BuildResult r = t.build();
        assertFalse(r.written());
        assertEquals(
                List.of(
                        "site.yaml:9:1: error [theme-name] 主题“../../../outside/evil-theme”不是 themes/ 下的一个"
                                + "文件夹名；theme 只能写文件夹名（字母、数字、汉字和 . _ -），例如 theme: default"),
                rules(r.findings(), "theme-name"));
        Theme.Loaded loaded =
                Theme.load(
                        t.root().resolveSibling("themes"),
                        "../../../outside/evil-theme",
                        SourceRef.file("site.yaml"));
        assertEquals(
                List.of(), loaded.theme().folders(), "no site folder is read for a refused name");
    }

    @Test
    void themeFolderOrTemplatesFolderLinkedFromOutsideIsRefused() throws Exception {
        Path outside = Files.createTempDirectory("gongkai-outside-");
        Files.createDirectories(outside.resolve("evil/templates"));
        Files.writeString(outside.resolve("evil/templates/notfound.vm"), "OUTSIDE-TEMPLATE");
        ContentTree t = ContentTree.create().policy("p", "2024-01-02", "", "正文。");
        t.file("site.yaml", ContentTree.SITE_YAML + "theme: linked\n");
        Path themes = Files.createDirectories(t.root().resolveSibling("themes"));
        Files.createSymbolicLink(themes.resolve("linked"), outside.resolve("evil"));
        BuildResult r = t.build();
        assertFalse(r.written());
        assertEquals(1, rules(r.findings(), "theme-name").size(), r.findings()::toString);
        assertTrue(
                rules(r.findings(), "theme-name")
                        .get(0)
                        .startsWith(
                                "site.yaml:9:1: error [theme-name] 主题文件夹 "
                                        + "themes/linked/ 是指向 themes/ 之外的符号链接"),
                r.findings()::toString);

        // a real theme folder whose templates/ is a link out
        t.file("site.yaml", ContentTree.SITE_YAML + "theme: half\n");
        Files.createDirectories(themes.resolve("half"));
        Files.createSymbolicLink(
                themes.resolve("half/templates"), outside.resolve("evil/templates"));
        BuildResult half = t.build();
        assertFalse(half.written());
        assertEquals(
                List.of("themes/half/templates/notfound.vm:1:1"),
                rules(half.findings(), "theme-file-outside").stream()
                        .map(f -> f.substring(0, f.indexOf(": ")))
                        .toList(),
                half.findings()::toString);
        Theme.Loaded loaded = Theme.load(themes, "half", SourceRef.file("site.yaml"));
        assertFalse(loaded.theme().templates().get("notfound.vm").contains("OUTSIDE-TEMPLATE"));
    }

    // 4. site.yaml, synonyms.txt and taxonomies.yaml linked to files outside content/

    @Test
    void settingsFilesLinkedFromOutsideContentAreRefused() throws Exception {
        Path outside = Files.createTempDirectory("gongkai-outside-");
        Files.writeString(
                outside.resolve("site.yaml"),
                ContentTree.SITE_YAML.replace("安乐镇人民政府", "SECRET-SITE"));
        Files.writeString(outside.resolve("synonyms.txt"), "SECRETWORD, 机密\n");
        Files.writeString(outside.resolve("taxonomies.yaml"), "topics: [SECRET-TOPIC]\n");
        ContentTree t = ContentTree.create().policy("p", "2024-01-02", "", "正文。");
        for (String name : List.of("site.yaml", "synonyms.txt", "taxonomies.yaml")) {
            Files.deleteIfExists(t.root().resolve(name));
            Files.createSymbolicLink(t.root().resolve(name), outside.resolve(name));
        }
        Content c = t.load();
        List<String> refused = rules(c.findings(), "path-outside-content");
        assertEquals(
                List.of("site.yaml:1:1", "synonyms.txt:1:1", "taxonomies.yaml:1:1"),
                refused.stream().map(f -> f.substring(0, f.indexOf(": "))).sorted().toList(),
                refused::toString);
        assertTrue(refused.get(0).contains("是指向 content/ 之外的符号链接"), refused.get(0));
        assertFalse(c.site().name().contains("SECRET"));
        assertEquals(List.of(), c.synonyms());
        assertFalse(c.taxonomy().toString().contains("SECRET"));
        assertFalse(t.build().written());
    }

    // 5. a withheld policy's Markdown published as an attachment, a body image or publicity data

    @Test
    void withheldPolicySourceIsNeverCopiedBesideAnotherDocument() throws Exception {
        ContentTree t =
                withWithheldPolicy()
                        .file(
                                "notices/2024/n.md",
                                """
                        ---
                        title: 通知
                        published: 2024-03-02
                        attachments: [{file: ../../policies/2024/anzhengfa-2024-11.md, title: 材料}, {file: a.pdf, title: 附件}]
                        ---

                        ![图](x/../../../policies/2024/anzhengfa-2024-11.md)
                        """)
                        .file("notices/2024/x/keep.txt", "占位\n")
                        .file(
                                "publicity/2024/g.md",
                                """
                        ---
                        title: 低保公示
                        published: 2024-03-03
                        village: 安乐村
                        period_end: 2024-03-10
                        data: ../../policies/2024/anzhengfa-2024-11.md
                        ---

                        公示正文。
                        """);
        // a harmless-looking name that is a symbolic link to the withheld source
        Files.createSymbolicLink(
                t.root().resolve("notices/2024/a.pdf"),
                t.root().resolve("policies/2024/anzhengfa-2024-11.md"));
        BuildResult r = t.build();
        assertFalse(r.written());
        assertEquals(
                List.of(
                        "notices/2024/n.md:4:15",
                        "notices/2024/n.md:4:76",
                        "notices/2024/n.md:7:1",
                        "publicity/2024/g.md:6:1"),
                rules(r.findings(), "path-document-source").stream()
                        .map(f -> f.substring(0, f.indexOf(": ")))
                        .toList(),
                r.findings()::toString);
        Map<String, byte[]> files = OutputScan.renderRegardless(t);
        assertEquals(
                List.of(),
                OutputScan.containing(files, List.of(WITHHELD_MARK, "anzhengfa-2024-11")));
        assertTrue(
                files.keySet().stream().noneMatch(f -> f.endsWith(".md")),
                files.keySet()::toString);
    }

    // 8. body images that are SVG, HTML or XML with script inside

    @Test
    void bodyImagesMustBeRasterImagesByTheirBytes() throws Exception {
        ContentTree t =
                ContentTree.create()
                        .policy(
                                "p",
                                "2024-01-02",
                                "",
                                """
                ![图](evil.svg)

                ![图](evil.html)

                ![图](evil.xml)

                ![图](disguised.png)

                ![图](ok.png)
                """)
                        .file(
                                "policies/2024/evil.svg",
                                "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>")
                        .file(
                                "policies/2024/evil.html",
                                "<html><body><script>alert(1)</script></body></html>")
                        .file(
                                "policies/2024/evil.xml",
                                "<?xml version='1.0'?><a:script xmlns:a='http://www.w3.org/1999/xhtml'>"
                                        + "alert(1)</a:script>")
                        .file("policies/2024/disguised.png", "<svg onload=alert(1)>")
                        .bytes("policies/2024/ok.png", png());
        BuildResult r = t.build();
        assertFalse(r.written());
        List<String> refused = rules(r.findings(), "image-type");
        assertEquals(
                List.of(
                        "policies/2024/p.md:12:1",
                        "policies/2024/p.md:14:1",
                        "policies/2024/p.md:16:1",
                        "policies/2024/p.md:18:1"),
                refused.stream().map(f -> f.substring(0, f.indexOf(": "))).toList(),
                refused::toString);
        assertTrue(
                refused.get(3).contains("图片“disguised.png”其实是 SVG 图形（可含脚本）（文件名却是 .png）"),
                refused.get(3));
        Map<String, byte[]> files = OutputScan.renderRegardless(t);
        assertTrue(files.containsKey("policies/2024/p/ok.png"), files.keySet()::toString);
        for (String name : List.of("evil.svg", "evil.html", "evil.xml", "disguised.png")) {
            assertFalse(files.containsKey("policies/2024/p/" + name), name);
        }
        assertEquals(List.of(), OutputScan.activeContent(files));
    }

    // 9. an image path that lands on a name the generator writes

    @Test
    void bodyImageCannotReplaceTheDocumentsOwnPage() throws Exception {
        ContentTree t =
                ContentTree.create()
                        .policy(
                                "p",
                                "2024-01-02",
                                "",
                                "![图](x/../index.html)\n\n![图](y/../index.html.gz)\n")
                        .file("policies/2024/x/keep.txt", "占位\n")
                        .file("policies/2024/y/keep.txt", "占位\n")
                        .bytes("policies/2024/index.html", png())
                        .bytes("policies/2024/index.html.gz", png());
        BuildResult r = t.build();
        assertFalse(r.written());
        assertEquals(
                List.of("policies/2024/p.md:12:1", "policies/2024/p.md:14:1"),
                rules(r.findings(), "path-reserved").stream()
                        .map(f -> f.substring(0, f.indexOf(": ")))
                        .toList(),
                r.findings()::toString);
        Map<String, byte[]> files = OutputScan.renderRegardless(t);
        String page = new String(files.get("policies/2024/p/index.html"), StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("关于p的通知"), page);
    }

    // 10. publicity data that is an HTML page

    @Test
    void publicityDataMustBeCsv() throws Exception {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "publicity/2024/g.md",
                                """
                        ---
                        title: 低保公示
                        published: 2024-03-03
                        village: 安乐村
                        period_end: 2024-03-10
                        data: x.html
                        ---

                        公示正文。
                        """)
                        .file("publicity/2024/x.html", "户主,金额\n<script>alert(1)</script>,100\n");
        BuildResult r = t.build();
        assertFalse(r.written());
        List<String> refused = rules(r.findings(), "attachment-active-content");
        assertEquals(1, refused.size(), r.findings()::toString);
        assertTrue(
                refused.get(0)
                        .startsWith(
                                "publicity/2024/g.md:6:1: error [attachment-active-content] 数据文件“x.html”其实是 HTML 网页"),
                refused.get(0));
        Map<String, byte[]> files = OutputScan.renderRegardless(t);
        assertFalse(files.containsKey("publicity/2024/g/x.html"), files.keySet()::toString);
        assertEquals(List.of(), OutputScan.activeContent(files));

        // the same table as a CSV is published, and linked
        t.file(
                        "publicity/2024/g.md",
                        Files.readString(t.root().resolve("publicity/2024/g.md"))
                                .replace("x.html", "x.csv"))
                .file("publicity/2024/x.csv", "户主,金额\n张*,100\n")
                // a list still inside its names window (period_end 2024-03-10 is long past)
                .file("site.yaml", ContentTree.SITE_YAML + ContentTree.NAMES_ON_LINE);
        BuildResult ok = t.build();
        assertTrue(ok.written(), ok.findings()::toString);
        assertTrue(Files.exists(t.siteFolder().resolve("publicity/2024/g/x.csv")));
    }
}
