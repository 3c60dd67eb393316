package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.content.Finding;
import org.gongkai.content.Validity;
import org.gongkai.report.ContentFigures;
import org.gongkai.report.ContentFigures.Normative;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Validity as of a date: each label, at the boundary days. */
class ValidityTest {

    private static Validity validityOf(ContentTree t, String id, String asOf) {
        SiteResolver.Resolution r = SiteResolver.resolve(t.load(), LocalDate.parse(asOf));
        return r.model().validityOf(id).orElseThrow();
    }

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({
        "2022-06-30, PENDING", // the day before valid_from
        "2022-07-01, VALID", // first day in force
        "2027-06-30, VALID", // last day in force
        "2027-07-01, EXPIRED", // the day after valid_until
    })
    void periodOfValidity(String asOf, Validity expected) {
        ContentTree t =
                ContentTree.create()
                        .policy(
                                "p",
                                "2022-06-24",
                                "normative: true\nvalid_from: 2022-07-01\nvalid_until: 2027-06-30",
                                "正文。");
        assertEquals(expected, validityOf(t, "p", asOf));
    }

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({
        "2024-02-29, VALID", // the repealing policy is not yet published
        "2024-03-01, REPEALED", // published that day
    })
    void repealTakesEffectWhenTheRepealingPolicyIsPublished(String asOf, Validity expected) {
        ContentTree t =
                ContentTree.create()
                        .policy("old", "2021-05-10", "normative: true", "旧文件。")
                        .policy("new", "2024-03-01", "repeals: [old]", "新文件。");
        assertEquals(expected, validityOf(t, "old", asOf));
    }

    @Test
    void repealWaitsForTheRepealingPolicysValidFrom() {
        ContentTree t =
                ContentTree.create()
                        .policy("old", "2021-05-10", "normative: true", "旧文件。")
                        .policy(
                                "new",
                                "2024-03-01",
                                "repeals: [old]\nvalid_from: 2024-04-01\nvalid_until: 2029-03-31",
                                "新。");
        assertEquals(Validity.VALID, validityOf(t, "old", "2024-03-31"));
        assertEquals(Validity.REPEALED, validityOf(t, "old", "2024-04-01"));
    }

    @Test
    void amendedAndRepealedBothMeansRepealed() {
        ContentTree t =
                ContentTree.create()
                        .policy("old", "2021-05-10", "normative: true", "旧。")
                        .policy("fix", "2022-03-01", "amends: [old]", "修改。")
                        .policy("end", "2023-03-01", "repeals: [old]", "废止。");
        assertEquals(Validity.AMENDED, validityOf(t, "old", "2022-12-31"));
        assertEquals(Validity.REPEALED, validityOf(t, "old", "2023-03-01"));
    }

    @Test
    void anAmendedPolicyPastItsPeriodIsExpiredNotAmended() {
        ContentTree t =
                ContentTree.create()
                        .policy(
                                "old",
                                "2021-05-10",
                                "normative: true\nvalid_from: 2021-06-01\nvalid_until: 2026-05-31",
                                "旧。")
                        .policy("fix", "2023-03-01", "amends: [old]", "修改。");
        assertEquals(Validity.AMENDED, validityOf(t, "old", "2026-05-31"));
        assertEquals(Validity.EXPIRED, validityOf(t, "old", "2026-06-01"));
    }

    @Test
    void anAmendedPolicyPastItsPeriodIsNotCountedValidInTheAnnualReport() {
        ContentTree t =
                ContentTree.create()
                        .policy(
                                "old",
                                "2020-05-10",
                                "normative: true\nvalid_from: 2020-06-01\nvalid_until: 2025-05-31",
                                "旧。")
                        .policy("fix", "2023-03-01", "amends: [old]", "修改。");
        SiteModel model = SiteResolver.resolve(t.load(), LocalDate.parse("2026-11-28")).model();
        ContentFigures f = ContentFigures.of(model, 2025);
        assertTrue(
                !f.normative(Normative.VALID).contains("old"),
                f.normative(Normative.VALID).toString());
        assertEquals(List.of("old"), f.normative(Normative.EXPIRED));
    }

    @Test
    void aPolicyWithoutPeriodNormativeOrStatedValidityHasNoLabel() {
        ContentTree t =
                ContentTree.create()
                        .policy("plan", "2022-03-01", "normative: false", "2022年工作要点。")
                        .policy("period", "2022-03-01", "valid_until: 2022-12-31", "有期限。")
                        .policy("stated", "2022-03-01", "validity: 有效", "手写。");
        SiteResolver.Resolution r = SiteResolver.resolve(t.load(), LocalDate.parse("2026-01-01"));
        assertTrue(r.model().validityOf("plan").isEmpty());
        assertEquals(Validity.EXPIRED, r.model().validityOf("period").orElseThrow());
        assertEquals(Validity.VALID, r.model().validityOf("stated").orElseThrow());
    }

    @Test
    void aWithheldPolicyRepealsNothing() {
        ContentTree t =
                ContentTree.create()
                        .policy("old", "2021-05-10", "normative: true", "旧。")
                        .file(
                                "policies/2023/secret.md",
                                """
                        ---
                        title: 内部文件
                        published: 2023-01-05
                        disclosure: 不予公开
                        withheld_basis: 第十六条第一款
                        repeals: [old]
                        ---
                        正文。
                        """);
        assertEquals(Validity.VALID, validityOf(t, "old", "2024-01-01"));
    }

    @Test
    void referencesResolveBothWaysAndDanglingOnesAreErrors() {
        ContentTree t =
                ContentTree.create()
                        .policy(
                                "old",
                                "2021-05-10",
                                "normative: true\nvalid_from: 2021-05-10\nvalid_until: 2026-05-09",
                                "旧。")
                        .policy("new", "2024-03-01", "amends: [old, ghost]", "新。")
                        .file(
                                "interpretations/2021/old-jiedu.md",
                                """
                        ---
                        title: 解读
                        published: 2021-05-11
                        interprets: old
                        ---
                        解读正文。
                        """)
                        .file(
                                "interpretations/2021/lost.md",
                                """
                        ---
                        title: 迷路的解读
                        published: 2021-05-11
                        interprets: nowhere
                        ---
                        正文。
                        """);
        SiteResolver.Resolution r = SiteResolver.resolve(t.load(), LocalDate.of(2025, 1, 1));
        Relations rel = r.model().relations();
        assertEquals(List.of("new"), rel.of(Relation.AMENDED_BY, "old"));
        assertEquals(List.of("old"), rel.of(Relation.AMENDS, "new"));
        assertEquals(List.of("old-jiedu"), rel.of(Relation.INTERPRETATIONS, "old"));
        var dangling =
                r.findings().stream().filter(f -> f.ruleId().equals("reference-unknown")).toList();
        assertEquals(2, dangling.size(), dangling::toString);
        assertTrue(dangling.stream().allMatch(Finding::isError));
        assertTrue(
                dangling.stream()
                        .anyMatch(
                                f ->
                                        f.message().contains("ghost")
                                                && f.where().file().equals("policies/2024/new.md")
                                                && f.where().line() == 9));
        assertTrue(
                dangling.stream()
                        .anyMatch(f -> f.message().contains("nowhere") && f.where().line() == 4));
    }

    @Test
    void onlyProactiveDocumentsPublishedByTheBuildDateArePublished() {
        ContentTree t =
                ContentTree.create()
                        .policy("a", "2024-01-02", "", "公开。")
                        .policy("future", "2026-12-01", "", "尚未发布。")
                        .file(
                                "policies/2024/b.md",
                                "---\ntitle: 依申请\npublished: 2024-01-02\ndisclosure: 依申请公开\n---\n正文\n")
                        .file(
                                "policies/2024/c.md",
                                "---\ntitle: 未定\npublished: 2024-01-02\n---\n正文\n");
        SiteModel m = SiteResolver.resolve(t.load(), LocalDate.of(2026, 11, 28)).model();
        assertEquals(List.of("a"), m.published().stream().map(d -> d.id()).toList());
    }
}
