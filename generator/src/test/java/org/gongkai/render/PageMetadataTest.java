package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.testing.Repo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Every page of the sample site carries the government-website metadata; document pages their
 * article's too.
 */
class PageMetadataTest {

    static final List<String> EVERY_PAGE =
            List.of(
                    "SiteName",
                    "SiteDomain",
                    "SiteIDCode",
                    "ColumnName",
                    "ColumnType",
                    "ColumnDescription",
                    "ColumnKeywords");
    static final List<String> DOCUMENT_PAGE =
            List.of("ArticleTitle", "PubDate", "ContentSource", "Keywords", "Description");

    /** A document's page: TYPE/YEAR/ID/index.html, or a fixed page pages/ID/index.html. */
    static final Pattern DOCUMENT =
            Pattern.compile(
                    "(policies|interpretations|decisions|consultations|notices|publicity)/\\d{4}/[^/]+/index\\.html|pages/[^/]+/index\\.html");

    @Test
    void everyPageHasTheSiteAndColumnTagsAndDocumentsTheirArticleTags() throws IOException {
        Path site = Repo.sampleSite();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 100, "only " + pages.size() + " pages");
        int documents = 0;
        for (Path p : pages) {
            String rel = site.relativize(p).toString().replace('\\', '/');
            Document html = Jsoup.parse(p.toFile(), "UTF-8");
            for (String name : EVERY_PAGE) {
                assertFalse(content(html, name).isBlank(), rel + " has no " + name);
            }
            if (DOCUMENT.matcher(rel).matches()) {
                documents++;
                for (String name : DOCUMENT_PAGE) {
                    assertFalse(content(html, name).isBlank(), rel + " has no " + name);
                }
            }
        }
        assertTrue(documents > 40, "only " + documents + " document pages");
    }

    @Test
    void aDocumentsTagsSayWhatItIs() throws IOException {
        Document d =
                Jsoup.parse(
                        Repo.sampleSite()
                                .resolve("policies/2024/anzhengfa-2024-6/index.html")
                                .toFile(),
                        "UTF-8");
        assertEquals("政策文件", content(d, "ColumnName"));
        assertEquals("www.anle.gov.cn", content(d, "SiteDomain"));
        assertEquals("3717230012", content(d, "SiteIDCode"));
        assertEquals(d.selectFirst("h1").text(), content(d, "ArticleTitle"));
        assertEquals("安乐镇人民政府", content(d, "ContentSource"));
        Document news = Jsoup.parse(Repo.sampleSite().resolve("news/index.html").toFile(), "UTF-8");
        assertEquals("工作动态", content(news, "ColumnName"));
        assertEquals("政务动态", content(news, "ColumnType"));
    }

    private static String content(Document html, String name) {
        var e = html.selectFirst("head meta[name=" + name + "]");
        return e == null ? "" : e.attr("content");
    }
}
