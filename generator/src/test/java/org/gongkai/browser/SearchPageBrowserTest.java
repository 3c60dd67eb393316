package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gongkai.search.SearchQuery;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page on the sample site in headless Chromium at 360×740, served gzip like a static
 * host.
 */
class SearchPageBrowserTest {

    /**
     * Everything search downloads — its script, the manifest, shards, result metadata — gzip, in
     * bytes.
     */
    static long searchBytes(ChromeDriver driver) {
        Number n =
                (Number)
                        ((JavascriptExecutor) driver)
                                .executeScript(
                                        "return performance.getEntriesByType('resource')"
                                                + ".filter(function (e) { return /\\/search\\/|\\/search\\.[0-9a-f]+\\.js/.test(e.name); })"
                                                + ".reduce(function (s, e) { return s + e.encodedBodySize; }, 0)");
        return n.longValue();
    }

    static void search(ChromeDriver driver, String query) {
        WebElement q = driver.findElement(By.id("q"));
        q.clear();
        q.sendKeys(query, Keys.ENTER); // the keyboard submits; no click needed
    }

    static WebDriverWait waitFor(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @Test
    void residentsFindLowIncomeSupportWithHighlightsFiltersAndAnnouncedCounts() throws Exception {
        try (SiteServer server = new SiteServer(Repo.sampleSite())) {
            ChromeDriver driver = Chromium.phone(true);
            try {
                driver.get(server.url("search/index.html"));
                WebElement status = driver.findElement(By.id("search-status"));
                assertEquals("polite", status.getAttribute("aria-live"));
                waitFor(driver).until(d -> d.findElement(By.id("search-filters")).isDisplayed());

                search(driver, "低保");
                waitFor(driver).until(d -> status.getText().startsWith("找到"));
                List<WebElement> hits = driver.findElements(By.cssSelector("#search-list > li"));
                assertFalse(hits.isEmpty());
                assertTrue(status.getText().matches("找到 \\d+ 条结果.*"), status.getText());
                // the first title carries the query highlighted in <mark>, built from text nodes
                WebElement first = hits.get(0).findElement(By.cssSelector("h2 a"));
                assertTrue(first.getText().contains("低保"), first.getText());
                assertEquals("低保", first.findElement(By.tagName("mark")).getText());
                assertTrue(first.getAttribute("href").endsWith("/index.html"));
                assertTrue(
                        driver.getCurrentUrl().contains("?q="),
                        "the query is in the address, so it can be shared");
                // 有效性 labels on policies, from the build's derivation
                List<String> labels =
                        driver.findElements(By.cssSelector("#search-list .validity")).stream()
                                .map(WebElement::getText)
                                .toList();
                assertFalse(labels.isEmpty());
                assertTrue(
                        List.of("有效", "已修改", "已废止", "已失效", "尚未生效").containsAll(labels),
                        labels.toString());
                long bytes = searchBytes(driver);
                System.out.println(
                        "sample site, 低保: "
                                + bytes
                                + " bytes gzip for search, "
                                + hits.size()
                                + " shown");
                assertTrue(bytes < 80_000, "bytes for the first query " + bytes);

                // the same query again once the files are there: time from submit to results
                search(driver, "低保");
                waitFor(driver).until(d -> status.getText().startsWith("找到"));
                int ms =
                        Integer.parseInt(
                                driver.findElement(By.id("search-list")).getAttribute("data-ms"));
                System.out.println("sample site, 低保 with files cached: " + ms + " ms to results");
                assertTrue(ms < 1000, ms + " ms");

                // a filter narrows the list to one type
                new Select(driver.findElement(By.id("f-type"))).selectByVisibleText("公示公告");
                waitFor(driver)
                        .until(
                                d ->
                                        d.getCurrentUrl().contains("type=publicity")
                                                && status.getText().startsWith("找到"));
                List<WebElement> meta =
                        driver.findElements(By.cssSelector("#search-list .search-hit-meta"));
                assertFalse(meta.isEmpty());
                for (WebElement m : meta) {
                    assertTrue(m.getText().contains("公示公告"), m.getText());
                }
                new Select(driver.findElement(By.id("f-type"))).selectByIndex(0);

                // nothing found: say so, suggest the part that does find something, link the
                // categories
                search(driver, "低保秸秆禁烧");
                waitFor(driver).until(d -> status.getText().startsWith("没有找到"));
                assertTrue(driver.findElement(By.id("search-empty")).isDisplayed());
                WebElement suggestion = driver.findElement(By.cssSelector("#search-hint a"));
                assertEquals("低保", suggestion.getText());
                assertFalse(driver.findElements(By.cssSelector("#search-empty li a")).isEmpty());

                // a shared link with ?q= answers on load
                driver.get(
                        server.url(
                                "search/index.html?q="
                                        + URLEncoder.encode("安政发〔2022〕32号", "UTF-8")));
                waitFor(driver)
                        .until(
                                d ->
                                        d.findElement(By.id("search-status"))
                                                .getText()
                                                .startsWith("找到"));
                assertTrue(
                        driver.findElement(By.cssSelector("#search-list > li"))
                                .getText()
                                .contains("安政发〔2022〕32号"));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> errors =
                        (List<Map<String, Object>>)
                                driver.executeScript(
                                        "return performance.getEntriesByType('resource').filter(function (e) { return e.responseStatus >= 400; })"
                                                + ".map(function (e) { return {name: e.name}; })");
                assertEquals(List.of(), errors);
            } finally {
                driver.quit();
            }
        }
    }

    @Test
    void aPastedPassageIsSearchedByItsFirst32TermsAndThePageSaysSo() throws Exception {
        String passage =
                "根据安乐镇最低生活保障和特困人员救助供养审核确认实施办法，现将西河村城乡低保金发放结果予以公示。".repeat(10)
                        + " iVBORw0KGgo"
                        + "A".repeat(5_000);
        try (SiteServer server = new SiteServer(Repo.sampleSite())) {
            ChromeDriver driver = Chromium.phone(true);
            try {
                driver.get(
                        server.url("search/index.html?q=" + URLEncoder.encode(passage, "UTF-8")));
                WebElement status = driver.findElement(By.id("search-status"));
                waitFor(driver).until(d -> status.getText().contains("找到"));
                assertTrue(status.getText().startsWith(SearchQuery.CUT_NOTE), status.getText());
                assertTrue(
                        status.getText().length() < 200,
                        "the status does not repeat the whole passage: " + status.getText());

                search(driver, "低保");
                waitFor(driver).until(d -> status.getText().startsWith("找到"));
                assertFalse(status.getText().contains("检索词太长"), "a short query has no note");
            } finally {
                driver.quit();
            }
        }
    }

    @Test
    void withoutJavaScriptThePageExplainsHowToBrowseInstead() throws Exception {
        try (SiteServer server = new SiteServer(Repo.sampleSite())) {
            ChromeDriver driver = Chromium.phone(false);
            try {
                driver.get(server.url("search/index.html"));
                String text = driver.findElement(By.id("main")).getText();
                assertTrue(text.contains("本页搜索需要浏览器启用 JavaScript"), text);
                List<WebElement> links = driver.findElements(By.cssSelector(".search-noscript a"));
                assertTrue(links.size() >= 3, "links to the category pages: " + links.size());
                assertTrue(
                        links.stream()
                                .anyMatch(
                                        a ->
                                                a.getAttribute("href")
                                                        .endsWith("sitemap/index.html")));
                assertFalse(driver.findElement(By.id("search-filters")).isDisplayed());
            } finally {
                driver.quit();
            }
        }
    }
}
