package org.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.gongkai.content.Finding;
import org.gongkai.search.SearchService;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, "editors are not trusted": content that used to stop {@code build} with a Java message
 * (exit 2) while {@code check} said 0 errors. Each now ends in a finding at the line that wrote it,
 * or in a site.
 */
class CrashesBecomeFindingsTest {

    private static String notice(String extra) {
        return "---\ntitle: 通知\npublished: 2024-03-01\n" + extra + "---\n正文。\n";
    }

    private static String publicity(String extra) {
        return "---\ntitle: 公示\npublished: 2024-03-01\n" + extra + "---\n正文。\n";
    }

    /**
     * Builds, and returns the one finding of {@code rule}; the build must stop on it and throw
     * nothing.
     */
    private static Finding refused(ContentTree t, String rule) {
        BuildResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> t.build());
        assertFalse(r.written(), () -> r.findings().toString());
        List<Finding> f = r.findings().stream().filter(x -> x.ruleId().equals(rule)).toList();
        assertEquals(1, f.size(), () -> r.findings().toString());
        assertTrue(f.get(0).isError());
        assertEquals(
                f,
                t.check().findings().stream().filter(x -> x.ruleId().equals(rule)).toList(),
                "check must say what build says");
        return f.get(0);
    }

    @Test
    void idIndexHtmlWasIsADirectory() {
        Finding f =
                refused(
                        ContentTree.create().file("notices/2024/a.md", notice("id: index.html\n")),
                        "id-invalid");
        assertTrue(
                f.format().startsWith("notices/2024/a.md:4:1: error [id-invalid] 编号“index.html”"),
                f.format());
        Finding named =
                refused(
                        ContentTree.create()
                                .file("pages/index.html.md", "---\ntitle: 指南\n---\n正文。\n"),
                        "id-invalid");
        assertEquals("pages/index.html.md:1:1", named.where().toString());
        assertTrue(named.message().contains("把文件改成"), named.message());
    }

    @Test
    void hundredCharacterVillageWasFileNameTooLong() {
        Finding f =
                refused(
                        ContentTree.create()
                                .file(
                                        "publicity/2024/a.md",
                                        publicity("village: " + "村".repeat(100) + "\n")),
                        "folder-name-invalid");
        assertEquals("publicity/2024/a.md:4:1", f.where().toString());
        assertTrue(f.message().contains("300 字节") && f.message().contains("100 字节"), f.message());
    }

    @Test
    void villageWithNulWasNulCharacterNotAllowed() {
        Finding f =
                refused(
                        ContentTree.create()
                                .file("publicity/2024/a.md", publicity("village: \"西河\\0村\"\n")),
                        "folder-name-invalid");
        assertEquals("publicity/2024/a.md:4:1", f.where().toString());
        assertTrue(f.message().contains("U+0000") && !f.message().contains("\0"), f.message());
    }

    @Test
    void longIssuerWasFileNameTooLong() {
        Finding f =
                refused(
                        ContentTree.create()
                                .file(
                                        "notices/2024/a.md",
                                        notice("issuer: " + "局".repeat(40) + "\n")),
                        "folder-name-invalid");
        assertEquals("notices/2024/a.md:4:1", f.where().toString());
    }

    @Test
    void taxonomyNamesAreFolderNamesToo() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "taxonomies.yaml",
                                "topics:\n  综合政务: [政务公开, \"应急\\0管理\"]\n  "
                                        + "农".repeat(40)
                                        + ": []\nthemes: [养老, index.html]\n");
        BuildResult r = t.build();
        assertFalse(r.written());
        List<String> found =
                r.findings().stream()
                        .filter(x -> x.ruleId().equals("folder-name-invalid"))
                        .map(x -> x.where().toString())
                        .toList();
        assertEquals(
                List.of("taxonomies.yaml:2:16", "taxonomies.yaml:3:3", "taxonomies.yaml:4:14"),
                found);
    }

    @Test
    void twoSpellingsOfOneVillageLostOneVillagesPage() {
        // "东关 村" and "东关-村" were both written to villages/东关-村/: the later page replaced the
        // earlier
        ContentTree t =
                ContentTree.create()
                        .file("publicity/2024/a.md", publicity("village: 东关-村\n"))
                        .file("publicity/2024/b.md", publicity("village: 东关 村\n"));
        Finding f = refused(t, "folder-name-shared");
        assertTrue(
                f.format()
                        .startsWith(
                                "publicity/2024/b.md:4:1: error [folder-name-shared] 村名“东关 村”与 "
                                        + "publicity/2024/a.md 中的“东关-村”在网站上是同一个文件夹（villages/东关-村/）"),
                f.format());
    }

    @Test
    void aReportAttachmentNamedFiguresCsvWasSilentlyReplaced() {
        Finding f =
                refused(
                        ContentTree.create()
                                .file(
                                        "notices/2024/a.md",
                                        notice(
                                                "attachments: [{file: sub/Figures.csv, title: 数据}]\n"))
                                .file("notices/2024/sub/Figures.csv", "a,b\n1,2\n"),
                        "path-reserved");
        assertEquals("notices/2024/a.md:4:15", f.where().toString());
    }

    @Test
    void themeWithNulWasNulCharacterNotAllowed() {
        for (String theme : List.of("\"a\\0b\"", "../../../etc", "a/b")) {
            ContentTree t =
                    ContentTree.create()
                            .file("site.yaml", ContentTree.SITE_YAML + "theme: " + theme + "\n")
                            .file("notices/2024/a.md", notice(""));
            Finding f = refused(t, "theme-name");
            assertEquals("site.yaml:9:1", f.where().toString(), theme);
            assertTrue(f.message().contains("主题"), f.message());
        }
    }

    @Test
    void hostileIdsAreFindingsNotCrashes() {
        for (String id :
                List.of(
                        "a/b",
                        "../x",
                        "..",
                        "abc.",
                        "a".repeat(300),
                        "\"😀abc\"",
                        "\"a\\u200bb\"",
                        "\"a\\u0000b\"",
                        "con",
                        "feed.xml",
                        "sitemap.xml",
                        "search",
                        "村".repeat(34))) {
            ContentTree t =
                    ContentTree.create().file("notices/2024/a.md", notice("id: " + id + "\n"));
            Finding f = refused(t, "id-invalid");
            assertEquals("notices/2024/a.md:4:1", f.where().toString(), id);
        }
    }

    @Test
    void impossibleDatesHugeNumbersAndEmptyFilesAreFindings() {
        record Case(String path, String text, String rule) {}
        for (Case c :
                List.of(
                        new Case(
                                "notices/2024/a.md",
                                "---\ntitle: 通知\npublished: 2024-02-30\n---\n正文\n",
                                "date-invalid"),
                        new Case("notices/2024/a.md", "", "empty-file"),
                        new Case("notices/2024/a.md", "---\n---\n", "front-matter-empty"),
                        new Case(
                                "reports/r.md",
                                "---\ntitle: 年报\npublished: 2024-03-01\nyear: 99999999999999999999\n---\n正文\n",
                                "front-matter-type"),
                        new Case(
                                "decisions/2024/d.md",
                                "---\ntitle: 决策\npublished: 2024-03-01\nyear: 1e400\n---\n正文\n",
                                "front-matter-type"))) {
            refused(ContentTree.create().file(c.path(), c.text()), c.rule());
        }
    }

    @Test
    void hugeNumbersIn文号AndWithheldBasisWereNumberFormatException() {
        Finding docNumber =
                refused(
                        ContentTree.create()
                                .policy(
                                        "p",
                                        "2024-03-01",
                                        "doc_number: 安政发〔2024〕99999999999号\n",
                                        "正文。\n"),
                        "doc-number-format");
        assertTrue(docNumber.message().contains("格式不对"), docNumber.message());
        refused(
                ContentTree.create()
                        .policy(
                                "p",
                                "2024-03-01",
                                "doc_number: 安政发[2024]第000000099999999999号\n",
                                "正文。\n"),
                "doc-number-format");
        Finding basis =
                refused(
                        ContentTree.create()
                                .file(
                                        "notices/2024/a.md",
                                        notice(
                                                "disclosure: 不予公开\nwithheld_basis: 第99999999999条第99999999999款\n")),
                        "withheld-basis");
        assertEquals("notices/2024/a.md:5:1", basis.where().toString());
    }

    @Test
    void fortyThousandLetterWordWasAnImmenseTerm() throws Exception {
        String pasted = "iVBORw0KGgo" + "A".repeat(40_000);
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2024/a.md",
                                "---\ntitle: "
                                        + "标题".repeat(20_000)
                                        + "\npublished: 2024-03-01\n---\n"
                                        + "低保金发放 "
                                        + pasted
                                        + "\n")
                        .file("notices/2024/b.md", notice(""));
        BuildResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> t.build());
        assertTrue(r.written(), () -> r.findings().toString());
        try (SearchService s = SearchService.open(t.siteFolder())) {
            assertEquals("a", s.search("低保金", 10).get(0).id());
            assertEquals(
                    "a",
                    s.search(pasted, 10).get(0).id(),
                    "the pasted word finds its document by its cut term");
        }
        assertTrue(Files.isDirectory(t.siteFolder().resolve("notices/2024/a")));
    }
}
