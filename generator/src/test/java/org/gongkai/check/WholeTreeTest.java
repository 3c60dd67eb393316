package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content tree with one violation of each error rule ({@code src/test/resources/whole-tree}):
 * {@code check} exits 1 and names every one of them, and {@code build} leaves the existing site
 * exactly as it was. Which rules are error rules is read from the fixtures: a rule whose invalid
 * fixture expects an error.
 */
class WholeTreeTest {

    static final Path TREE = Path.of("src/test/resources/whole-tree");

    record Run(int exit, String out) {}

    static Run cli(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            System.setErr(
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    static List<String> errorRules() throws IOException {
        List<String> out = new ArrayList<>();
        for (Rule r : Rules.all()) {
            Path expected =
                    RuleFixturesTest.FIXTURES.resolve(r.id()).resolve("invalid/expected.txt");
            if (Files.readAllLines(expected).stream()
                    .anyMatch(l -> l.contains(": error [" + r.id() + "]"))) {
                out.add(r.id());
            }
        }
        return out;
    }

    @Test
    void checkExitsOneAndReportsEveryErrorRule() throws IOException {
        Run run = cli("check", "--content", TREE.toString(), "--as-of", "2026-11-28");
        assertEquals(Main.CONTENT_ERRORS, run.exit(), run.out());
        List<String> rules = errorRules();
        assertTrue(rules.size() >= 20, "too few error rules found: " + rules);
        for (String rule : rules) {
            if (rule.equals("theme-file-outside")) {
                continue; // a tree has one theme, and here its name is the error (theme-name); see
                // the fixture
            }
            assertTrue(
                    run.out().contains(": error [" + rule + "] "),
                    "no error [" + rule + "] in:\n" + run.out());
        }
    }

    @Test
    void buildWithErrorsLeavesTheExistingSiteUntouched(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("policies"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>旧网站</title>");
        Files.writeString(site.resolve("policies/old.html"), "旧页面");
        Map<String, byte[]> before = snapshot(site);

        Run run =
                cli(
                        "build",
                        "--content",
                        TREE.toString(),
                        "--out",
                        site.toString(),
                        "--as-of",
                        "2026-11-28");

        assertEquals(Main.CONTENT_ERRORS, run.exit(), run.out());
        Map<String, byte[]> after = snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(
                    List.of(site),
                    siblings.toList(),
                    "the failed build left a staging folder behind");
        }
    }

    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
