package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar gongkai.jar} as a user runs it: the launcher starts the real JVM, passes the
 * exit status through, and records the class-data archive once. Runs after {@code package}
 * (integration-test phase), on a copy of the built jar so the archive lands in a folder of the
 * test's own.
 */
class JarLaunchTest {

    private static final Path JAR =
            Path.of(System.getProperty("gongkai.repo", ".."), "generator", "target", "gongkai.jar");

    record Run(int status, String out, String err) {}

    private static Run java(Path dir, List<String> jvm, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-jar");
        cmd.add(dir.resolve("gongkai.jar").toString());
        cmd.addAll(List.of(args));
        Process p =
                new ProcessBuilder(cmd)
                        .directory(dir.toFile())
                        .redirectOutput(dir.resolve("out.txt").toFile())
                        .redirectError(dir.resolve("err.txt").toFile())
                        .start();
        int status = p.waitFor();
        return new Run(
                status,
                Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static List<Path> archives(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    @Test
    void buildsThroughTheLauncherAndRecordsTheClassArchiveOnce(@TempDir Path dir) throws Exception {
        Files.copy(JAR, dir.resolve("gongkai.jar"));
        Path content = Repo.root().resolve("content");
        Path stale =
                Files.writeString(
                        dir.resolve("gongkai-1-2.jsa"),
                        "an archive of an earlier build of this jar");
        Path staleBuild =
                Files.writeString(
                        dir.resolve("gongkai-1-2-build.jsa"), "the same, one per command");
        Path otherJar =
                Files.writeString(
                        dir.resolve("gongkai-0.1.0-SNAPSHOT-1-2.jsa"), "another jar's archive");

        Run first =
                java(
                        dir,
                        List.of(),
                        "build",
                        "--content",
                        content.toString(),
                        "--out",
                        dir.resolve("site1").toString(),
                        "--as-of",
                        "2026-11-28",
                        "--quiet");
        assertEquals(0, first.status(), first.err());
        assertTrue(first.err().contains("构建完成"), first.err());
        assertFalse(
                first.err().contains("[warning]"),
                "the JVM's archive notes stay out of the user's way: " + first.err());
        assertFalse(Files.exists(stale), "the archive of an earlier build of the jar goes");
        assertFalse(Files.exists(staleBuild), "the archive of an earlier build of the jar goes");
        assertTrue(Files.exists(otherJar), "another jar's archive stays");
        Files.delete(otherJar);
        List<Path> recorded = archives(dir);
        assertEquals(1, recorded.size(), "the first run records the archive beside the jar");
        assertTrue(
                recorded.get(0).getFileName().toString().endsWith("-build.jsa"),
                recorded.toString());
        assertTrue(Files.size(recorded.get(0)) > 1_000_000);

        Run second =
                java(
                        dir,
                        List.of(),
                        "build",
                        "--content",
                        content.toString(),
                        "--out",
                        dir.resolve("site2").toString(),
                        "--as-of",
                        "2026-11-28",
                        "--quiet");
        assertEquals(0, second.status(), second.err());
        assertEquals(recorded, archives(dir), "later runs use it");
        assertEquals(
                Files.readString(dir.resolve("site1/index.html")),
                Files.readString(dir.resolve("site2/index.html")));

        // another command records its own archive: a build's classes are not what check or --help
        // loads
        long buildArchive = Files.size(recorded.get(0));
        FileTime buildTime = Files.getLastModifiedTime(recorded.get(0));
        Run check =
                java(
                        dir,
                        List.of(),
                        "check",
                        "--content",
                        content.toString(),
                        "--as-of",
                        "2026-11-28",
                        "--quiet");
        assertEquals(0, check.status(), check.err());
        List<Path> both = archives(dir);
        assertEquals(2, both.size(), both.toString());
        assertTrue(
                both.stream().anyMatch(p -> p.getFileName().toString().endsWith("-check.jsa")),
                both.toString());
        assertEquals(
                buildArchive, Files.size(recorded.get(0)), "the build's archive stays as it was");
        assertEquals(buildTime, Files.getLastModifiedTime(recorded.get(0)));

        Run inProcess = java(dir, List.of("-Dgongkai.fork=false"), "--version");
        assertEquals(0, inProcess.status());
        assertTrue(inProcess.out().contains("gongkai"));
    }

    @Test
    void passesTheChildsExitStatusAndOutputThrough(@TempDir Path dir) throws Exception {
        Files.copy(JAR, dir.resolve("gongkai.jar"));
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("notices"));
        Files.writeString(content.resolve("notices/a.md"), "---\ntitle: 通知\n---\n正文\n");

        Run bad =
                java(
                        dir,
                        List.of(),
                        "check",
                        "--content",
                        content.toString(),
                        "--as-of",
                        "2026-11-28");
        assertEquals(Main.CONTENT_ERRORS, bad.status(), bad.err());
        assertTrue(
                bad.out().contains("notices/a.md"),
                "findings reach the user's terminal: " + bad.out());
        assertTrue(archives(dir).isEmpty(), "a failed run records no archive");

        Run usage = java(dir, List.of(), "no-such-command");
        assertEquals(Main.USAGE, usage.status());
    }
}
