package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every kind of page of the sample site, in Debian's Chromium at 360×740 (and at desktop width for
 * layout and screenshots): no WCAG 2.1 A/AA violation (axe-core), no layout shift, one h1, zh-CN,
 * all landmarks, no sideways scrolling on a phone, and nothing fetched from any host but 127.0.0.1.
 * Screenshots of each go to generator/target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemeAccessibilityTest {

    private Path site;
    private SiteServer server;
    private ChromeDriver phone;
    private ChromeDriver desktop;

    @BeforeAll
    void start() throws Exception {
        site = Repo.sampleSite();
        server = SiteServer.forSite(site);
        phone = Chromium.phone(true);
        desktop = Chromium.desktop();
    }

    @AfterAll
    void stop() {
        if (phone != null) {
            phone.quit();
        }
        if (desktop != null) {
            desktop.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    Stream<Arguments> pageTypes() {
        return PageTypes.of(site).entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("pageTypes")
    void pageTypeMeetsWcag21AaAtPhoneAndDesktopWidth(String kind, String path) {
        for (ChromeDriver d : List.of(phone, desktop)) {
            String width = d == phone ? "phone" : "desktop";
            d.get(server.url(path));
            Pages.screenshot(d, "sample-" + kind + "-" + width);
            assertEquals(1, d.findElements(By.tagName("h1")).size(), kind + ": exactly one h1");
            assertEquals("zh-CN", d.findElement(By.tagName("html")).getAttribute("lang"));
            for (String landmark : List.of("header", "nav", "main", "footer")) {
                assertTrue(
                        d.findElements(By.tagName(landmark)).size() >= 1,
                        kind + ": no <" + landmark + ">");
            }
            assertTrue(
                    d.findElement(By.cssSelector("link[rel=stylesheet]"))
                            .getAttribute("href")
                            .startsWith(server.url("assets/")),
                    kind + ": styles did not load from the site's assets");
            if (d == phone) {
                assertEquals(
                        0.0,
                        Pages.layoutShift(d),
                        0.0001,
                        kind + ": the layout shifted while loading");
            }
            if (d == phone) { // axe is slow; the phone layout is the one residents mostly use
                List<String> violations = AxeAudit.wcag21aa(d);
                assertTrue(
                        violations.isEmpty(),
                        kind
                                + " ("
                                + path
                                + ", "
                                + width
                                + "): "
                                + violations.size()
                                + " WCAG 2.1 AA violations:\n"
                                + String.join("\n", violations));
            }
            long scroll =
                    (Long)
                            Pages.js(
                                    d,
                                    "return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(scroll <= 0, kind + " (" + width + ") scrolls sideways by " + scroll + "px");
            for (String host : Pages.hosts(d)) {
                assertEquals("127.0.0.1", host, kind + ": a request left the machine");
            }
        }
    }

    @Test
    void darkModeKeepsEveryTextAtLeast4point5To1() {
        Pages.emulate(phone, "", Map.of("prefers-color-scheme", "dark"));
        try {
            for (String path : contrastPages()) {
                phone.get(server.url(path));
                String bg =
                        (String)
                                Pages.js(
                                        phone,
                                        "return getComputedStyle(document.body).backgroundColor");
                assertEquals("rgb(18, 18, 18)", bg, "dark mode did not apply on " + path);
                List<String> v = AxeAudit.rules(phone, "color-contrast");
                assertTrue(v.isEmpty(), path + " in dark mode:\n" + String.join("\n", v));
                Pages.screenshot(
                        phone, "sample-dark-" + path.replace('/', '_').replace(".html", ""));
            }
        } finally {
            Pages.emulate(phone, "", Map.of());
        }
    }

    @Test
    void highContrastModeReaches7To1Everywhere() {
        phone.get(server.url("index.html"));
        Pages.js(phone, "localStorage.setItem('gongkai-a11y', JSON.stringify({contrast: true}))");
        try {
            for (String path : contrastPages()) {
                phone.get(server.url(path));
                assertTrue(
                        (Boolean)
                                Pages.js(
                                        phone,
                                        "return document.documentElement.classList.contains('gk-contrast')"));
                List<String> v = AxeAudit.rules(phone, "color-contrast", "color-contrast-enhanced");
                assertTrue(v.isEmpty(), path + " in 高对比:\n" + String.join("\n", v));
                Pages.screenshot(
                        phone, "sample-contrast-" + path.replace('/', '_').replace(".html", ""));
            }
            // high contrast wins over a dark system setting too
            Pages.emulate(phone, "", Map.of("prefers-color-scheme", "dark"));
            phone.get(server.url(contrastPages().get(1)));
            assertTrue(AxeAudit.rules(phone, "color-contrast-enhanced").isEmpty());
        } finally {
            Pages.emulate(phone, "", Map.of());
            Pages.clearSettings(phone);
        }
    }

    /**
     * Pages with every coloured element: validity labels of each kind, a data table, header and
     * footer.
     */
    private List<String> contrastPages() {
        Map<String, String> types = PageTypes.of(site);
        return Stream.of("home", "policy", "publicity", "validity")
                .filter(types::containsKey)
                .map(types::get)
                .toList();
    }
}
