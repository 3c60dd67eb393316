package org.gongkai.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.gongkai.testing.Repo;
import org.gongkai.testing.SmallSite;
import org.junit.jupiter.api.Test;

/** The goals map their parameters to the shared build and tell content errors from failures. */
class MojoTest {

    /** Collects what a goal logs, as Maven's console would show it. */
    static final class Captured extends SystemStreamLog {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add("[INFO] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("[ERROR] " + content);
        }
    }

    private static <T extends GongkaiMojo> T configure(T mojo, SmallSite s, Captured log) {
        mojo.content = s.content().toFile();
        mojo.out = s.site().toFile();
        mojo.asOf = "2026-11-28";
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void contentErrorsAreFailuresAndAMissingFolderIsAnExecutionError() throws Exception {
        SmallSite s = SmallSite.create();
        Captured log = new Captured();
        configure(new BuildMojo(), s, log).execute();
        assertTrue(Files.isRegularFile(s.site().resolve("index.html")));
        assertTrue(
                log.lines.stream().anyMatch(l -> l.startsWith("[INFO] 构建完成：3 个文件")),
                log.lines.toString());

        s.write(
                "notices/2026/tzgg-2026-01.md",
                Files.readString(s.content().resolve("notices/2026/tzgg-2026-01.md"))
                        .replace("published: 2026-10-28", "published: 2026-02-30"));
        Captured broken = new Captured();
        MojoFailureException failure =
                assertThrows(
                        MojoFailureException.class,
                        () -> configure(new CheckMojo(), s, broken).execute());
        assertTrue(failure.getMessage().startsWith("检查完成：1 个错误"), failure.getMessage());
        // the finding is logged at error level with its file and line (the date is on line 3 of the
        // front matter)
        assertTrue(
                broken.lines.stream()
                        .anyMatch(
                                l ->
                                        l.startsWith("[ERROR] notices/2026/tzgg-2026-01.md:3:")
                                                && l.contains("[date-invalid]")),
                broken.lines.toString());
        assertThrows(
                MojoFailureException.class,
                () -> configure(new BuildMojo(), s, new Captured()).execute());

        BuildMojo nowhere = configure(new BuildMojo(), s, new Captured());
        nowhere.content = s.root().resolve("no-such-folder").toFile();
        // the message names the goal's step, so a build log says what broke
        assertTrue(
                assertThrows(MojoExecutionException.class, nowhere::execute)
                        .getMessage()
                        .startsWith("生成网站时出错："));
        BuildMojo badDate = configure(new BuildMojo(), s, new Captured());
        badDate.asOf = "2026-11-31";
        // a parameter error keeps its own message rather than the step's
        assertTrue(
                assertThrows(MojoExecutionException.class, badDate::execute)
                        .getMessage()
                        .startsWith("gongkai.asOf 不是日期"));
    }

    @Test
    void quietGoalsLogFindingsAndTheSummaryButNoProgress() throws Exception {
        SmallSite s = SmallSite.create();
        s.write(
                "notices/2026/tzgg-2026-01.md",
                Files.readString(s.content().resolve("notices/2026/tzgg-2026-01.md"))
                        .replace("published: 2026-10-28", "published: 2026-02-30"));
        Captured loud = new Captured();
        assertThrows(
                MojoFailureException.class, () -> configure(new CheckMojo(), s, loud).execute());
        assertTrue(
                loud.lines.stream().anyMatch(l -> l.startsWith("[INFO] 已读取 ")),
                loud.lines.toString());

        Captured quiet = new Captured();
        CheckMojo check = configure(new CheckMojo(), s, quiet);
        check.quiet = true;
        assertThrows(MojoFailureException.class, check::execute);
        assertFalse(
                quiet.lines.stream().anyMatch(l -> l.startsWith("[INFO]")), quiet.lines.toString());
        assertTrue(
                quiet.lines.stream()
                        .anyMatch(l -> l.startsWith("[ERROR] notices/2026/tzgg-2026-01.md:3:")),
                quiet.lines.toString());
    }

    @Test
    void aPlatformFolderIsBuiltAndCheckedWhole() throws Exception {
        Path out = Files.createTempDirectory("gongkai-mojo-platform-").resolve("site");
        Captured log = new Captured();
        BuildMojo build = new BuildMojo();
        build.content = Repo.root().resolve("platform").toFile();
        build.out = out.toFile();
        build.asOf = "2026-11-28";
        build.quiet = true;
        build.setLog(log);
        build.execute();
        assertTrue(
                Files.isRegularFile(out.resolve("index.html"))
                        && Files.isRegularFile(out.resolve("anle/index.html")));
        assertTrue(
                log.lines.stream().anyMatch(l -> l.startsWith("[INFO] 平台构建完成：4 个栏目，0 个错误")),
                log.lines.toString());
        CheckMojo check = new CheckMojo();
        check.content = build.content;
        check.out = build.out;
        check.asOf = "2026-11-28";
        check.quiet = true;
        Captured checked = new Captured();
        check.setLog(checked);
        check.execute();
        assertTrue(
                checked.lines.stream().anyMatch(l -> l.startsWith("[WARNING] ../content/")),
                "findings named from the platform folder");
    }

    @Test
    void skippedGoalsSaySoAndWriteNothing() throws Exception {
        SmallSite s = SmallSite.create();
        Captured log = new Captured();
        ServeMojo serve = configure(new ServeMojo(), s, log);
        serve.skip = true;
        serve.previewOut = s.root().resolve("target/gongkai-preview").toFile();
        serve.execute(); // returns at once: no server to wait for
        BuildMojo build = configure(new BuildMojo(), s, log);
        build.skip = true;
        build.execute();
        assertEquals(List.of("[INFO] gongkai.skip：跳过预览", "[INFO] gongkai.skip：跳过生成网站"), log.lines);
        assertFalse(Files.exists(s.site()));
        assertFalse(Files.exists(s.root().resolve("target/gongkai-preview")));
    }

    @Test
    void serveRunsUntilItsThreadIsInterrupted() throws Exception {
        SmallSite s = SmallSite.create();
        Captured log = new Captured();
        ServeMojo serve = configure(new ServeMojo(), s, log);
        serve.port = 0;
        serve.previewOut = s.root().resolve("target/gongkai-preview").toFile();
        Thread t =
                new Thread(
                        () -> {
                            try {
                                serve.execute();
                            } catch (MojoExecutionException e) {
                                log.error(e.getMessage());
                            }
                        });
        t.start();
        String address = null;
        for (int i = 0; i < 300 && address == null; i++) {
            address =
                    log.lines.stream()
                            .filter(l -> l.contains("预览地址："))
                            .findFirst()
                            .map(l -> l.replaceAll(".*预览地址：(http://127\\.0\\.0\\.1:\\d+/).*", "$1"))
                            .orElse(null);
            TimeUnit.MILLISECONDS.sleep(100);
        }
        assertTrue(address != null, log.lines.toString());
        HttpResponse<String> home =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(address)).build(),
                                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("安乐镇人民政府"));
        assertFalse(Files.exists(s.site()), "serve never writes site/");
        assertTrue(Files.isRegularFile(s.root().resolve("target/gongkai-preview/index.html")));

        t.interrupt();
        t.join(10_000);
        assertFalse(t.isAlive(), "Ctrl+C (an interrupt) stops the goal");
    }
}
