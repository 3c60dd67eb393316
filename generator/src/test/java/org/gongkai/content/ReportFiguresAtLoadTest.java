package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report's figures leave the loader typed, or not at all with the problems at their lines. */
class ReportFiguresAtLoadTest {

    private static final Path FIXTURES =
            Path.of("src/test/resources/rules/report-figures-malformed");

    private static Details.Report report(String which) throws IOException {
        Content c = new ContentLoader().load(FIXTURES.resolve(which));
        return (Details.Report)
                c.documents().stream()
                        .filter(d -> d.type() == DocumentType.REPORT)
                        .findFirst()
                        .orElseThrow()
                        .details();
    }

    @Test
    void wellFormedFiguresAreTypedAtLoad() throws IOException {
        Details.Report r = report("valid");
        assertEquals(List.of(), r.problems());
        ReportFigures f = r.figures().orElseThrow();
        assertEquals(2025, f.year());
        assertEquals(ApplicationTable.COLUMNS.size(), f.applications().received().values().size());
        assertEquals(ReviewFigures.SIZE, f.reviews().values().size());
    }

    @Test
    void malformedFiguresGiveNoFiguresAndEachProblemAtItsLine() throws IOException {
        Details.Report r = report("invalid");
        assertTrue(r.figures().isEmpty());
        assertEquals(
                List.of(
                        "reports/2025.md:8:12",
                        "reports/2025.md:19:5",
                        "reports/2025.md:21:15",
                        "reports/2025.md:1:1"),
                r.problems().stream().map(p -> p.where().toString()).toList());
        assertTrue(r.problems().stream().allMatch(p -> p.ruleId().equals(ReportFigures.RULE)));
    }
}
