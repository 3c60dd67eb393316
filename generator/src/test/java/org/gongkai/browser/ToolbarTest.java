package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The 适老化 toolbar in Chromium: operated with Tab and Enter alone, focus always visible, every
 * setting carried to the next page and applied before its first paint (no layout shift), 朗读
 * speaking the main text in zh-CN, and without JavaScript the toolbar absent while every word of
 * the page is still there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToolbarTest {

    /**
     * Replaces speech output with a recorder, in every new document, before the page's scripts run.
     */
    private static final String SPEECH_RECORDER =
            "window.__spoken = [];"
                    + "if (window.speechSynthesis) {"
                    + "  speechSynthesis.speak = function (u) { window.__spoken.push(u.lang + '|' + u.text); };"
                    + "  speechSynthesis.cancel = function () { window.__spoken.push('cancel'); };"
                    + "}";

    private Path site;
    private SiteServer server;
    private ChromeDriver desktop;
    private String policy;

    @BeforeAll
    void start() throws Exception {
        site = Repo.sampleSite();
        server = SiteServer.forSite(site);
        desktop = Chromium.desktop();
        desktop.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument", Map.of("source", SPEECH_RECORDER));
        policy = PageTypes.of(site).get("policy");
    }

    @AfterAll
    void stop() {
        if (desktop != null) {
            desktop.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void freshSettings() {
        desktop.get(server.url("index.html"));
        Pages.clearSettings(desktop);
    }

    private void tab(int times) {
        Actions a = new Actions(desktop);
        for (int i = 0; i < times; i++) {
            a.sendKeys(Keys.TAB);
        }
        a.perform();
    }

    /**
     * Presses Tab until the control named {@code action} (or text) has focus; how many presses it
     * took.
     */
    private int tabTo(String action, int most) {
        for (int i = 1; i <= most; i++) {
            tab(1);
            if (action.equals(focused())) {
                return i;
            }
        }
        throw new AssertionError(action + " not reached in " + most + " presses of Tab");
    }

    private void enter() {
        new Actions(desktop).sendKeys(Keys.ENTER).perform();
    }

    private String focused() {
        return (String)
                Pages.js(
                        desktop,
                        "var e = document.activeElement;"
                                + "return e.getAttribute('data-action') || e.textContent.trim();");
    }

    private String htmlClasses() {
        return (String) Pages.js(desktop, "return document.documentElement.className");
    }

    private WebElement button(String action) {
        return desktop.findElement(By.cssSelector("#a11y-toolbar [data-action=" + action + "]"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> focusStyle() {
        return (Map<String, String>)
                Pages.js(
                        desktop,
                        "var s = getComputedStyle(document.activeElement);"
                                + "return {outline: s.outlineStyle + ' ' + s.outlineWidth, shadow: s.boxShadow, bg: s.backgroundColor};");
    }

    @Test
    void toolbarWorksWithTabAndEnterAloneAndFocusIsAlwaysVisible() {
        desktop.get(server.url(policy));
        tab(1);
        assertEquals("跳到正文", focused(), "the skip link comes first");
        WebElement skip = desktop.findElement(By.cssSelector(".skip-link"));
        assertTrue(
                skip.getRect().getX() >= 0 && skip.getRect().getWidth() > 0,
                "the skip link shows when focused");
        int navLinks = desktop.findElements(By.cssSelector(".site-nav a")).size();
        assertEquals(
                1 + navLinks + 1,
                tabTo("larger", 20),
                "Tab reaches 大字 right after the site name and the navigation (folded into 栏目 on a phone)");
        Map<String, String> ring = focusStyle();
        assertTrue(ring.get("outline").startsWith("solid"), "focus outline: " + ring);
        assertNotEquals("none", ring.get("shadow"), "focus halo: " + ring);
        enter();
        assertTrue(
                htmlClasses().contains("gk-fs1"),
                "Enter on 大字 enlarges the text: " + htmlClasses());
        assertEquals(
                "文字大小：较大",
                desktop.findElement(By.id("a11y-status")).getAttribute("textContent"),
                "a screen reader hears the new size");
        double rootPx =
                Double.parseDouble(
                        ((String)
                                        Pages.js(
                                                desktop,
                                                "return getComputedStyle(document.documentElement).fontSize"))
                                .replace("px", ""));
        assertEquals(20.0, rootPx, 0.01, "大字 one step: 18px → 20px");
        tab(2);
        assertEquals("contrast", focused());
        enter();
        assertEquals("true", button("contrast").getAttribute("aria-pressed"));
        assertTrue(htmlClasses().contains("gk-contrast"));
        assertTrue(focusStyle().get("outline").startsWith("solid"), "focus stays visible in 高对比");
        // every focusable thing in the header, crumbs and footer shows a ring that plain elements
        // do not have
        for (WebElement link :
                desktop.findElements(
                        By.cssSelector(".site-nav a, .crumbs a, .footer-links a, main a"))) {
            Pages.js(desktop, "arguments[0].blur()", link);
            String plain =
                    (String)
                            Pages.js(
                                    desktop,
                                    "return getComputedStyle(arguments[0]).outlineStyle",
                                    link);
            new Actions(desktop)
                    .sendKeys(Keys.SHIFT)
                    .perform(); // keyboard modality, so :focus-visible applies
            Pages.js(desktop, "arguments[0].focus()", link);
            String onFocus =
                    (String)
                            Pages.js(
                                    desktop,
                                    "return getComputedStyle(arguments[0]).outlineStyle",
                                    link);
            assertEquals("none", plain, link.getText());
            assertEquals("solid", onFocus, "no visible focus on " + link.getText());
        }
    }

    @Test
    void settingsSurviveAPageChangeAndApplyBeforeFirstPaint() {
        desktop.get(server.url(policy));
        button("larger").click();
        button("larger").click();
        button("contrast").click();
        button("cursor").click();
        assertEquals("false", button("smaller").getAttribute("aria-disabled"));
        desktop.findElement(By.cssSelector(".site-nav a[href$='index.html']")).click(); // 首页
        assertTrue(desktop.getCurrentUrl().endsWith("index.html"));
        assertTrue(
                htmlClasses().contains("gk-fs2") && htmlClasses().contains("gk-contrast"),
                htmlClasses());
        assertEquals("true", button("contrast").getAttribute("aria-pressed"));
        assertEquals("true", button("cursor").getAttribute("aria-pressed"));
        assertTrue(
                ((String)
                                Pages.js(
                                        desktop,
                                        "return getComputedStyle(document.querySelector('main')).cursor"))
                        .startsWith("url("),
                "大鼠标 carried to the next page");
        assertEquals(
                "22px",
                Pages.js(desktop, "return getComputedStyle(document.documentElement).fontSize"));
        assertEquals(
                0.0,
                Pages.layoutShift(desktop),
                0.0001,
                "the stored size was applied after the first paint");
        desktop.get(server.url(policy));
        assertEquals(0.0, Pages.layoutShift(desktop), 0.0001);
        button("smaller").click();
        button("smaller").click();
        assertEquals(
                "true",
                button("smaller").getAttribute("aria-disabled"),
                "18px is the floor: 小字 stops there");
        button("smaller").click();
        assertFalse(htmlClasses().contains("gk-fs"), htmlClasses());
        assertEquals(
                "18px",
                Pages.js(desktop, "return getComputedStyle(document.documentElement).fontSize"));
        for (int i = 0; i < 8; i++) {
            button("larger").click();
        }
        assertEquals("true", button("larger").getAttribute("aria-disabled"));
        assertEquals(
                "30px",
                Pages.js(desktop, "return getComputedStyle(document.documentElement).fontSize"),
                "the largest step is the 30px 适老化 asks for");
    }

    @Test
    @SuppressWarnings("unchecked")
    void readAloudSpeaksTheMainTextInChineseAndKeepsReadingOnTheNextPage() {
        desktop.get(server.url(policy));
        assertTrue(button("read").isDisplayed(), "朗读 shows where the browser can speak");
        String title = desktop.findElement(By.tagName("h1")).getText();
        tabTo("read", 20);
        enter();
        assertEquals("true", button("read").getAttribute("aria-pressed"));
        List<String> spoken = (List<String>) Pages.js(desktop, "return window.__spoken");
        assertTrue(
                spoken.contains("zh-CN|" + title),
                "first block read is the title, in zh-CN: " + spoken);
        assertTrue(
                spoken.stream().noneMatch(s -> s.contains("跳到正文") || s.contains("网站标识码")),
                "only the main text is read, not navigation or footer: " + spoken);
        assertTrue(
                desktop.findElement(By.tagName("h1")).getAttribute("class").contains("gk-reading"),
                "the block being read is marked");
        desktop.findElement(By.cssSelector(".site-nav a[href$='index.html']")).click();
        assertEquals(
                "true", button("read").getAttribute("aria-pressed"), "朗读 stays on across pages");
        String homeTitle = desktop.findElement(By.tagName("h1")).getText();
        spoken = (List<String>) Pages.js(desktop, "return window.__spoken");
        assertTrue(spoken.contains("zh-CN|" + homeTitle), "the next page is read too: " + spoken);
        button("read").click();
        assertEquals("false", button("read").getAttribute("aria-pressed"));
        spoken = (List<String>) Pages.js(desktop, "return window.__spoken");
        assertEquals(
                "cancel", spoken.get(spoken.size() - 1), "turning 朗读 off stops speech at once");
        assertTrue(desktop.findElements(By.cssSelector(".gk-reading")).isEmpty());
    }

    @Test
    void withoutJavaScriptEveryWordShowsAndTheToolbarIsAbsent() {
        ChromeDriver noJs = Chromium.phone(false);
        try {
            for (Map.Entry<String, String> page : PageTypes.of(site).entrySet()) {
                noJs.get(server.url(page.getValue()));
                desktop.get(server.url(page.getValue()));
                assertFalse(noJs.findElement(By.id("a11y-toolbar")).isDisplayed(), page.getKey());
                assertTrue(desktop.findElement(By.id("a11y-toolbar")).isDisplayed(), page.getKey());
                String without =
                        noJs.findElement(By.tagName("main")).getText().replaceAll("\\s+", "");
                String with =
                        desktop.findElement(By.tagName("main")).getText().replaceAll("\\s+", "");
                if (page.getKey().equals("search")) {
                    assertTrue(
                            without.contains("JavaScript"),
                            "the search page explains itself without JavaScript");
                    continue;
                }
                assertEquals(with, without, page.getKey() + ": text differs without JavaScript");
                assertTrue(without.length() > 20, page.getKey());
            }
        } finally {
            noJs.quit();
        }
    }
}
