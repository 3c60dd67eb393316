package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.testing.Repo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 目录's downloads and site.yaml's search_endpoint, on the sample content. */
class CatalogTest {

    @Test
    void csvCellsThatASpreadsheetWouldRunAsAFormulaGetALeadingQuote() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CatalogFiles.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", CatalogFiles.cell("+1"));
        assertEquals("'-5", CatalogFiles.cell("-5"));
        assertEquals("'@SUM(A1)", CatalogFiles.cell("@SUM(A1)"));
        assertEquals("'\tx", CatalogFiles.cell("\tx"));
        assertEquals("\"'\rx\"", CatalogFiles.cell("\rx"));
        assertEquals("\"a,b\"", CatalogFiles.cell("a,b"));
        assertEquals("安乐镇", CatalogFiles.cell("安乐镇"));
    }

    @Test
    void theSampleCatalogHasEveryPublishedDocumentWithItsSummary() throws IOException {
        Path site = Repo.sampleSite();
        String csv = Files.readString(site.resolve("mulu/mulu.csv"));
        assertTrue(csv.startsWith("\uFEFF索引号,名称,内容概述,发布机构,生成日期,链接\r\n"));
        assertTrue(csv.contains("安乐镇人民政府办公室关于印发2022年政务公开工作要点的通知"));
        Document first = Jsoup.parse(site.resolve("mulu/index.html").toFile(), "UTF-8");
        assertEquals(Catalog.PAGE_SIZE, first.select("table.mulu tbody tr").size());
        assertEquals("政府信息公开目录", first.selectFirst("h1").text());
        assertTrue(Files.isRegularFile(site.resolve("mulu/page/2/index.html")));
    }

    @Test
    void theJsonHoldsTheCsvsRowsAsObjectsInTheColumnsOrder() throws IOException {
        Path site = Repo.sampleSite();
        List<String> csv = Files.readAllLines(site.resolve("mulu/mulu.csv"));
        List<Map<String, String>> rows =
                new ObjectMapper()
                        .readValue(
                                site.resolve("mulu/mulu.json").toFile(),
                                new TypeReference<List<Map<String, String>>>() {});
        assertEquals(csv.size() - 1, rows.size());
        for (Map<String, String> row : rows) {
            assertEquals(Catalog.COLUMNS, List.copyOf(row.keySet()));
        }
        // the first row's cells, as the CSV writes them, equal the JSON's values
        List<String> cells = rows.get(0).values().stream().map(CatalogFiles::cell).toList();
        assertEquals(csv.get(1), String.join(",", cells));
        assertTrue(Files.readString(site.resolve("mulu/mulu.json")).startsWith("[{\"索引号\":\""));
    }

    @Test
    void aSearchEndpointBecomesTheFormsActionAndAnHttpsHostTheCspsFormAction(@TempDir Path tmp)
            throws IOException {
        Document https = searchPage(tmp.resolve("a"), "https://search.anle.gov.cn/xxgk/search");
        assertEquals(
                "https://search.anle.gov.cn/xxgk/search",
                https.selectFirst("#search-form").attr("action"));
        assertTrue(
                https.selectFirst("meta[http-equiv=Content-Security-Policy]")
                        .attr("content")
                        .endsWith("form-action 'self' https://search.anle.gov.cn"));
        Document path = searchPage(tmp.resolve("b"), "/xxgk/search");
        assertEquals("/xxgk/search", path.selectFirst("#search-form").attr("action"));
        assertTrue(
                path.selectFirst("meta[http-equiv=Content-Security-Policy]")
                        .attr("content")
                        .endsWith("form-action 'self'"));
        for (String bad :
                new String[] {
                    "http://search.anle.gov.cn/",
                    "//evil.example/s",
                    "javascript:alert(1)",
                    "search"
                }) {
            BuildResult r = build(tmp.resolve("bad" + Integer.toHexString(bad.hashCode())), bad);
            assertFalse(r.written(), bad + " accepted");
            assertTrue(
                    r.findings().stream()
                            .anyMatch(
                                    f ->
                                            f.ruleId().equals("site-config")
                                                    && f.message().contains("search_endpoint")),
                    r.findings().toString());
        }
    }

    private static Document searchPage(Path dir, String endpoint) throws IOException {
        BuildResult r = build(dir, endpoint);
        assertTrue(r.written(), r.findings().toString());
        return Jsoup.parse(dir.resolve("site/search/index.html").toFile(), "UTF-8");
    }

    private static BuildResult build(Path dir, String endpoint) throws IOException {
        Path content = dir.resolve("content");
        try (Stream<Path> files = Files.walk(Repo.content())) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path t = content.resolve(Repo.content().relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        Files.writeString(
                content.resolve("site.yaml"),
                Files.readString(content.resolve("site.yaml"))
                        + "\nsearch_endpoint: '"
                        + endpoint
                        + "'\n");
        return SiteBuilder.build(BuildConfig.of(content, dir.resolve("site"), Repo.AS_OF));
    }
}
