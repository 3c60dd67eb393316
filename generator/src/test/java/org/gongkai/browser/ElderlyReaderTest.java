package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 24: the sample site as an elderly resident's phone meets it — 360×740 and 320 px wide,
 * every 大字 level, the browser's text at 200 %, 高对比, no Chinese voice, no JavaScript — each check at
 * the size or mode where the theme used to fail. Screenshots at 360 px (normal, largest 大字, 200 %
 * text, 高对比) go to generator/target/screenshots/elderly-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElderlyReaderTest {

    /**
     * Speech stand-in, per tab: sessionStorage 'voice' = ok (records), fail (synthesis-failed),
     * english (no zh voice).
     */
    private static final String SPEECH =
            "window.__spoken = [];"
                    + "if (window.speechSynthesis) { var mode = sessionStorage.getItem('voice') || 'ok';"
                    + "  speechSynthesis.getVoices = function () { return mode === 'english' ? [{lang: 'en-US', name: 'en'}]"
                    + "    : mode === 'ok' ? [] : [{lang: 'zh-CN', name: 'zh'}]; };"
                    + "  speechSynthesis.speak = function (u) { window.__spoken.push(u.text);"
                    + "    if (mode === 'fail') setTimeout(function () { u.onerror({error: 'synthesis-failed'}); }, 50);"
                    + "    else setTimeout(function () { if (u.onend) u.onend({}); }, 0); };"
                    + "  speechSynthesis.cancel = function () {}; }";

    private Path site;
    private SiteServer server;
    private ChromeDriver phone;
    private Map<String, String> pages;

    @BeforeAll
    void start() throws Exception {
        site = Repo.sampleSite();
        server = SiteServer.forSite(site);
        phone = Chromium.phone(true);
        phone.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SPEECH));
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

    /** Stores the toolbar settings (as the toolbar does) and opens the page. */
    private void open(ChromeDriver d, String page, String settings) {
        d.get(server.url("index.html"));
        Pages.js(d, "localStorage.setItem('gongkai-a11y', arguments[0])", settings);
        d.get(server.url(page));
    }

    private static long sideways(ChromeDriver d) {
        return (Long)
                Pages.js(d, "return document.documentElement.scrollWidth - window.innerWidth");
    }

    private static double px(ChromeDriver d, String script, Object... args) {
        return ((Number) Pages.js(d, script, args)).doubleValue();
    }

    private List<String> layoutPages() {
        List<String> out = new ArrayList<>();
        for (String kind :
                List.of(
                        "search",
                        "policy",
                        "home",
                        "catalog",
                        "help",
                        "decision-catalog",
                        "list",
                        "report")) {
            if (pages.containsKey(kind)) {
                out.add(pages.get(kind));
            }
        }
        return out;
    }

    private void assertNothingScrollsSideways(ChromeDriver d, String where) {
        String page = d.getCurrentUrl();
        assertTrue(
                sideways(d) <= 0,
                where + ": " + page + " scrolls sideways by " + sideways(d) + " px");
        if (!d.findElements(By.cssSelector("#search-form button[type=submit]")).isEmpty()) {
            double right =
                    px(
                            d,
                            "return document.querySelector('#search-form button[type=submit]')"
                                    + ".getBoundingClientRect().right");
            assertTrue(
                    right <= px(d, "return window.innerWidth"),
                    where + ": the 搜索 button is off screen at " + right);
        }
    }

    @Test
    void noPageScrollsSidewaysAtAny大字LevelAt200PercentTextOrOnA320pxPhone() {
        try {
            for (int level = 0; level <= 5; level++) {
                for (String page : layoutPages()) {
                    open(phone, page, "{\"size\":" + level + "}");
                    assertNothingScrollsSideways(phone, "360 px, 大字 " + level);
                }
            }
        } finally {
            Pages.clearSettings(phone);
        }
        ChromeDriver narrow = Chromium.start(320, Chromium.PHONE_HEIGHT, true, true);
        ChromeDriver big = Chromium.phoneWithTextSize(Chromium.PHONE_WIDTH, 200);
        try {
            for (String page : layoutPages()) {
                narrow.get(server.url(page));
                assertNothingScrollsSideways(narrow, "320 px");
                big.get(server.url(page));
                assertEquals(
                        "36px",
                        Pages.js(big, "return getComputedStyle(document.documentElement).fontSize"),
                        "200 % text: 18 px × 2");
                assertNothingScrollsSideways(big, "200 % text");
            }
            // tables keep scrolling inside their own box
            big.get(server.url(pages.get("catalog")));
            assertTrue(
                    px(
                                    big,
                                    "var w = document.querySelector('.table-wrap'); return w.scrollWidth - w.clientWidth")
                            > 0,
                    "the 目录 table scrolls in its box at 200 %");
        } finally {
            narrow.quit();
            big.quit();
        }
    }

    @Test
    void aDocumentsTitleAndFirstLinesAreOnTheFirstScreenAtEvery大字Level() {
        StringBuilder figures = new StringBuilder();
        try {
            for (String kind : List.of("policy", "home", "search")) {
                for (int level = 0; level <= 5; level++) {
                    open(phone, pages.get(kind), "{\"size\":" + level + "}");
                    double header =
                            px(
                                    phone,
                                    "return document.querySelector('.site-header').getBoundingClientRect().height");
                    double titleBottom =
                            px(
                                    phone,
                                    "return document.querySelector('main h1').getBoundingClientRect().bottom");
                    // the first two lines after the title: the next block's top plus two of its
                    // lines
                    double firstLines =
                            px(
                                    phone,
                                    "var h = document.querySelector('main h1'), e = h.nextElementSibling;"
                                            + "while (e && !e.innerText.trim()) e = e.nextElementSibling;"
                                            + "var s = getComputedStyle(e.querySelector('caption, p, li, a') || e);"
                                            + "return e.getBoundingClientRect().top + 2 * parseFloat(s.lineHeight);");
                    figures.append(
                            String.format(
                                    "%s 大字%d: header %.0f px, title ends %.0f px, first lines end %.0f px%n",
                                    kind, level, header, titleBottom, firstLines));
                    assertTrue(
                            firstLines <= Chromium.PHONE_HEIGHT,
                            kind
                                    + " at 大字 "
                                    + level
                                    + ": the title and its "
                                    + "first lines end at "
                                    + firstLines
                                    + " px, below the first screen (header "
                                    + header
                                    + " px)");
                    if (level == 0) {
                        assertTrue(
                                header <= 120, "header " + header + " px at normal size (was 236)");
                    }
                    assertTrue(
                            header <= 200,
                            "header " + header + " px at 大字 " + level + " (was 511 at level 5)");
                }
            }
        } finally {
            Pages.clearSettings(phone);
            System.out.print("[first screen]\n" + figures);
        }
        ChromeDriver big = Chromium.phoneWithTextSize(Chromium.PHONE_WIDTH, 200);
        try {
            big.get(server.url(pages.get("policy")));
            double header =
                    px(
                            big,
                            "return document.querySelector('.site-header').getBoundingClientRect().height");
            double firstLine =
                    px(
                            big,
                            "var h = document.querySelector('main h1');"
                                    + "return h.getBoundingClientRect().top + parseFloat(getComputedStyle(h).lineHeight)");
            System.out.printf(
                    "[first screen] policy at 200 %% text: header %.0f px, title's first line ends %.0f px%n",
                    header, firstLine);
            assertTrue(
                    firstLine <= Chromium.PHONE_HEIGHT,
                    "at 200 % text the title's first line ends at "
                            + firstLine
                            + " px (the header alone used to take the whole first screen)");
        } finally {
            big.quit();
        }
    }

    @Test
    void theNavigationFoldsIntoOne栏目ButtonThatWorksWithoutJavaScript() {
        ChromeDriver noJs = Chromium.phone(false);
        try {
            noJs.get(server.url(pages.get("policy")));
            WebElement summary = noJs.findElement(By.cssSelector(".nav-fold > summary"));
            assertEquals("栏目", summary.getText().trim());
            assertTrue(summary.getRect().getHeight() >= 44 && summary.getRect().getWidth() >= 44);
            assertFalse(
                    noJs.findElement(By.cssSelector(".site-nav a")).isDisplayed(),
                    "the links are folded away");
            // (chromedriver's click waits for scripts that never run here; a resident's keyboard or
            // finger does not)
            new Actions(noJs)
                    .sendKeys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.ENTER)
                    .perform(); // 跳到正文, site name, 栏目
            List<WebElement> links = noJs.findElements(By.cssSelector(".site-nav a"));
            assertTrue(
                    links.size() >= 4 && links.stream().allMatch(WebElement::isDisplayed),
                    "栏目 opens the navigation");
            noJs.get(links.get(links.size() - 1).getAttribute("href"));
            assertTrue(noJs.getCurrentUrl().endsWith("search/index.html"), noJs.getCurrentUrl());
            assertTrue(sideways(noJs) <= 0);
        } finally {
            noJs.quit();
        }
        ChromeDriver desktop = Chromium.desktop();
        try {
            desktop.get(server.url(pages.get("policy")));
            // (Selenium calls anything inside a closed <details> hidden; the reader sees what is on
            // top at its place)
            assertEquals(
                    true,
                    Pages.js(
                            desktop,
                            "var a = document.querySelector('.site-nav a'),"
                                    + " r = a.getBoundingClientRect(); return r.height >= 44 && document.elementFromPoint(r.x + 5, r.y + 5) === a"),
                    "a wide screen shows the navigation open");
            assertFalse(desktop.findElement(By.cssSelector(".nav-fold > summary")).isDisplayed());
        } finally {
            desktop.quit();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void readAloudWithoutAChineseVoiceSaysSoReleasesTheButtonAndReadsTheInformationTableLast() {
        String policy = pages.get("policy");
        try {
            phone.get(server.url(policy));
            Pages.js(phone, "sessionStorage.setItem('voice', 'fail')");
            phone.get(server.url(policy));
            WebElement read = phone.findElement(By.cssSelector("[data-action=read]"));
            read.click();
            new WebDriverWait(phone, Duration.ofSeconds(5))
                    .until(d -> "false".equals(read.getAttribute("aria-pressed")));
            WebElement notice = phone.findElement(By.id("a11y-notice"));
            assertTrue(
                    notice.isDisplayed()
                            && notice.getText().contains("没有中文语音")
                            && notice.getText().contains("下载"),
                    "the reader is told, in plain Chinese, why and what to do: "
                            + notice.getText());
            assertTrue(
                    phone.findElements(By.cssSelector(".gk-reading")).isEmpty(),
                    "no block stays highlighted");
            assertFalse(
                    phone.findElement(By.tagName("html"))
                            .getAttribute("class")
                            .contains("gk-novoice"),
                    "the pressed button is not pulled from under the reader's finger");
            assertTrue(
                    ((String) Pages.js(phone, "return localStorage.getItem('gongkai-a11y')"))
                            .contains("\"read\":false"),
                    "朗读 is not carried on to the next page");

            // a system that lists voices, none of them Chinese: 朗读 is not offered
            Pages.js(phone, "sessionStorage.setItem('voice', 'english')");
            phone.get(server.url(policy));
            assertFalse(
                    phone.findElement(By.cssSelector("[data-action=read]")).isDisplayed(),
                    "朗读 without a zh voice");

            // a Chinese voice: the title and the text first, the 文件信息 table after
            Pages.js(phone, "sessionStorage.setItem('voice', 'ok')");
            phone.get(server.url(policy));
            phone.findElement(By.cssSelector("[data-action=read]")).click();
            new WebDriverWait(phone, Duration.ofSeconds(10))
                    .until(
                            d ->
                                    (Boolean)
                                            Pages.js(
                                                    phone,
                                                    "return window.__spoken.some(function (s) { return s.indexOf('索引号') === 0; })"));
            List<String> spoken = (List<String>) Pages.js(phone, "return window.__spoken");
            String title = phone.findElement(By.tagName("h1")).getText();
            String firstParagraph = phone.findElement(By.cssSelector("main .body p")).getText();
            int t = spoken.indexOf(title);
            int body = spoken.indexOf(firstParagraph);
            int index = -1;
            for (int i = 0; i < spoken.size(); i++) {
                if (spoken.get(i).startsWith("索引号")) {
                    index = i;
                }
            }
            assertTrue(
                    t == 0 && body > t && index > body,
                    "order title " + t + ", text " + body + ", 文件信息 " + index + ": " + spoken);
            phone.findElement(By.cssSelector("[data-action=read]")).click();
        } finally {
            Pages.js(phone, "sessionStorage.removeItem('voice')");
            Pages.clearSettings(phone);
        }
    }

    @Test
    void withoutJavaScriptTheSearchPageOffersTheColumns目录WithDownloads() throws Exception {
        ChromeDriver noJs = Chromium.phone(false);
        try {
            noJs.get(server.url(pages.get("search")));
            assertEquals(
                    server.url("search/index.html"),
                    noJs.findElement(By.id("search-form")).getAttribute("action"),
                    "a static host: the form stays on the page");
            WebElement help = noJs.findElement(By.cssSelector(".search-noscript"));
            assertTrue(
                    help.getText().contains("在网页中查找"),
                    "a plain instruction to use find-in-page: " + help.getText());
            noJs.get(
                    help.findElement(By.cssSelector("a[href$='mulu/index.html']"))
                            .getAttribute("href"));
            assertEquals("政府信息公开目录", noJs.findElement(By.tagName("h1")).getText());
            List<String> head =
                    noJs.findElements(By.cssSelector(".mulu thead th")).stream()
                            .map(WebElement::getText)
                            .toList();
            assertTrue(
                    head.containsAll(List.of("索引号", "名称", "内容概述", "发布机构", "生成日期")),
                    head.toString());
            int rows = noJs.findElements(By.cssSelector(".mulu tbody tr")).size();
            assertEquals(50, rows, "a full first page");
            noJs.get(noJs.findElement(By.cssSelector(".pager a[rel=next]")).getAttribute("href"));
            int rest = noJs.findElements(By.cssSelector(".mulu tbody tr")).size();
            assertTrue(
                    noJs.getCurrentUrl().endsWith("mulu/page/2/index.html") && rest > 0,
                    noJs.getCurrentUrl());
            HttpClient http = HttpClient.newHttpClient();
            String csv =
                    http.send(
                                    HttpRequest.newBuilder(URI.create(server.url("mulu/mulu.csv")))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body();
            assertTrue(csv.startsWith("\uFEFF索引号,名称,内容概述,发布机构,生成日期,链接\r\n"), csv.substring(0, 40));
            JsonNode json =
                    new ObjectMapper()
                            .readTree(
                                    http.send(
                                                    HttpRequest.newBuilder(
                                                                    URI.create(
                                                                            server.url(
                                                                                    "mulu/mulu.json")))
                                                            .build(),
                                                    HttpResponse.BodyHandlers.ofString())
                                            .body());
            assertEquals(rows + rest, json.size(), "the JSON holds the rows of the pages");
            assertEquals(
                    json.size() + 1, csv.split("\r\n").length, "one CSV line per row of the 目录");
            assertTrue(json.size() >= 50, "every published document of the sample: " + json.size());
            assertTrue(json.get(0).has("内容概述") && json.get(0).has("索引号"), json.get(0).toString());
        } finally {
            noJs.quit();
        }
    }

    @Test
    void guideReaderModeZoomAndResetWorkFromTheKeyboardAndFollowTheReaderFromPageToPage() {
        ChromeDriver desktop = Chromium.desktop();
        try {
            String policy = pages.get("policy");
            desktop.get(server.url(policy));
            Pages.clearSettings(desktop);
            desktop.get(server.url(policy));
            Actions keys = new Actions(desktop);
            WebElement more = desktop.findElement(By.cssSelector(".tools-more > summary"));
            Pages.js(desktop, "arguments[0].focus()", more);
            keys.sendKeys(Keys.ENTER).perform();
            for (String action : List.of("guide", "reader", "zoom")) {
                keys.sendKeys(Keys.TAB).perform();
                assertEquals(
                        action,
                        Pages.js(
                                desktop,
                                "return document.activeElement.getAttribute('data-action')"));
                keys.sendKeys(Keys.ENTER).perform();
            }
            String classes =
                    (String) Pages.js(desktop, "return document.documentElement.className");
            assertTrue(
                    classes.contains("gk-guide")
                            && classes.contains("gk-reader")
                            && classes.contains("gk-zoom1"),
                    classes);
            assertEquals(
                    "页面缩放：125%",
                    desktop.findElement(By.cssSelector("[data-action=zoom]"))
                            .getAttribute("aria-label"));
            assertEquals("1.25", Pages.js(desktop, "return getComputedStyle(document.body).zoom"));
            // 十字光标 follows the keyboard focus, then the pointer
            double focusBottom =
                    px(desktop, "return document.activeElement.getBoundingClientRect().bottom");
            double line =
                    px(
                            desktop,
                            "return document.querySelector('.gk-guide-h').getBoundingClientRect().top");
            assertEquals(focusBottom + 2, line, 3, "the guide line sits under the focused control");
            new Actions(desktop)
                    .moveToElement(desktop.findElement(By.cssSelector("main .body p")), 10, 10)
                    .perform();
            double pointerLine =
                    px(
                            desktop,
                            "return document.querySelector('.gk-guide-h').getBoundingClientRect().top");
            assertTrue(Math.abs(pointerLine - line) > 5, "the guide line follows the pointer");
            // 阅读模式: the title and text alone, larger
            for (String gone : List.of(".nav-fold", ".crumbs", ".site-footer", "table.meta")) {
                assertFalse(
                        desktop.findElement(By.cssSelector(gone)).isDisplayed(),
                        gone + " shows in 阅读模式");
            }
            assertTrue(
                    px(
                                    desktop,
                                    "return parseFloat(getComputedStyle(document.querySelector('main .body p')).fontSize)")
                            >= 21,
                    "阅读模式 text is larger");
            // remembered on the next page, applied before the first paint
            desktop.get(server.url(pages.get("page")));
            classes = (String) Pages.js(desktop, "return document.documentElement.className");
            assertTrue(
                    classes.contains("gk-guide")
                            && classes.contains("gk-reader")
                            && classes.contains("gk-zoom1"),
                    classes);
            assertEquals(0.0, Pages.layoutShift(desktop), 0.0001);
            assertEquals(
                    "true",
                    desktop.findElement(By.cssSelector("[data-action=reader]"))
                            .getAttribute("aria-pressed"));
            // 重置
            desktop.findElement(By.cssSelector(".tools-more > summary")).click();
            WebElement reset = desktop.findElement(By.cssSelector("[data-action=reset]"));
            Pages.js(desktop, "arguments[0].focus()", reset);
            new Actions(desktop).sendKeys(Keys.ENTER).perform();
            classes = (String) Pages.js(desktop, "return document.documentElement.className");
            assertFalse(classes.matches(".*gk-(guide|reader|zoom|fs|contrast|cursor).*"), classes);
            assertTrue(desktop.findElements(By.cssSelector(".gk-guide-h")).isEmpty());
            assertEquals(
                    "已恢复默认设置",
                    desktop.findElement(By.id("a11y-status")).getAttribute("textContent"));
            desktop.get(server.url(policy));
            assertEquals(
                    "gk-js gk-speech",
                    Pages.js(desktop, "return document.documentElement.className")
                            .toString()
                            .trim());
            // the help page explains each button
            desktop.findElement(By.cssSelector(".tools-more > summary")).click();
            desktop.findElement(By.cssSelector(".tools-more a[href$='help/index.html']")).click();
            List<String> explained =
                    desktop.findElements(By.cssSelector(".help-list dt")).stream()
                            .map(WebElement::getText)
                            .toList();
            assertTrue(
                    explained.containsAll(
                            List.of(
                                    "大字", "小字", "高对比", "朗读", "大鼠标", "十字光标", "阅读模式", "页面缩放", "重置",
                                    "栏目")),
                    explained.toString());
        } finally {
            desktop.quit();
        }
    }

    @Test
    void theSmallThingsAPhoneAuditFlags() throws Exception {
        // the search page does not shift when its filters arrive
        phone.get(server.url(pages.get("search")));
        new WebDriverWait(phone, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("search-filters")).isDisplayed());
        assertEquals(
                0.0, Pages.layoutShift(phone), 0.0001, "the search page shifted while loading");
        // a favicon, linked and served from the site
        String icon = phone.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href");
        HttpResponse<byte[]> r =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(icon)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), icon);
        assertTrue(r.body().length < 1024, "a tiny favicon: " + r.body().length + " B");
        // print styles only for print
        assertEquals(
                "print",
                phone.findElement(By.cssSelector("link[href*='print.']")).getAttribute("media"));
        // one description a page (meta names are case-insensitive, so the government metadata's
        // Description is it on a document): the document's summary, the site's elsewhere
        phone.get(server.url(pages.get("policy")));
        assertEquals(1, phone.findElements(By.cssSelector("meta[name=description i]")).size());
        String description =
                phone.findElement(By.cssSelector("meta[name=description i]"))
                        .getAttribute("content");
        assertTrue(
                description.length() > 10 && !description.contains("依照《中华人民共和国政府信息公开条例》"),
                description);
        phone.get(server.url("index.html"));
        assertEquals(1, phone.findElements(By.cssSelector("meta[name=description i]")).size());
        assertTrue(
                phone.findElement(By.cssSelector("meta[name=description i]"))
                        .getAttribute("content")
                        .startsWith("安乐镇人民政府"));
        // the home page's 栏目 headings are targets a finger can hit
        for (WebElement a : phone.findElements(By.cssSelector(".section-card h3 a"))) {
            assertTrue(
                    a.getRect().getHeight() >= 44 && a.getRect().getWidth() >= 44,
                    a.getText() + ": " + a.getRect().getWidth() + "×" + a.getRect().getHeight());
        }
        // every text a resident reads is at least 18 px at the default size
        for (String kind :
                List.of("home", "list", "policy", "search", "catalog", "decision-catalog")) {
            phone.get(server.url(pages.get(kind)));
            @SuppressWarnings("unchecked")
            List<String> small =
                    (List<String>)
                            Pages.js(
                                    phone,
                                    "var out = [];"
                                            + "document.querySelectorAll('body *').forEach(function (e) {"
                                            + "  if (e.closest('.visually-hidden, .skip-link, [hidden], noscript, script, style, head')) return;"
                                            + "  var own = Array.prototype.some.call(e.childNodes, function (n) {"
                                            + "    return n.nodeType === 3 && n.textContent.trim(); });"
                                            + "  var size = parseFloat(getComputedStyle(e).fontSize);"
                                            + "  if (own && e.getClientRects().length && size < 18) out.push(size + 'px ' + e.tagName + '.' + e.className"
                                            + "    + ': ' + e.textContent.trim().slice(0, 20)); });"
                                            + "return out;");
            assertTrue(small.isEmpty(), kind + ": text under 18 px:\n" + String.join("\n", small));
        }
        // 高对比: the search filters are black and yellow like everything else
        try {
            open(phone, pages.get("search"), "{\"contrast\":true}");
            new WebDriverWait(phone, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("search-filters")).isDisplayed());
            WebElement select = phone.findElement(By.id("f-type"));
            assertEquals("rgba(0, 0, 0, 1)", select.getCssValue("background-color"));
            assertEquals("rgba(255, 255, 0, 1)", select.getCssValue("color"));
            assertTrue(AxeAudit.rules(phone, "color-contrast-enhanced").isEmpty());
        } finally {
            Pages.clearSettings(phone);
        }
        // the decision catalog: every stage link names its decision, so equal names never lead to
        // different pages
        phone.get(server.url(pages.get("decision-catalog")));
        Map<String, Set<String>> targets = new HashMap<>();
        for (WebElement a : phone.findElements(By.cssSelector("main a"))) {
            String name =
                    ((String) Pages.js(phone, "return arguments[0].textContent", a))
                            .replaceAll("\\s+", "");
            targets.computeIfAbsent(name, k -> new HashSet<>()).add(a.getAttribute("href"));
        }
        targets.forEach(
                (name, hrefs) -> assertEquals(1, hrefs.size(), "“" + name + "” leads to " + hrefs));
    }

    @Test
    void screenshotsAndAxeInEveryMode() {
        ChromeDriver big = Chromium.phoneWithTextSize(Chromium.PHONE_WIDTH, 200);
        Map<String, String> modes = new LinkedHashMap<>();
        modes.put("normal", "{}");
        modes.put("largest", "{\"size\":5}");
        modes.put("contrast", "{\"contrast\":true}");
        modes.put("reader", "{\"reader\":true,\"zoom\":2,\"guide\":true}");
        try {
            for (String kind : List.of("policy", "search", "home", "catalog", "help")) {
                for (Map.Entry<String, String> mode : modes.entrySet()) {
                    open(phone, pages.get(kind), mode.getValue());
                    Pages.screenshot(phone, "elderly-" + kind + "-" + mode.getKey());
                    List<String> v = AxeAudit.wcag21aa(phone);
                    assertTrue(
                            v.isEmpty(),
                            kind + " (" + mode.getKey() + "): " + String.join("\n", v));
                    assertNothingScrollsSideways(phone, mode.getKey());
                }
                big.get(server.url(pages.get(kind)));
                Pages.screenshot(big, "elderly-" + kind + "-text200");
                List<String> v = AxeAudit.wcag21aa(big);
                assertTrue(v.isEmpty(), kind + " (200 % text): " + String.join("\n", v));
            }
            // the folds open, with no JavaScript needed
            open(phone, pages.get("policy"), "{}");
            phone.findElement(By.cssSelector(".nav-fold > summary")).click();
            phone.findElement(By.cssSelector(".tools-more > summary")).click();
            Pages.screenshot(phone, "elderly-policy-folds-open");
            List<String> v = AxeAudit.wcag21aa(phone);
            assertTrue(v.isEmpty(), "folds open: " + String.join("\n", v));
        } finally {
            big.quit();
            Pages.clearSettings(phone);
        }
    }
}
