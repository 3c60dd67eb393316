package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/**
 * A notice's and a budget's {@code kind:} and an interpretation's {@code form:} are typed at load:
 * later stages read the value, and a label naming none is reported once, at its line.
 */
class TypedKindsTest {

    private static final ContentTree TREE =
            ContentTree.create()
                    .file(
                            "notices/2026/news.md",
                            "---\ntitle: 镇里开展培训\nkind: ' 工作动态 '\npublished: 2026-11-20\n---\n\n正文。\n")
                    .file(
                            "budgets/2026/b.md",
                            "---\ntitle: 2026年部门预算\nkind: 决算\nyear: 2026\npublished: 2026-02-01\n---\n\n说明。\n")
                    .file(
                            "budgets/2026/c.md",
                            "---\ntitle: 2026年部门概算\nkind: 概算\nyear: 2026\npublished: 2026-02-01\n---\n\n说明。\n")
                    .file(
                            "interpretations/2026/a-jd.md",
                            "---\ntitle: 解读\npublished: 2026-03-01\nform: 问答\n---\n\n解读。\n")
                    .file(
                            "interpretations/2026/b-jd.md",
                            "---\ntitle: 解读\npublished: 2026-03-01\nform: 问题解答\n---\n\n解读。\n");

    private static Details details(Content c, String id) {
        return c.documents().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow()
                .details();
    }

    @Test
    void readersSeeTheTypedValue() {
        Content c = TREE.load();
        Details.Notice news = (Details.Notice) details(c, "news");
        assertTrue(news.isNews());
        assertEquals("工作动态", news.column());
        assertEquals("决算", ((Details.Budget) details(c, "b")).kindLabel());
        Details.Budget wrong = (Details.Budget) details(c, "c");
        // written but wrong: still known to have been written (budget-incomplete stays quiet)
        assertTrue(wrong.kind().isPresent());
        assertEquals("预决算", wrong.kindLabel());
        assertEquals(
                Optional.of(InterpretationForm.QA),
                ((Details.Interpretation) details(c, "a-jd")).form().flatMap(Stated::known));
        assertEquals(
                Optional.empty(),
                ((Details.Interpretation) details(c, "b-jd")).form().flatMap(Stated::known));
    }

    @Test
    void aLabelNamingNoneIsReportedOnceAtItsLine() {
        List<String> found =
                TREE.check().findings().stream()
                        .filter(
                                f ->
                                        f.ruleId().equals("budget-kind")
                                                || f.ruleId().equals(InterpretationForm.RULE))
                        .map(Finding::format)
                        .toList();
        assertEquals(
                List.of(
                        "budgets/2026/c.md:3:1: error [budget-kind] kind“概算”无效：只能是 预算 或 决算",
                        "interpretations/2026/b-jd.md:4:1: warning [interpretation-form]"
                                + " 解读形式“问题解答”无效；只能是 文字解读、图解、问答、音视频（页面上不显示）"),
                found);
    }
}
