package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gongkai.build.BuildConfig;
import org.gongkai.preview.LivePreview;
import org.gongkai.testing.Repo;
import org.gongkai.testing.SmallSite;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser, under the site's own Content-Security-Policy, a saved edit reloads the open
 * page.
 */
class PreviewReloadTest {

    @Test
    void theOpenPageReloadsItselfAfterAnEditAndShowsErrorsInPlace() throws Exception {
        SmallSite s = SmallSite.create();
        BuildConfig config = BuildConfig.of(s.content(), s.root().resolve("preview"), Repo.AS_OF);
        try (LivePreview live = LivePreview.start(config, 0, line -> {})) {
            ChromeDriver driver = Chromium.desktop();
            try {
                driver.get(live.uri() + "notices/2026/tzgg-2026-01/");
                assertTrue(
                        driver.findElement(By.tagName("h1")).getText().contains("森林防火期野外用火管控的通告"));
                driver.executeScript("window.gongkaiBeforeEdit = true;");
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
                // the page reloads itself: an element found just before the reload is gone when it
                // is read
                wait.ignoring(StaleElementReferenceException.class);

                Path notice = s.content().resolve("notices/2026/tzgg-2026-01.md");
                String text = Files.readString(notice);
                Files.writeString(
                        notice,
                        text.replace("title: 安乐镇关于森林防火期野外用火管控的通告", "title: 森林防火期用火管控通告（改）"));
                wait.until(d -> d.findElement(By.tagName("h1")).getText().contains("（改）"));
                assertEquals(
                        false,
                        driver.executeScript("return window.gongkaiBeforeEdit === true;"),
                        "the page was reloaded, not patched");

                Files.writeString(notice, text.replace("published: 2026-10-28", "published: 十月"));
                wait.until(d -> !d.findElements(By.id("gongkai-errors")).isEmpty());
                assertTrue(
                        driver.findElement(By.tagName("main"))
                                .getText()
                                .contains("notices/2026/tzgg-2026-01.md:3:"));

                Files.writeString(notice, text);
                wait.until(
                        d ->
                                d.findElements(By.id("gongkai-errors")).isEmpty()
                                        && d.findElement(By.tagName("h1"))
                                                .getText()
                                                .contains("森林防火期野外用火管控的通告"));
            } finally {
                driver.quit();
            }
        }
    }
}
