package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.platform.PlatformBuilder;
import org.gongkai.platform.PlatformConfig;
import org.gongkai.platform.PlatformResult;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The sample platform (platform/) in headless Chromium at 360×740: its home, the policy library's filters, columns. */
class PlatformBrowserTest {

    static Path out;

    @BeforeAll
    static void build() throws IOException {
        out = Files.createTempDirectory("gongkai-platform-").resolve("site");
        PlatformResult r = PlatformBuilder.build(PlatformConfig.of(Repo.root().resolve("platform"), out, Repo.AS_OF));
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
                List<String> groups = phone.findElements(By.cssSelector("main h2")).stream().map(WebElement::getText).toList();
                assertEquals(List.of("县政府", "乡镇/街道", "最新公开"), groups);
                phone.findElement(By.linkText("安乐镇人民政府")).click();
                assertTrue(phone.getCurrentUrl().endsWith("/anle/index.html"), phone.getCurrentUrl());
                assertEquals("安乐镇人民政府 政府信息公开专栏", phone.findElement(By.tagName("h1")).getText());
                assertEquals(List.of(), AxeAudit.wcag21aa(phone), "a column's home inside the platform's chrome");
                Pages.screenshot(phone, "platform-column-phone");
                phone.findElement(By.cssSelector("nav.platform-bar")).findElement(By.partialLinkText("临河县人民政府 政府信息公开"))
                        .click();
                assertTrue(phone.getCurrentUrl().endsWith("/index.html") && !phone.getCurrentUrl().contains("/anle/"),
                        phone.getCurrentUrl());
                phone.get(server.url("zcwjk/yxx/valid/index.html"));
                assertEquals(List.of(), AxeAudit.wcag21aa(phone), "a policy library page with its filters");
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
                WebElement repealed = validity.findElement(By.cssSelector("a[href$='yxx/repealed/index.html']"));
                follow(phone, repealed);
                assertTrue(phone.findElement(By.tagName("h1")).getText().contains("有效性：已废止"));
                List<String> labels = phone.findElements(By.cssSelector("ul.doc-list .validity")).stream()
                        .map(WebElement::getText).toList();
                assertFalse(labels.isEmpty());
                assertTrue(labels.stream().allMatch(l -> l.endsWith("已废止")), labels::toString);
                assertEquals("page", phone.findElement(By.partialLinkText("已废止")).getAttribute("aria-current"));
                // by 发布机构, then into the column's own page of the first entry
                assertEquals(null, phone.findElement(By.xpath("//nav[@aria-label='按发布机构筛选']/ancestor::details"))
                        .getDomAttribute("open"), "the filters not applied stay folded");
                follow(phone, phone.findElement(By.cssSelector("nav[aria-label='按发布机构筛选'] a[href$='jg/anle/index.html']")));
                WebElement first = phone.findElement(By.cssSelector("ul.doc-list a.doc-title"));
                String title = first.getText();
                follow(phone, first);
                assertTrue(phone.getCurrentUrl().contains("/anle/policies/"), phone.getCurrentUrl());
                assertEquals(title, phone.findElement(By.tagName("h1")).getText());
            } finally {
                phone.quit();
            }
        }
    }

    /** A link followed as a resident without script does: its address, resolved against the page's. */
    private static void follow(ChromeDriver driver, WebElement link) {
        driver.get(java.net.URI.create(driver.getCurrentUrl()).resolve(link.getDomAttribute("href")).toString());
    }
}
