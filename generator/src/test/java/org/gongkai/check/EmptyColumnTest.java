package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.gongkai.build.BuildResult;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/**
 * Inspections fail a site for empty columns (空白栏目). A column whose documents are all withheld is
 * empty too: it is neither emitted nor linked, and column-stale says nothing about it.
 */
class EmptyColumnTest {

    @Test
    void columnWithOnlyWithheldDocumentsIsNotEmittedNorReported() throws IOException {
        ContentTree tree =
                ContentTree.create()
                        .file(
                                "notices/2026/tz-1.md",
                                """
                        ---
                        title: 关于开展冬季消防安全检查的通知
                        published: 2026-11-20
                        ---

                        各行政村：请于12月10日前完成自查。
                        """)
                        .withheldPolicy("anzhengfa-2026-9", "2026-03-02", "安政发〔2026〕9号", "内部报告。");
        BuildResult r = tree.build();
        assertTrue(r.written(), r.findings().toString());
        assertEquals(
                List.of(),
                r.findings().stream().filter(f -> f.ruleId().equals("column-stale")).toList());
        assertFalse(
                Files.exists(tree.siteFolder().resolve("policies/index.html")),
                "empty 政策文件 column emitted");
        String home = Files.readString(tree.siteFolder().resolve("index.html"));
        assertFalse(
                home.contains("href=\"policies/index.html\""), "home page links the empty column");
        assertTrue(Files.exists(tree.siteFolder().resolve("notices/index.html")));
    }
}
