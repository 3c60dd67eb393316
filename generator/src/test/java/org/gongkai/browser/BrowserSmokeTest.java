package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The harness itself: Debian's Chromium opens the built sample site served on 127.0.0.1. */
class BrowserSmokeTest {

    @Test
    void homePageOpensInHeadlessChromiumAtPhoneWidth() throws Exception {
        try (SiteServer server = new SiteServer(Repo.sampleSite())) {
            ChromeDriver driver = Chromium.phone(true);
            try {
                driver.get(server.url("index.html"));
                assertEquals(1, driver.findElements(By.tagName("h1")).size());
                assertEquals("zh-CN", driver.findElement(By.tagName("html")).getAttribute("lang"));
                Number width = (Number) driver.executeScript("return window.innerWidth");
                assertEquals(Chromium.PHONE_WIDTH, width.intValue());
                assertTrue(driver.findElement(By.id("main")).getText().contains("最新公开"));
            } finally {
                driver.quit();
            }
        }
    }
}
