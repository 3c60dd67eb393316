package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/**
 * {@code --quiet} in every command that builds or checks: progress lines go, findings, errors and
 * the summary stay. ({@code import} is covered in ImportCommandTest.)
 */
class QuietTest {

    /**
     * A command's output, written through picocli's own writers so runs need not share System.out.
     */
    record Run(int code, String out, String err) {}

    private static Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] a = args.toArray(String[]::new);
        int code =
                Main.commandLine(a)
                        .setOut(new PrintWriter(out, true))
                        .setErr(new PrintWriter(err, true))
                        .execute(a);
        return new Run(code, out.toString(), err.toString());
    }

    private static List<String> args(String command, ContentTree t, boolean quiet) {
        List<String> a =
                new ArrayList<>(
                        List.of(
                                command,
                                "--content",
                                t.root().toString(),
                                "--as-of",
                                "2026-11-28"));
        if (command.equals("build")) {
            a.addAll(List.of("--out", t.siteFolder().toString()));
        }
        if (quiet) {
            a.add("--quiet");
        }
        return a;
    }

    @Test
    void buildQuietDropsProgressButKeepsFindingsAndTheSummary() {
        ContentTree good = ContentTree.create().policy("good", "2024-01-02", "", "正文。");
        Run loud = run(args("build", good, false));
        assertEquals(0, loud.code(), loud.err());
        assertTrue(loud.err().contains("已读取 1 个文件"), loud.err());

        Run quiet = run(args("build", CliTest.broken(), true));
        assertEquals(1, quiet.code(), quiet.err());
        assertFalse(quiet.err().contains("已读取"), quiet.err());
        assertTrue(
                quiet.out().contains("notices/2024/bad.md:3:1: error [date-invalid]"), quiet.out());
        assertTrue(quiet.err().contains("构建失败："), quiet.err());
    }

    @Test
    void checkQuietDropsProgressButKeepsFindingsAndTheSummary() {
        ContentTree t = CliTest.broken();
        Run loud = run(args("check", t, false));
        assertEquals(1, loud.code(), loud.err());
        assertTrue(
                loud.err().contains("已读取 3 个文件"),
                "check reports progress like build: " + loud.err());

        Run quiet = run(args("check", t, true));
        assertEquals(1, quiet.code(), quiet.err());
        assertEquals(loud.out(), quiet.out(), "the findings are the same");
        assertTrue(
                quiet.out().contains("notices/2024/bad.md:3:1: error [date-invalid]"), quiet.out());
        assertEquals(1, quiet.err().lines().count(), quiet.err());
        assertTrue(quiet.err().startsWith("检查完成：2 个错误，"), quiet.err());
    }

    @Test
    void serveQuietDropsRebuildLinesButKeepsTheAddressAndTheFindings() throws Exception {
        ContentTree good = ContentTree.create().policy("good", "2024-01-02", "", "正文。");
        String loud = serve(good, false);
        assertTrue(loud.contains("已更新 ") && loud.contains("预览地址："), loud);

        String quiet = serve(CliTest.broken(), true);
        assertFalse(quiet.contains("已更新"), quiet);
        assertTrue(quiet.contains("notices/2024/bad.md:3:1: error [date-invalid]"), quiet);
        assertTrue(quiet.contains("内容有 2 个错误"), quiet);
    }

    /**
     * Runs {@code serve} until it shows its address, then interrupts it as a tool embedding the CLI
     * would.
     */
    private static String serve(ContentTree t, boolean quiet) throws Exception {
        List<String> a = new ArrayList<>(args("serve", t, quiet));
        a.addAll(List.of("--port", "0", "--out", t.root().resolveSibling("preview").toString()));
        StringWriter err = new StringWriter();
        String[] argv = a.toArray(String[]::new);
        int[] code = {-1};
        Thread server =
                new Thread(
                        () ->
                                code[0] =
                                        Main.commandLine(argv)
                                                .setOut(new PrintWriter(new StringWriter()))
                                                .setErr(new PrintWriter(err, true))
                                                .execute(argv));
        server.start();
        for (int i = 0; i < 600 && !err.toString().contains("预览地址："); i++) {
            Thread.sleep(50);
        }
        server.interrupt();
        server.join(60_000);
        assertFalse(server.isAlive(), "serve stops when interrupted");
        assertEquals(Main.OK, code[0], err.toString());
        return err.toString();
    }
}
