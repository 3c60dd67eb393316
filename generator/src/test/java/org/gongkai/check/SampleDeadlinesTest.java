package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.SiteBuilder;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;

/**
 * The sample content checked on a later day than the tests' date: the yearly deadlines come due.
 */
class SampleDeadlinesTest {

    @Test
    void checkAsOfJune2027ReportsTheMissing2026Report() throws IOException {
        var r =
                SiteBuilder.check(
                        BuildConfig.of(
                                Repo.content(),
                                Repo.content().resolveSibling("site"),
                                LocalDate.of(2027, 6, 30)));
        List<String> missing =
                r.findings().stream()
                        .filter(f -> f.ruleId().equals("report-missing"))
                        .map(f -> f.format())
                        .toList();
        assertEquals(1, missing.size(), missing::toString);
        assertEquals(
                true,
                missing.get(0).startsWith("reports:1:1: warning [report-missing] 没有2026年"),
                missing.get(0));
    }

    @Test
    void onTheTestsDateNoYearlyDeadlineHasPassed() throws IOException {
        var r =
                SiteBuilder.check(
                        BuildConfig.of(
                                Repo.content(), Repo.content().resolveSibling("site"), Repo.AS_OF));
        assertEquals(
                List.of(),
                r.findings().stream()
                        .filter(
                                f ->
                                        List.of(
                                                        "report-missing",
                                                        "report-late",
                                                        "decision-catalog-missing",
                                                        "guide-stale")
                                                .contains(f.ruleId()))
                        .map(f -> f.format())
                        .toList());
    }
}
