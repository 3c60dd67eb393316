package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildOptions;
import org.gongkai.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai import} as the editor runs it: what it prints and its exit status. */
class ImportCommandTest {

    @TempDir Path dir;

    private record Run(int status, String out, String err) {}

    private static synchronized Run gongkai(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(
                    status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private Path plan() throws Exception {
        return new DocxFixture()
                .centred("安乐镇人民政府文件")
                .centred("安政发[2025]9号")
                .centred("安乐镇人民政府关于印发2025年政务公开工作要点的通知")
                .p("各行政村、镇直各部门：")
                .p("现将要点印发给你们，请认真贯彻执行。")
                .right("安乐镇人民政府")
                .right("2025年3月3日")
                .p("（此件公开发布）")
                .save(dir, "plan.docx");
    }

    @Test
    void importPrintsEachFieldWithItsSourceWhatToFillAndTheChecks() throws Exception {
        Path content = ImportSite.create(dir);
        Run r =
                gongkai(
                        "import",
                        plan().toString(),
                        "--content",
                        content.toString(),
                        "--as-of",
                        "2026-11-28");
        assertEquals(0, r.status(), r.out() + r.err());
        assertEquals("", r.err(), "POI and PDFBox log nothing to the editor's terminal");
        assertTrue(r.out().contains("已写入 policies/2025/anzhengfa-2025-9.md"), r.out());
        assertTrue(
                r.out().contains("文号 doc_number：安政发〔2025〕9号 ← 第 2 段（年份括号“[]”改为六角括号〔〕）"), r.out());
        assertTrue(r.out().contains("发文机关 issuer：安乐镇人民政府 ← 第 6 段（发文机关署名）"), r.out());
        assertTrue(r.out().contains("需要编辑补充或核对：\n  topics（主题分类）"), r.out());
        assertTrue(r.out().contains("检查新文件："), r.out());
        assertTrue(Files.isRegularFile(content.resolve("policies/2025/anzhengfa-2025-9.md")));

        Run again =
                gongkai(
                        "import",
                        plan().toString(),
                        "--content",
                        content.toString(),
                        "--as-of",
                        "2026-11-28");
        assertEquals(Main.USAGE, again.status());
        assertTrue(again.err().contains("已经导入过") && again.err().contains("--force"), again.err());
        Run forced =
                gongkai(
                        "import",
                        plan().toString(),
                        "--content",
                        content.toString(),
                        "--as-of",
                        "2026-11-28",
                        "--force");
        assertEquals(0, forced.status(), forced.out() + forced.err());
    }

    @Test
    void theImportsCheckIsConfiguredAsCheckWithTheSameOptions() {
        Path content = dir.resolve("content");
        Path themes = dir.resolve("elsewhere");
        LocalDate asOf = LocalDate.of(2026, 11, 28);
        DocumentImport.Request request =
                new DocumentImport.Request(dir.resolve("a.docx"), null, content, asOf, false);
        BuildConfig given = DocumentImport.checkConfig(request, Optional.of(themes));
        BuildConfig check =
                new BuildOptions(
                                content,
                                content.resolveSibling("site"),
                                Optional.of(asOf),
                                Optional.of(themes),
                                false)
                        .config(line -> {});
        assertEquals(check.themesFolder(), given.themesFolder());
        assertEquals(check.content(), given.content());
        assertEquals(check.asOf(), given.asOf());
        assertEquals(
                dir.resolve("themes").toAbsolutePath().normalize(),
                DocumentImport.checkConfig(request, Optional.empty()).themesFolder());
    }

    @Test
    void quietPrintsOnlyTheFindingsAndOneSummaryLine() throws Exception {
        Path content = ImportSite.create(dir);
        Path bare =
                new DocxFixture()
                        .centred("安乐镇人民政府关于停电检修的通知")
                        .p("各村：")
                        .p("因线路检修，3月5日全天停电。")
                        .right("安乐镇人民政府")
                        .right("2025年3月1日")
                        .save(dir, "power.docx");
        Run r =
                gongkai(
                        "import",
                        bare.toString(),
                        "--content",
                        content.toString(),
                        "--as-of",
                        "2026-11-28",
                        "--quiet");
        assertEquals(Main.CONTENT_ERRORS, r.status(), r.out() + r.err());
        String[] lines = r.out().strip().split("\n");
        assertTrue(lines[0].startsWith("policies/2025/2025-03-01.md:"), r.out());
        assertTrue(
                lines[lines.length - 1].startsWith("已写入 policies/2025/2025-03-01.md：1 个错误"),
                r.out());
        assertFalse(r.out().contains("识别出的内容") || r.out().contains("需要编辑补充"), r.out());
    }

    @Test
    void aFolderIsImportedFileByFileWithOneSummaryTable() throws Exception {
        Path content = ImportSite.create(dir);
        Path in = Files.createDirectories(dir.resolve("收文"));
        Files.move(plan(), in.resolve("a-plan.docx"));
        new DocxFixture()
                .centred("安乐镇人民政府关于停电检修的通知")
                .p("各村：")
                .p("因线路检修，3月5日全天停电。")
                .right("安乐镇人民政府")
                .right("2025年3月1日")
                .save(in, "b-power.docx");
        Files.writeString(in.resolve("c-broken.pdf"), "not a pdf");
        Files.writeString(in.resolve("notes.txt"), "not a document");
        Run r =
                gongkai(
                        "import",
                        in.toString(),
                        "--content",
                        content.toString(),
                        "--as-of",
                        "2026-11-28");
        assertEquals(Main.USAGE, r.status(), "a file that could not be read: " + r.out() + r.err());
        assertTrue(
                r.out()
                        .contains(
                                """
                | 文件 | 写入 | 识别出的字段 | 检查 |
                | --- | --- | --- | --- |
                | a-plan.docx | policies/2025/anzhengfa-2025-9.md | 标题、文号、发文机关、成文日期、公开属性 | 0 个错误，2 个警告 |
                | b-power.docx | policies/2025/2025-03-01.md | 标题、发文机关、成文日期 | 1 个错误，0 个警告 |
                | c-broken.pdf | 未导入 |  | c-broken.pdf"""),
                r.out());
        assertFalse(r.out().contains("notes.txt"), r.out());
        // at the blank disclosure: line the import left for the editor
        assertTrue(
                r.out()
                        .matches(
                                "(?s).*policies/2025/2025-03-01\\.md:\\d+:1: error \\[disclosure-attribute-missing\\].*"),
                r.out());
        // the warnings: published late, and a 2025 plan whose year has passed with no validity
        // (validity-year-passed)
        assertTrue(r.out().strip().endsWith("导入 2 个文件，1 个未导入；1 个错误，2 个警告"), r.out());
        assertTrue(Files.isRegularFile(content.resolve("policies/2025/anzhengfa-2025-9.md")));
    }

    @Test
    void aQuietFolderImportLeavesOutTheTableButNotTheFindingsOrTheSummary() throws Exception {
        Path content = ImportSite.create(dir);
        Path in = Files.createDirectories(dir.resolve("收文"));
        new DocxFixture()
                .centred("安乐镇人民政府关于停电检修的通知")
                .p("各村：")
                .p("因线路检修，3月5日全天停电。")
                .right("安乐镇人民政府")
                .right("2025年3月1日")
                .save(in, "power.docx");
        Run r =
                gongkai(
                        "import",
                        in.toString(),
                        "--content",
                        content.toString(),
                        "--as-of",
                        "2026-11-28",
                        "--quiet");
        assertEquals(Main.CONTENT_ERRORS, r.status(), r.out() + r.err());
        assertFalse(r.out().contains("| 文件 |"), r.out());
        assertTrue(r.out().contains("[disclosure-attribute-missing]"), r.out());
        assertTrue(r.out().strip().endsWith("导入 1 个文件，0 个未导入；1 个错误，0 个警告"), r.out());
    }

    @Test
    void findingsForTheNewFileMakeTheExitStatusOne() throws Exception {
        Path content = ImportSite.create(dir);
        Path bare =
                new DocxFixture()
                        .centred("安乐镇人民政府关于停电检修的通知")
                        .p("各村：")
                        .p("因线路检修，3月5日全天停电。")
                        .right("安乐镇人民政府")
                        .right("2025年3月1日")
                        .save(dir, "power.docx");
        Run r =
                gongkai(
                        "import",
                        bare.toString(),
                        "--content",
                        content.toString(),
                        "--as-of",
                        "2026-11-28");
        assertEquals(Main.CONTENT_ERRORS, r.status(), r.out() + r.err());
        assertTrue(
                r.out().contains("policies/2025/2025-03-01.md:"),
                "findings name the new file: " + r.out());
        assertTrue(r.out().contains("原件没有（此件公开发布）一类的公开属性标注"), r.out());
    }

    @Test
    void aNoticeGoesToNoticesWithoutPolicyOnlyKeys() throws Exception {
        Path content = ImportSite.create(dir);
        Run r =
                gongkai(
                        "import",
                        plan().toString(),
                        "--type",
                        "notice",
                        "--content",
                        content.toString(),
                        "--as-of",
                        "2026-11-28");
        assertEquals(0, r.status(), r.out() + r.err());
        Path written = content.resolve("notices/2025/anzhengfa-2025-9.md");
        String md = Files.readString(written);
        assertFalse(
                md.contains("doc_number:") || md.contains("written:") || md.contains("normative:"),
                md);
        assertTrue(r.out().contains("（通知公告没有 doc_number，未写入）"), r.out());
        assertFalse(r.out().contains("[front-matter-unknown"), r.out());

        Run wrong =
                gongkai(
                        "import",
                        plan().toString(),
                        "--type",
                        "page",
                        "--content",
                        content.toString());
        assertEquals(Main.USAGE, wrong.status());
        assertTrue(wrong.err().contains("不支持的类型“page”"), wrong.err());
    }

    @Test
    void anUnreadableFileExitsWithTwoAndNoStackTrace() throws Exception {
        Path content = ImportSite.create(dir);
        Path locked = DocxFixture.encrypt(plan(), "secret", dir.resolve("locked.docx"));
        Run r = gongkai("import", locked.toString(), "--content", content.toString());
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().startsWith("gongkai import：locked.docx 设有打开密码"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertEquals("", r.out());
    }
}
