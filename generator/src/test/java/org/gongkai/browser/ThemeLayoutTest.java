package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The 适老化 numbers measured in the rendered page: body text ≥ 18px with line height ≥ 1.5 on a
 * phone, lines ≤ 35 characters on a wide screen, targets ≥ 44×44, nothing moving, and a print
 * layout that keeps the document and its metadata and drops the navigation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemeLayoutTest {

    private SiteServer server;
    private ChromeDriver phone;
    private Map<String, String> pages;

    @BeforeAll
    void start() throws Exception {
        Path site = Repo.sampleSite();
        server = SiteServer.forSite(site);
        phone = Chromium.phone(true);
        pages = PageTypes.of(site);
    }

    @AfterAll
    void stop() {
        if (phone != null) {
            phone.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static double px(ChromeDriver d, WebElement e, String property) {
        String v =
                (String)
                        Pages.js(
                                d,
                                "return getComputedStyle(arguments[0])[arguments[1]]",
                                e,
                                property);
        return Double.parseDouble(v.replace("px", ""));
    }

    @Test
    void bodyTextIsAtLeast18pxWithLineHeightAtLeast1point5OnAPhone() {
        for (String kind : List.of("policy", "page", "home", "list")) {
            phone.get(server.url(pages.get(kind)));
            List<WebElement> text =
                    phone.findElements(
                            By.cssSelector(
                                    "main .body p, main .body li, main .doc-list a, "
                                            + "main td, main .link-list a"));
            assertTrue(text.size() > 3, kind + ": no body text found");
            for (WebElement e : text) {
                double size = px(phone, e, "fontSize");
                double line = px(phone, e, "lineHeight");
                assertTrue(size >= 18, kind + ": " + size + "px text: " + e.getText());
                assertTrue(
                        line / size >= 1.5,
                        kind + ": line height " + line / size + " for " + e.getText());
            }
        }
    }

    @Test
    void toolbarButtonsNavigationAndListLinksAreAtLeast44By44() {
        for (String kind :
                List.of(
                        "policy",
                        "home",
                        "year-archive",
                        "sitemap",
                        "topic-index",
                        "catalog",
                        "help")) {
            phone.get(server.url(pages.get(kind)));
            List<WebElement> targets =
                    new ArrayList<>(
                            phone.findElements(
                                    By.cssSelector(
                                            "#a11y-toolbar button, .head summary, .site-nav a, .crumbs a, .site-footer a, .years a, .pager a, "
                                                    + ".doc-list a, .link-list a, .terms a, .attachments a, .more a, .brand a")));
            targets.removeIf(
                    t -> !t.isDisplayed()); // 大鼠标 is hidden on touch screens, which have no cursor
            assertTrue(targets.size() >= 10, kind);
            for (WebElement t : targets) {
                Rectangle r = t.getRect();
                assertTrue(
                        r.getWidth() >= 44 && r.getHeight() >= 44,
                        kind
                                + ": target "
                                + r.getWidth()
                                + "×"
                                + r.getHeight()
                                + " for “"
                                + t.getText()
                                + "”");
            }
        }
    }

    @Test
    void theLargeCursorButtonIsOfferedOnlyWhereThereIsAMouse() {
        phone.get(server.url(pages.get("home")));
        assertTrue(
                !phone.findElement(By.cssSelector("[data-action=cursor]")).isDisplayed(),
                "大鼠标 on a touch screen");
        assertTrue(phone.findElement(By.cssSelector("[data-action=larger]")).isDisplayed());
    }

    @Test
    void linesHoldAtMost35CharactersOnAWideScreen() {
        ChromeDriver desktop = Chromium.desktop();
        try {
            desktop.get(server.url(pages.get("policy")));
            WebElement p = desktop.findElement(By.cssSelector("main .body p"));
            double chars = p.getRect().getWidth() / px(desktop, p, "fontSize");
            assertTrue(chars <= 35.5 && chars >= 30, "a line holds " + chars + " characters");
            assertTrue(
                    desktop.findElement(By.cssSelector("[data-action=cursor]")).isDisplayed(),
                    "大鼠标 is offered where there is a mouse (MIIT: 特大鼠标 on desktop sites)");
        } finally {
            desktop.quit();
        }
    }

    @Test
    void nothingAnimatesAndNothingPopsUp() {
        Pages.emulate(phone, "", Map.of("prefers-reduced-motion", "reduce"));
        try {
            for (String kind : List.of("home", "policy")) {
                phone.get(server.url(pages.get(kind)));
                Object moving =
                        Pages.js(
                                phone,
                                "return Array.prototype.filter.call(document.querySelectorAll('*'),"
                                        + "function (e) { var s = getComputedStyle(e); return s.animationName !== 'none'"
                                        + " || parseFloat(s.transitionDuration) > 0 || s.position === 'fixed'; }).length"
                                        + " + document.getAnimations().length + document.querySelectorAll('dialog,iframe,marquee').length");
                assertEquals(
                        0L,
                        moving,
                        kind + ": something animates, is fixed over the page, or pops up");
            }
        } finally {
            Pages.emulate(phone, "", Map.of());
        }
    }

    @Test
    void aDocumentPrintsWithItsMetadataAndWithoutNavigation() {
        phone.get(server.url(pages.get("policy")));
        Pages.emulate(phone, "print", Map.of("prefers-color-scheme", "dark"));
        try {
            for (String hidden :
                    List.of(
                            ".site-header",
                            ".site-nav",
                            "#a11y-toolbar",
                            ".crumbs",
                            ".site-footer")) {
                assertEquals(
                        "none",
                        Pages.js(
                                phone,
                                "return getComputedStyle(document.querySelector(arguments[0])).display",
                                hidden),
                        hidden + " prints");
            }
            assertTrue(
                    phone.findElement(By.cssSelector("table.meta")).isDisplayed(),
                    "metadata table does not print");
            assertTrue(phone.findElement(By.cssSelector(".body")).isDisplayed());
            assertEquals(
                    "rgb(0, 0, 0)",
                    Pages.js(phone, "return getComputedStyle(document.querySelector('h1')).color"),
                    "print is black on white even when the screen is dark");
            assertEquals(
                    "rgba(0, 0, 0, 0)",
                    Pages.js(phone, "return getComputedStyle(document.body).backgroundColor"),
                    "no background ink");
        } finally {
            Pages.emulate(phone, "", Map.of());
        }
    }
}
