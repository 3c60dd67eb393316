package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/** The CLI contract other tools rely on: exit codes, the finding line format, JSON. */
class CliTest {

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(
                    code,
                    out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static ContentTree broken() {
        return ContentTree.create()
                .policy("good", "2024-01-02", "", "正文。")
                .file("notices/2024/bad.md", "---\ntitle: 通知\npublished: 2024-13-01\n---\n正文\n")
                .file(
                        "policies/2024/undecided.md",
                        "---\ntitle: 未定属性\npublished: 2024-01-02\n---\n正文\n");
    }

    @Test
    void checkPrintsEveryProblemWithPathLineColumnAndExitsOne() {
        ContentTree t = broken();
        Run r = run("check", "--content", t.root().toString(), "--as-of", "2026-11-28");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("notices/2024/bad.md:3:1: error [date-invalid]"), r.out());
        assertTrue(
                r.out()
                        .contains(
                                "policies/2024/undecided.md:2:1: error [disclosure-attribute-missing]"),
                r.out());
    }

    @Test
    void checkJsonListsFindingsWithRuleSeverityFileLineColumnMessage() throws Exception {
        ContentTree t = broken();
        Run r =
                run(
                        "check",
                        "--content",
                        t.root().toString(),
                        "--format",
                        "json",
                        "--as-of",
                        "2026-11-28");
        assertEquals(1, r.code());
        JsonNode list = new ObjectMapper().readTree(r.out());
        assertTrue(list.isArray() && list.size() >= 2);
        JsonNode first = list.get(0);
        for (String key : new String[] {"rule", "severity", "file", "line", "column", "message"}) {
            assertTrue(first.has(key), key);
        }
        assertEquals("notices/2024/bad.md", first.get("file").asText());
        assertEquals("error", first.get("severity").asText());
    }

    @Test
    void buildOnGoodContentExitsZeroAndWritesTheSite() {
        ContentTree t = ContentTree.create().policy("good", "2024-01-02", "", "正文。");
        Run r =
                run(
                        "build",
                        "--content",
                        t.root().toString(),
                        "--out",
                        t.siteFolder().toString(),
                        "--as-of",
                        "2026-11-28",
                        "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(t.siteFolder().resolve("index.html")));
        assertTrue(r.err().contains("构建完成"), r.err());
    }

    @Test
    void anIncrementalBuildTakesTheUnchangedPagesFromTheLastOne() {
        ContentTree t = ContentTree.create().policy("good", "2024-01-02", "", "正文。");
        String[] args = {
            "build",
            "--content",
            t.root().toString(),
            "--out",
            t.siteFolder().toString(),
            "--as-of",
            "2026-11-28",
            "--quiet",
            "--incremental"
        };
        Run first = run(args);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("（0 个未变，取自上次构建）"), first.err());
        Run second = run(args);
        assertEquals(0, second.code(), second.err());
        assertTrue(
                second.err().matches("(?s).*构建完成：1 个文件，(\\d+) 个页面（\\1 个未变，取自上次构建）.*"),
                second.err());
    }

    @Test
    void buildOnBrokenContentExitsOneAndWritesNothing() {
        ContentTree t = broken();
        Run r =
                run(
                        "build",
                        "--content",
                        t.root().toString(),
                        "--out",
                        t.siteFolder().toString(),
                        "--as-of",
                        "2026-11-28");
        assertEquals(1, r.code());
        assertTrue(!Files.exists(t.siteFolder()));
    }

    @Test
    void aTemplateThatReachesForJavaIsAContentErrorNotACrash() throws Exception {
        ContentTree t = ContentTree.create().policy("good", "2024-01-02", "", "正文。");
        Path templates = t.root().resolveSibling("themes/default/templates");
        Files.createDirectories(templates);
        Files.writeString(
                templates.resolve("notfound.vm"), "$site.class.forName(\"java.lang.Runtime\")\n");
        Run r =
                run(
                        "build",
                        "--content",
                        t.root().toString(),
                        "--out",
                        t.siteFolder().toString(),
                        "--as-of",
                        "2024-06-01");
        assertEquals(1, r.code(), r.err());
        assertTrue(
                r.out()
                        .contains(
                                "themes/default/templates/notfound.vm:1:7: error [template-forbidden] 模板不允许"),
                r.out());
        assertTrue(!Files.exists(t.siteFolder()), "nothing is published");
    }

    @Test
    void usageAndIoErrorsExitTwo() {
        assertEquals(2, run("build", "--as-of", "yesterday").code());
        assertEquals(2, run("check", "--content", "/no/such/folder").code());
        assertEquals(2, run("no-such-command").code());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd :
                new String[] {
                    "build",
                    "check",
                    "assemble",
                    "inspect",
                    "import",
                    "serve",
                    "new",
                    "search",
                    "publish-search"
                }) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("Usage: gongkai " + cmd), r.out());
        }
        assertTrue(run("--help").out().contains("build"));
    }

    @Test
    void everyCommandOverAContentFolderTakesTheSameOptions() {
        for (String cmd :
                new String[] {"build", "check", "assemble", "inspect", "import", "serve", "new"}) {
            String help = run(cmd, "--help").out();
            for (String option :
                    new String[] {
                        "--content=DIR", "--as-of=YYYY-MM-DD", "--themes=DIR", "-q, --quiet"
                    }) {
                assertTrue(help.contains(option), cmd + " lacks " + option + ":\n" + help);
            }
        }
    }

    @Test
    void outputFolderDefaultsToTheCommandsOwn() {
        assertTrue(run("build", "--help").out().contains("--out=DIR            输出目录（默认 site）"));
        assertTrue(run("assemble", "--help").out().contains("输出目录（默认 site）"));
        assertTrue(run("inspect", "--help").out().contains("输出目录（默认 inspection）"));
        assertTrue(run("serve", "--help").out().contains("预览文件写入的目录（默认一个临时目录"));
    }

    @Test
    void aMistypedDateIsRefusedInChineseWithTheFormToWrite() {
        Run r = run("check", "--content", broken().root().toString(), "--as-of", "2026-13-01");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("不是日期：“2026-13-01”，请写成 YYYY-MM-DD"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }

    @Test
    void platformCommandsRefuseAColumnFolder() {
        ContentTree t = broken();
        for (String cmd : new String[] {"inspect", "assemble"}) {
            String[] args =
                    cmd.equals("assemble")
                            ? new String[] {cmd, "--content", t.root().toString(), "part"}
                            : new String[] {cmd, "--content", t.root().toString()};
            Run r = run(args);
            assertEquals(2, r.code(), cmd);
            assertTrue(r.err().contains("中没有 platform.yaml，不是平台目录"), r.err());
        }
    }
}
