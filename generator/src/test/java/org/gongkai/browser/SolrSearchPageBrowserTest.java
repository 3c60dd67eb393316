package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.search.PublishManifest;
import org.gongkai.testing.Repo;
import org.gongkai.testing.Trees;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The search page of a site naming search_solr, in headless Chromium: it asks the collection's
 * /select on its own host with the query, renders the answer as the static search renders its hits,
 * and when the collection cannot be reached says so and sends the reader to the 目录. The host here
 * answers /select with a Solr response written from the site's own publish manifest (the engine
 * itself is tested in the solr module).
 */
class SolrSearchPageBrowserTest {

    static final String SELECT = "solr/zcwjk/select";

    @Test
    void theSearchPageAsksSolrAndFallsBackToTheCatalogWhenItCannot() throws Exception {
        Path content = Files.createTempDirectory("gongkai-solr-page-").resolve("content");
        Trees.copy(Repo.content(), content);
        Files.writeString(
                content.resolve("site.yaml"),
                "\nsearch_solr: /" + SELECT + "\n",
                StandardOpenOption.APPEND);
        Path site = content.resolveSibling("site");
        BuildResult built = SiteBuilder.build(BuildConfig.of(content, site, Repo.AS_OF));
        assertTrue(built.written(), built.findings().toString());

        List<PublishManifest.Entry> hits =
                PublishManifest.read(site).orElseThrow().stream()
                        .filter(e -> e.title().contains("低保"))
                        .toList();
        assertFalse(hits.isEmpty());
        ObjectMapper json = new ObjectMapper();
        ObjectNode response = json.createObjectNode();
        ObjectNode body = response.putObject("response");
        body.put("numFound", hits.size());
        ArrayNode docs = body.putArray("docs");
        for (PublishManifest.Entry e : hits) {
            docs.addObject()
                    .put("id", "site/" + e.id())
                    .put("column", "site")
                    .put("url", e.url())
                    .put("meta", json.writeValueAsString(e.meta()));
        }
        Path select = site.resolve(SELECT);
        Files.createDirectories(select.getParent());
        Files.writeString(select, json.writeValueAsString(response));

        try (SiteServer server = new SiteServer(site)) {
            ChromeDriver driver = Chromium.phone(true);
            try {
                driver.get(server.url("search/index.html"));
                WebElement status = driver.findElement(By.id("search-status"));
                SearchPageBrowserTest.search(driver, "低保");
                SearchPageBrowserTest.waitFor(driver).until(d -> status.getText().startsWith("找到"));
                assertEquals(
                        "找到 " + hits.size() + " 条结果" + (hits.size() > 10 ? "，先显示前 10 条" : "") + "。",
                        status.getText());
                List<WebElement> shown =
                        driver.findElements(By.cssSelector("#search-list > li h2 a"));
                assertEquals(Math.min(10, hits.size()), shown.size());
                assertEquals(hits.get(0).title(), shown.get(0).getText());
                assertEquals("低保", shown.get(0).findElement(By.tagName("mark")).getText());
                assertTrue(
                        shown.get(0).getAttribute("href").endsWith("/" + hits.get(0).url()),
                        shown.get(0).getAttribute("href"));
                Object asked =
                        ((JavascriptExecutor) driver)
                                .executeScript(
                                        "return performance.getEntriesByType('resource')"
                                                + ".map(function (e) { return e.name; }).filter(function (n) { return n.indexOf('/solr/') >= 0; })");
                assertEquals(List.of(server.url(SELECT + "?q=%E4%BD%8E%E4%BF%9D")), asked);

                Files.delete(select);
                SearchPageBrowserTest.search(driver, "救助");
                SearchPageBrowserTest.waitFor(driver)
                        .until(d -> status.getText().startsWith("搜索服务暂时无法连接"));
                assertTrue(driver.findElement(By.id("search-empty")).isDisplayed());
                WebElement catalog = driver.findElement(By.cssSelector("#search-hint a"));
                assertEquals("政府信息公开目录", catalog.getText());
                assertTrue(
                        catalog.getAttribute("href").endsWith("/mulu/index.html"),
                        catalog.getAttribute("href"));
                assertTrue(driver.findElements(By.cssSelector("#search-list > li")).isEmpty());
            } finally {
                driver.quit();
            }
        }
    }
}
