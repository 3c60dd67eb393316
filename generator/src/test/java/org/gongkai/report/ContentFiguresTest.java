package org.gongkai.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.SiteBuilder;
import org.gongkai.content.DocumentType;
import org.gongkai.report.ContentFigures.Normative;
import org.gongkai.site.SiteModel;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annual report's computed figures against a small content tree counted by hand. The tree has
 * documents on 1 January and 31 December, a normative document repealed in a later year, one
 * repealed and one expired during the year, one withheld, and a consultation that opened the year
 * before.
 */
class ContentFiguresTest {

    @TempDir static Path dir;
    static SiteModel model;

    static String policy(String published, boolean normative, String extra) {
        return "---\ntitle: 政策\npublished: "
                + published
                + "\ndisclosure: 主动公开\nissuer: 安乐镇人民政府\nnormative: "
                + normative
                + "\n"
                + extra
                + "---\n\n正文。\n";
    }

    @BeforeAll
    static void build() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("site.yaml", "name: 安乐镇人民政府\norg_code: 11371723004235384N\n");
        files.put("taxonomies.yaml", "topics: [综合政务]\nthemes: []\n");
        files.put("policies/2024/n1.md", policy("2024-05-01", true, ""));
        files.put("policies/2025/n2.md", policy("2025-01-01", true, ""));
        files.put("policies/2025/n3.md", policy("2025-12-31", true, ""));
        files.put("policies/2024/n4.md", policy("2024-02-01", true, ""));
        files.put("policies/2023/n5.md", policy("2023-06-01", true, ""));
        files.put("policies/2020/n6.md", policy("2020-01-01", true, "valid_until: 2025-06-30\n"));
        files.put("policies/2026/n7.md", policy("2026-01-01", true, ""));
        files.put("policies/2025/n9.md", policy("2025-12-20", true, "valid_from: 2026-01-01\n"));
        files.put("policies/2025/n8.md", policy("2025-04-01", true, "").replace("主动公开", "依申请公开"));
        files.put("policies/2025/p1.md", policy("2025-12-31", false, ""));
        files.put("policies/2026/r1.md", policy("2026-03-01", false, "repeals: [n4]\n"));
        files.put("policies/2025/r2.md", policy("2025-07-01", false, "repeals: [n5]\n"));
        files.put(
                "interpretations/2025/i1.md",
                "---\ntitle: 解读\npublished: 2025-12-31\ninterprets: n3\n---\n\n解读。\n");
        files.put(
                "interpretations/2024/i2.md",
                "---\ntitle: 解读\npublished: 2024-12-31\ninterprets: n1\n---\n\n解读。\n");
        files.put(
                "consultations/2025/c1.md",
                "---\ntitle: 征求意见\npublished: 2025-02-25\nopens: 2025-03-01\n"
                        + "closes: 2025-03-31\nfeedback:\n  received: 10\n  adopted: 4\n---\n\n正文。\n");
        files.put(
                "consultations/2024/c2.md",
                "---\ntitle: 征求意见\npublished: 2024-12-20\nopens: 2024-12-20\n"
                        + "closes: 2025-01-20\nfeedback:\n  received: 5\n  adopted: 1\n---\n\n正文。\n");
        files.put("notices/2025/t1.md", "---\ntitle: 通知\npublished: 2025-01-01\n---\n\n正文。\n");
        files.put("pages/guide.md", "---\ntitle: 信息公开指南\n---\n\n正文。\n");
        for (var e : files.entrySet()) {
            Path p = dir.resolve("content").resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        model =
                SiteBuilder.check(
                                BuildConfig.of(
                                        dir.resolve("content"), dir.resolve("site"), Repo.AS_OF))
                        .model();
    }

    @Test
    void normativeDocumentsOf2025AreCountedByHand() {
        ContentFigures f = ContentFigures.of(model, 2025);
        // n2 on 1 January and n3 on 31 December are both of 2025, and so is n9 (in force from
        // 2026); n8 is not public; n7 is 2026's
        assertEquals(List.of("n2", "n3", "n9"), f.normative(Normative.ISSUED));
        // n5 repealed by r2 (2025-07-01); n4's repeal by r1 comes in 2026 and does not count here
        assertEquals(List.of("n5"), f.normative(Normative.REPEALED));
        assertEquals(List.of("n6"), f.normative(Normative.EXPIRED));
        assertEquals(2, f.normativeLeft());
        // issued and not out of force at 31 December, n9 included: it is valid, only not yet in
        // effect
        assertEquals(List.of("n1", "n2", "n3", "n4", "n9"), f.normative(Normative.VALID));
    }

    @Test
    void theRepealOfN4CountsInTheYearItHappened() {
        ContentFigures f2026 = ContentFigures.of(model, 2026);
        assertEquals(List.of("n7"), f2026.normative(Normative.ISSUED));
        assertEquals(List.of("n4"), f2026.normative(Normative.REPEALED));
        assertEquals(List.of("n1", "n2", "n3", "n7", "n9"), f2026.normative(Normative.VALID));
        ContentFigures f2024 = ContentFigures.of(model, 2024);
        assertEquals(List.of("n1", "n4"), f2024.normative(Normative.ISSUED));
        assertEquals(List.of("n1", "n4", "n5", "n6"), f2024.normative(Normative.VALID));
        // 现行有效 continues year to year: 4 + 3 − 2 = 5, 5 + 1 − 1 = 5
        assertEquals(
                f2024.normative(Normative.VALID).size() + 3 - 2,
                ContentFigures.of(model, 2025).normative(Normative.VALID).size());
        assertEquals(5, f2026.normative(Normative.VALID).size());
    }

    @Test
    void proactiveDocumentsOf2025ByTypeAndMonth() {
        ContentFigures f = ContentFigures.of(model, 2025);
        assertEquals(
                Map.of(
                        DocumentType.POLICY,
                        5,
                        DocumentType.INTERPRETATION,
                        1,
                        DocumentType.CONSULTATION,
                        1,
                        DocumentType.NOTICE,
                        1),
                f.proactiveByType());
        // January: n2, t1; February: c1; July: r2; December: n3, n9, p1, i1
        assertEquals(List.of(2, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 4), f.proactiveByMonth());
        assertEquals(8, f.proactiveTotal());
        assertEquals(1, f.interpretations());
    }

    @Test
    void consultationsCountInTheYearTheyOpened() {
        ContentFigures f = ContentFigures.of(model, 2025);
        assertEquals(List.of("c1"), f.consultations());
        assertEquals(10, f.opinionsReceived());
        assertEquals(4, f.opinionsAdopted());
        assertEquals(List.of("c2"), ContentFigures.of(model, 2024).consultations());
    }

    @Test
    void nothingPublishedAfterTheBuildDateCounts() throws IOException {
        SiteModel early =
                SiteBuilder.check(
                                BuildConfig.of(
                                        dir.resolve("content"),
                                        dir.resolve("site"),
                                        LocalDate.of(2025, 12, 30)))
                        .model();
        ContentFigures f = ContentFigures.of(early, 2025);
        // n3 (31 December) is not yet published on the 30th
        assertEquals(List.of("n2", "n9"), f.normative(Normative.ISSUED));
    }
}
