package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gongkai.platform.PlatformBuilder;
import org.gongkai.platform.PlatformConfig;
import org.gongkai.platform.PlatformResult;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample platform (platform/) in headless Chromium at 360×740: its home, the policy library's
 * filters, its search, columns.
 */
class PlatformBrowserTest {

    static Path out;

    @BeforeAll
    static void build() throws IOException {
        out = Files.createTempDirectory("gongkai-platform-").resolve("site");
        PlatformResult r =
                PlatformBuilder.build(
                        PlatformConfig.of(Repo.root().resolve("platform"), out, Repo.AS_OF));
        assertTrue(r.written(), r.findings()::toString);
    }

    @Test
    void residentsGoFromThePlatformHomeToATownshipAndBack() throws Exception {
        try (SiteServer server = new SiteServer(out)) {
            ChromeDriver phone = Chromium.phone(true);
            try {
                phone.get(server.url("index.html"));
                assertEquals(List.of(), AxeAudit.wcag21aa(phone), "platform home");
                Pages.screenshot(phone, "platform-home-phone");
                List<String> groups =
                        phone.findElements(By.cssSelector("main h2")).stream()
                                .map(WebElement::getText)
                                .toList();
                assertEquals(List.of("县政府", "乡镇/街道", "最新公开"), groups);
                phone.findElement(By.linkText("安乐镇人民政府")).click();
                assertTrue(
                        phone.getCurrentUrl().endsWith("/anle/index.html"), phone.getCurrentUrl());
                assertEquals("安乐镇人民政府 政府信息公开专栏", phone.findElement(By.tagName("h1")).getText());
                assertEquals(
                        List.of(),
                        AxeAudit.wcag21aa(phone),
                        "a column's home inside the platform's chrome");
                Pages.screenshot(phone, "platform-column-phone");
                phone.findElement(By.cssSelector("nav.platform-bar"))
                        .findElement(By.partialLinkText("临河县人民政府 政府信息公开"))
                        .click();
                assertTrue(
                        phone.getCurrentUrl().endsWith("/index.html")
                                && !phone.getCurrentUrl().contains("/anle/"),
                        phone.getCurrentUrl());
                phone.get(server.url("zcwjk/yxx/valid/index.html"));
                assertEquals(
                        List.of(),
                        AxeAudit.wcag21aa(phone),
                        "a policy library page with its filters");
            } finally {
                phone.quit();
            }
        }
    }

    @Test
    void thePolicyLibrarysFiltersWorkWithoutJavaScriptAndLeadToTheColumnsPage() throws Exception {
        try (SiteServer server = new SiteServer(out)) {
            ChromeDriver phone = Chromium.phone(false);
            try {
                phone.get(server.url("zcwjk/index.html"));
                Pages.screenshot(phone, "platform-library-phone");
                WebElement validity = phone.findElement(By.cssSelector("nav[aria-label='按有效性筛选']"));
                WebElement repealed =
                        validity.findElement(By.cssSelector("a[href$='yxx/repealed/index.html']"));
                follow(phone, repealed);
                assertTrue(phone.findElement(By.tagName("h1")).getText().contains("有效性：已废止"));
                List<String> labels =
                        phone.findElements(By.cssSelector("ul.doc-list .validity")).stream()
                                .map(WebElement::getText)
                                .toList();
                assertFalse(labels.isEmpty());
                assertTrue(labels.stream().allMatch(l -> l.endsWith("已废止")), labels::toString);
                assertEquals(
                        "page",
                        phone.findElement(By.partialLinkText("已废止")).getAttribute("aria-current"));
                // by 发布机构, then into the column's own page of the first entry
                assertEquals(
                        null,
                        phone.findElement(
                                        By.xpath("//nav[@aria-label='按发布机构筛选']/ancestor::details"))
                                .getDomAttribute("open"),
                        "the filters not applied stay folded");
                follow(
                        phone,
                        phone.findElement(
                                By.cssSelector(
                                        "nav[aria-label='按发布机构筛选'] a[href$='jg/anle/index.html']")));
                WebElement first = phone.findElement(By.cssSelector("ul.doc-list a.doc-title"));
                String title = first.getText();
                follow(phone, first);
                assertTrue(
                        phone.getCurrentUrl().contains("/anle/policies/"), phone.getCurrentUrl());
                assertEquals(title, phone.findElement(By.tagName("h1")).getText());
            } finally {
                phone.quit();
            }
        }
    }

    @Test
    void theUnifiedSearchFindsEveryColumnsDocumentsAndItsColumnFilterNarrowsToOne()
            throws Exception {
        try (SiteServer server = new SiteServer(out)) {
            ChromeDriver phone = Chromium.phone(true);
            try {
                phone.get(server.url("index.html"));
                follow(phone, phone.findElement(By.cssSelector("a[href$='search/index.html']")));
                WebDriverWait wait = new WebDriverWait(phone, Duration.ofSeconds(20));
                wait.until(d -> d.findElement(By.id("search-filters")).isDisplayed());
                assertEquals(List.of(), AxeAudit.wcag21aa(phone), "the platform's search page");
                Select column = new Select(phone.findElement(By.id("f-column")));
                assertEquals("全部栏目", column.getFirstSelectedOption().getText());
                assertEquals(
                        List.of("县政府", "乡镇/街道"),
                        phone.findElements(By.cssSelector("#f-column optgroup")).stream()
                                .map(g -> g.getAttribute("label"))
                                .toList(),
                        "columns grouped by kind");
                WebElement status = phone.findElement(By.id("search-status"));
                phone.findElement(By.id("q")).sendKeys("低保", Keys.ENTER);
                wait.until(d -> status.getText().startsWith("找到"));
                List<String> from = columnsOfHits(phone);
                assertTrue(
                        from.contains("安乐镇人民政府") && from.stream().distinct().count() > 1,
                        "all columns searched: " + from);
                Pages.screenshot(phone, "platform-search-phone");

                column.selectByVisibleText("东风镇人民政府");
                wait.until(
                        d ->
                                d.getCurrentUrl().contains("column=dongfeng")
                                        && status.getText().startsWith("找到"));
                assertEquals(List.of("东风镇人民政府"), columnsOfHits(phone).stream().distinct().toList());
                WebElement first = phone.findElement(By.cssSelector("#search-list > li h2 a"));
                String title = first.getText();
                first.click();
                assertTrue(phone.getCurrentUrl().contains("/dongfeng/"), phone.getCurrentUrl());
                assertEquals(title, phone.findElement(By.tagName("h1")).getText());

                // the filter in the address: a township's own name found only in its own column
                phone.get(
                        server.url(
                                "search/index.html?q="
                                        + URLEncoder.encode("东风镇", StandardCharsets.UTF_8)
                                        + "&column=anle"));
                WebElement again = phone.findElement(By.id("search-status"));
                wait.until(d -> again.getText().startsWith("没有找到"));
                assertEquals(
                        "安乐镇人民政府",
                        new Select(phone.findElement(By.id("f-column")))
                                .getFirstSelectedOption()
                                .getText());
                new Select(phone.findElement(By.id("f-column"))).selectByIndex(0);
                wait.until(d -> again.getText().startsWith("找到"));
                assertTrue(
                        columnsOfHits(phone).contains("东风镇人民政府"), columnsOfHits(phone)::toString);
            } finally {
                phone.quit();
            }
        }
    }

    @Test
    void withoutJavaScriptThePlatformSearchLeadsToThePolicyLibraryAndEachColumnsCatalogue()
            throws Exception {
        try (SiteServer server = new SiteServer(out)) {
            ChromeDriver phone = Chromium.phone(false);
            try {
                phone.get(server.url("search/index.html"));
                WebElement fallback = phone.findElement(By.cssSelector(".search-noscript"));
                assertTrue(fallback.isDisplayed());
                assertEquals(
                        4,
                        fallback.findElements(By.cssSelector("a[href$='mulu/index.html']")).size(),
                        "one per column");
                follow(phone, fallback.findElement(By.cssSelector("a[href$='zcwjk/index.html']")));
                assertTrue(
                        phone.getCurrentUrl().endsWith("/zcwjk/index.html"), phone.getCurrentUrl());
            } finally {
                phone.quit();
            }
        }
    }

    private static List<String> columnsOfHits(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("#search-list .search-hit-column")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /**
     * A link followed as a resident without script does: its address, resolved against the page's.
     */
    private static void follow(ChromeDriver driver, WebElement link) {
        driver.get(
                URI.create(driver.getCurrentUrl())
                        .resolve(link.getDomAttribute("href"))
                        .toString());
    }
}
