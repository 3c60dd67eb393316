package org.gongkai.check;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decision, consultation and report rules against their fixtures in
 * {@code src/test/resources/rules/<rule-id>/{valid,invalid}/}: valid gives no finding of the rule, invalid
 * gives exactly the lines of {@code expected.txt} ({@code file:line:col: severity [rule-id] message-prefix}).
 * Same layout as the shared fixture harness of issue 3, so these folders serve both.
 */
class CivicRuleFixturesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/rules");
    private static final Pattern EXPECTED = Pattern.compile(
            "(?<file>\\S+):(?<line>\\d+):(?<col>\\d+): (?<sev>error|warning) \\[(?<rule>[a-z0-9-]+)\\](?: (?<msg>.*))?");

    static Stream<String> civicRules() {
        return Stream.of(new DecisionResultMissing(), new DecisionConsultationShort(), new DecisionStageUnknown(),
                new ConsultationFeedbackMissing(), new ReportFiguresMalformed(), new ReportGroupSum(),
                new ReportTotalColumn(), new ReportApplicationsBalance(), new ReportReviewsBalance(),
                new ReportNormativeContinuity(), new ReportSectionMissing()).map(Rule::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("civicRules")
    void registeredAndValidFixtureIsClean(String rule) throws IOException {
        assertTrue(Rules.all().stream().anyMatch(r -> r.id().equals(rule)), rule + " is not registered in Rules.all()");
        List<Finding> mine = findings(FIXTURES.resolve(rule).resolve("valid"), rule);
        assertTrue(mine.isEmpty(), () -> "valid fixture of " + rule + " gave:\n" + lines(mine));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("civicRules")
    void invalidFixtureGivesExactlyTheExpectedFindings(String rule) throws IOException {
        Path dir = FIXTURES.resolve(rule).resolve("invalid");
        List<Finding> mine = new ArrayList<>(findings(dir, rule));
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertFalse(expected.isEmpty());
        List<String> unmatched = new ArrayList<>();
        for (String line : expected) {
            Matcher m = EXPECTED.matcher(line);
            if (!m.matches()) {
                fail("unreadable line in " + rule + "/invalid/expected.txt: " + line);
            }
            Finding hit = mine.stream().filter(f -> f.where().file().equals(m.group("file"))
                    && f.where().line() == Integer.parseInt(m.group("line"))
                    && f.where().column() == Integer.parseInt(m.group("col"))
                    && f.severity().label().equals(m.group("sev"))
                    && (m.group("msg") == null || f.message().startsWith(m.group("msg"))))
                    .findFirst().orElse(null);
            if (hit == null) {
                unmatched.add(line);
            } else {
                mine.remove(hit);
            }
        }
        assertTrue(unmatched.isEmpty() && mine.isEmpty(), () -> rule + ": expected but not reported:\n"
                + String.join("\n", unmatched) + "\nreported but not expected:\n" + lines(mine));
    }

    private static List<Finding> findings(Path content, String rule) throws IOException {
        return SiteBuilder.check(BuildConfig.of(content, content.resolveSibling("site"), Repo.AS_OF)).findings()
                .stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static String lines(List<Finding> fs) {
        return String.join("\n", fs.stream().map(Finding::format).toList());
    }
}
