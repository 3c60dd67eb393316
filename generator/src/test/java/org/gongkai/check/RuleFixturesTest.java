package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.SiteBuilder;
import org.gongkai.content.Finding;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule has {@code src/test/resources/rules/<rule-id>/valid/} (a small content tree that must
 * give no finding of that rule) and {@code invalid/} (one that must give exactly the findings its
 * {@code expected.txt} lists, at those lines and columns). Lines of expected.txt read {@code
 * file:line:col: severity [rule-id] message-prefix}; the message may be left out.
 */
class RuleFixturesTest {

    static final Path FIXTURES = Path.of("src/test/resources/rules");
    private static final Pattern EXPECTED =
            Pattern.compile(
                    "(?<file>\\S+):(?<line>\\d+):(?<col>\\d+): (?<sev>error|warning) \\[(?<rule>[a-z0-9-]+)\\](?: (?<msg>.*))?");

    static Stream<String> ruleIds() {
        return Rules.all().stream().map(Rule::id);
    }

    @ParameterizedTest(name = "{0} valid")
    @MethodSource("ruleIds")
    void validFixtureHasNoFindingOfItsRule(String rule) throws IOException {
        List<Finding> mine = findings(FIXTURES.resolve(rule).resolve("valid"), rule);
        assertTrue(mine.isEmpty(), () -> "valid fixture of " + rule + " gave:\n" + lines(mine));
    }

    @ParameterizedTest(name = "{0} invalid")
    @MethodSource("ruleIds")
    void invalidFixtureGivesExactlyTheExpectedFindings(String rule) throws IOException {
        Path dir = FIXTURES.resolve(rule).resolve("invalid");
        List<Finding> mine = new ArrayList<>(findings(dir, rule));
        List<String> expected =
                Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .toList();
        assertFalse(expected.isEmpty(), "expected.txt of " + rule + " lists no finding");
        List<String> unmatched = new ArrayList<>();
        for (String line : expected) {
            Matcher m = EXPECTED.matcher(line);
            if (!m.matches()) {
                fail("unreadable line in " + rule + "/invalid/expected.txt: " + line);
            }
            assertEquals(
                    rule,
                    m.group("rule"),
                    "expected.txt of " + rule + " names another rule: " + line);
            Finding hit =
                    mine.stream()
                            .filter(
                                    f ->
                                            f.where().file().equals(m.group("file"))
                                                    && f.where().line()
                                                            == Integer.parseInt(m.group("line"))
                                                    && f.where().column()
                                                            == Integer.parseInt(m.group("col"))
                                                    && f.severity().label().equals(m.group("sev"))
                                                    && (m.group("msg") == null
                                                            || f.message()
                                                                    .startsWith(m.group("msg"))))
                            .findFirst()
                            .orElse(null);
            if (hit == null) {
                unmatched.add(line);
            } else {
                mine.remove(hit);
            }
        }
        assertTrue(
                unmatched.isEmpty() && mine.isEmpty(),
                () ->
                        rule
                                + ": expected but not reported:\n"
                                + String.join("\n", unmatched)
                                + "\nreported but not expected:\n"
                                + lines(mine));
    }

    @Test
    void everyRegisteredRuleHasBothFixtures() {
        for (Rule rule : Rules.all()) {
            Path dir = FIXTURES.resolve(rule.id());
            assertTrue(
                    Files.isRegularFile(dir.resolve("valid/site.yaml")),
                    rule.id() + " has no valid/ fixture");
            assertTrue(
                    Files.isRegularFile(dir.resolve("invalid/site.yaml")),
                    rule.id() + " has no invalid/ fixture");
            assertTrue(
                    Files.isRegularFile(dir.resolve("invalid/expected.txt")),
                    rule.id() + " has no expected.txt");
        }
    }

    @Test
    void everyFixtureFolderBelongsToARegisteredRule() throws IOException {
        List<String> ids = ruleIds().toList();
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            dirs.forEach(
                    d ->
                            assertTrue(
                                    ids.contains(d.getFileName().toString()),
                                    "fixture folder "
                                            + d.getFileName()
                                            + " names no registered rule"));
        }
    }

    @Test
    void ruleIdsAreUniqueAndDescribed() {
        List<String> ids = ruleIds().toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), "duplicate rule id in " + ids);
        for (Rule r : Rules.all()) {
            assertTrue(r.id().matches("[a-z][a-z0-9-]+"), r.id());
            assertTrue(
                    r.description()
                            .codePoints()
                            .anyMatch(
                                    c ->
                                            Character.UnicodeScript.of(c)
                                                    == Character.UnicodeScript.HAN),
                    r.id() + " has no Chinese description");
        }
    }

    static List<Finding> findings(Path content, String rule) throws IOException {
        return SiteBuilder.check(
                        BuildConfig.of(content, content.resolveSibling("site"), Repo.AS_OF))
                .findings()
                .stream()
                .filter(f -> f.ruleId().equals(rule))
                .toList();
    }

    private static String lines(List<Finding> fs) {
        return String.join("\n", fs.stream().map(Finding::format).toList());
    }
}
