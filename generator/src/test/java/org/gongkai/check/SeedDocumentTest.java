package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.CheckResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed work plan (content/policies/2022/anzhengfa-2022-32.md) keeps the defects of its Word/PDF
 * conversion on purpose: each must be reported at its line, and the sample content must still pass.
 * A broken paragraph is reported at the first line of the paragraph that stops mid-sentence.
 */
class SeedDocumentTest {

    static final String SEED = "policies/2022/anzhengfa-2022-32.md";
    static CheckResult sample;

    @BeforeAll
    static void check() throws IOException {
        sample =
                SiteBuilder.check(
                        BuildConfig.of(
                                Repo.content(), Repo.content().resolveSibling("site"), Repo.AS_OF));
    }

    private static List<Integer> lines(String rule) {
        return sample.findings().stream()
                .filter(f -> f.where().file().equals(SEED) && f.ruleId().equals(rule))
                .map(f -> f.where().line())
                .toList();
    }

    @Test
    void sampleContentHasNoWarningsOutsideTheSeed() {
        assertEquals(
                List.of(),
                sample.findings().stream()
                        .filter(f -> !f.where().file().equals(SEED))
                        .map(f -> f.format())
                        .toList());
    }

    @Test
    void sampleContentHasNoErrors() {
        assertEquals(
                List.of(),
                sample.findings().stream().filter(f -> f.isError()).map(f -> f.format()).toList());
    }

    @Test
    void straySpacesInTheHeadingAndFirstParagraph() {
        assertEquals(List.of(26, 28), lines("stray-space"));
    }

    @Test
    void paragraphsBrokenAtPageBreaks() {
        assertEquals(List.of(40, 50, 60), lines("paragraph-broken"));
    }

    @Test
    void sectionFourAndFiveAtTheWrongHeadingLevel() {
        assertEquals(List.of(58, 68), lines("heading-levels"));
    }

    @Test
    void sectionFiveRepeatsTheHeadingOfSectionFour() {
        assertEquals(List.of(68), lines("heading-duplicate"));
    }

    @Test
    void halfWidthNumberingInTheLastSection() {
        assertEquals(List.of(70, 72, 74), lines("numbering-mixed"));
    }

    @Test
    void theOrdinanceIsCitedWithoutItsDi() {
        assertEquals(List.of(28), lines("wording"));
    }

    @Test
    void theWorkPlanFor2022HasEndedWithoutAPeriod() {
        assertEquals(List.of(2), lines("validity-year-passed"));
    }

    @Test
    void seedHasNoOtherFinding() {
        assertEquals(
                13,
                sample.findings().stream().filter(f -> f.where().file().equals(SEED)).count(),
                () -> String.join("\n", sample.findings().stream().map(f -> f.format()).toList()));
    }
}
