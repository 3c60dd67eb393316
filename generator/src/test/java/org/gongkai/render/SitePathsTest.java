package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gongkai.content.DocumentType;
import org.junit.jupiter.api.Test;

/**
 * Where pages live: every page is its folder's index.html, and page N of a list is page/N/ under
 * the list's folder. These paths are the site's public addresses, so a change here breaks every
 * link and bookmark from outside.
 */
class SitePathsTest {

    @Test
    void aListsFirstPageIsItsFolderAndLaterPagesArePageN() {
        assertEquals("mulu/index.html", SitePaths.catalog(1));
        assertEquals(SitePaths.CATALOG, SitePaths.catalog(0));
        assertEquals("mulu/page/2/index.html", SitePaths.catalog(2));
        assertEquals("policies/index.html", SitePaths.list(DocumentType.POLICY, 1));
        assertEquals("policies/page/12/index.html", SitePaths.list(DocumentType.POLICY, 12));
        assertEquals("news/index.html", SitePaths.newsList(1));
        assertEquals("news/page/3/index.html", SitePaths.newsList(3));
        assertEquals("topics/综合政务/政务公开/index.html", SitePaths.term("topics", "综合政务/政务公开", 1));
        assertEquals(
                "topics/综合政务/政务公开/page/2/index.html", SitePaths.term("topics", "综合政务/政务公开", 2));
    }

    @Test
    void fixedPagesAndArchivesAreTheirFoldersIndex() {
        assertEquals("index.html", SitePaths.HOME);
        assertEquals("search/index.html", SitePaths.SEARCH);
        assertEquals("sitemap/index.html", SitePaths.SITEMAP_PAGE);
        assertEquals("help/index.html", SitePaths.HELP);
        assertEquals("topics/index.html", SitePaths.termIndex("topics"));
        assertEquals("news/2025/index.html", SitePaths.newsYear(2025));
        assertEquals("policies/2024/index.html", SitePaths.yearArchive(DocumentType.POLICY, 2024));
    }

    @Test
    void aPagesPublicAddressIsItsFolder() {
        assertEquals(
                "https://www.anle.gov.cn/xxgk/policies/2024/",
                SitePaths.absolute("https://www.anle.gov.cn/xxgk", "policies/2024/index.html"));
        assertEquals(
                "https://www.anle.gov.cn/xxgk/",
                SitePaths.absolute("https://www.anle.gov.cn/xxgk/", SitePaths.HOME));
        assertEquals(
                "https://www.anle.gov.cn/xxgk/feed.xml",
                SitePaths.absolute("https://www.anle.gov.cn/xxgk/", SitePaths.FEED));
    }
}
