package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Page weight as a resident's phone receives it, gzip-compressed: a document page with its CSS
 * under 14 KB (one round trip on a slow link), its JavaScript under 5 KB, and the only script that
 * blocks first paint under 1 KB. Measured in Chromium through the gzip server, and over every
 * document page by compressing the files each one references.
 */
class PageWeightTest {

    static final int PAGE_AND_CSS = 14 * 1024;
    static final int SCRIPTS = 5 * 1024;
    static final int BLOCKING_SCRIPT = 1024;

    private static final Pattern CSS =
            Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");
    private static final Pattern SCRIPT =
            Pattern.compile("<script src=\"([^\"]+)\"( defer| async)?");

    /** gzip sizes of a page and of the styles and scripts it links, from the built files. */
    record Weight(String page, long html, long css, long js, long blockingJs) {}

    static Weight weigh(Path site, Path page) {
        try {
            String html = Files.readString(page);
            Path dir = page.getParent();
            long css = 0;
            long js = 0;
            long blocking = 0;
            for (Matcher m = CSS.matcher(html); m.find(); ) {
                css += gzipped(dir.resolve(m.group(1)).normalize());
            }
            for (Matcher m = SCRIPT.matcher(html); m.find(); ) {
                long size = gzipped(dir.resolve(m.group(1)).normalize());
                js += size;
                if (m.group(2) == null) {
                    blocking += size;
                }
            }
            return new Weight(site.relativize(page).toString(), gzipped(page), css, js, blocking);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long gzipped(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), "missing " + file);
        return SiteServer.gzip(Files.readAllBytes(file)).length;
    }

    /** Every document page of a built site (pages holding an article). */
    static List<Path> documentPages(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            List<Path> pages = new ArrayList<>();
            for (Path p :
                    files.filter(f -> f.getFileName().toString().equals("index.html"))
                            .sorted()
                            .toList()) {
                if (Files.readString(p).contains("<article class=\"document")) {
                    pages.add(p);
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertBudgets(Path site) {
        List<Path> pages = documentPages(site);
        assertTrue(pages.size() > 10, "no document pages in " + site);
        Weight heaviest = null;
        for (Path p : pages) {
            Weight w = weigh(site, p);
            assertTrue(w.html() + w.css() < PAGE_AND_CSS, w + ": page and CSS over 14 KB gzip");
            assertTrue(w.js() < SCRIPTS, w + ": scripts over 5 KB gzip");
            assertTrue(
                    w.blockingJs() < BLOCKING_SCRIPT,
                    w + ": the render-blocking script is over 1 KB");
            if (heaviest == null || w.html() + w.css() > heaviest.html() + heaviest.css()) {
                heaviest = w;
            }
        }
        System.out.println(
                "[page weight] "
                        + site.getFileName()
                        + " heaviest of "
                        + pages.size()
                        + " document pages: "
                        + heaviest);
    }

    @Test
    void everySampleDocumentPageKeepsItsBudgets() {
        assertBudgets(Repo.sampleSite());
    }

    @Test
    @SuppressWarnings("unchecked")
    void budgetsHoldAsChromiumReceivesThePagesGzipped() throws Exception {
        Path site = Repo.sampleSite();
        Map<String, String> types = PageTypes.of(site);
        try (SiteServer server = SiteServer.forSite(site)) {
            ChromeDriver phone = Chromium.phone(true);
            try {
                for (String kind :
                        List.of(
                                "policy",
                                "interpretation",
                                "decision",
                                "publicity",
                                "report",
                                "page",
                                "notice",
                                "consultation")) {
                    if (!types.containsKey(kind)) {
                        continue;
                    }
                    phone.get(server.url(types.get(kind)));
                    // wait until the deferred and print resources are in, so they are counted
                    phone.executeAsyncScript(
                            "var done = arguments[arguments.length - 1];"
                                    + "if (document.readyState === 'complete') done(); else addEventListener('load', function () { done(); });");
                    List<Map<String, Object>> entries =
                            (List<Map<String, Object>>)
                                    Pages.js(
                                            phone,
                                            "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                                                    + ".map(function (e) { return {name: e.name, type: e.initiatorType, encoded: e.encodedBodySize,"
                                                    + " decoded: e.decodedBodySize}; });");
                    long pageAndCss = 0;
                    long js = 0;
                    for (Map<String, Object> e : entries) {
                        String name = (String) e.get("name");
                        long encoded = ((Number) e.get("encoded")).longValue();
                        long decoded = ((Number) e.get("decoded")).longValue();
                        assertTrue(encoded > 0, kind + ": nothing measured for " + name);
                        // pictures (the footer's 党政机关网站标识) are compressed formats already; the rest
                        // is text
                        boolean picture = name.matches(".*\\.(png|jpe?g|gif|webp)$");
                        assertTrue(
                                picture || encoded < decoded,
                                kind + ": " + name + " was not served compressed");
                        assertTrue(
                                !picture || encoded < 2048,
                                kind + ": " + name + " is " + encoded + " B on every page");
                        if (name.endsWith(".js")) {
                            js += encoded;
                        } else if (name.endsWith(".css") || e.get("type").equals("navigation")) {
                            pageAndCss += encoded;
                        }
                    }
                    assertTrue(
                            pageAndCss < PAGE_AND_CSS,
                            kind + ": page and CSS " + pageAndCss + " B gzip");
                    assertTrue(js > 0 && js < SCRIPTS, kind + ": scripts " + js + " B gzip");
                    System.out.println(
                            "[page weight] "
                                    + kind
                                    + " in Chromium: page+CSS "
                                    + pageAndCss
                                    + " B, JS "
                                    + js
                                    + " B (gzip)");
                }
            } finally {
                phone.quit();
            }
        }
    }

    @Test
    void onlyTheTinySettingsScriptBlocksFirstPaint() throws IOException {
        Path site = Repo.sampleSite();
        for (String page : PageTypes.of(site).values()) {
            Path file = site.resolve(page.equals(PageTypes.MISSING) ? "404.html" : page);
            String head = Files.readString(file).split("</head>")[0];
            List<String> blocking = new ArrayList<>();
            for (Matcher m = SCRIPT.matcher(head); m.find(); ) {
                if (m.group(2) == null) {
                    blocking.add(m.group(1));
                }
            }
            assertEquals(1, blocking.size(), page + ": blocking scripts " + blocking);
            assertTrue(blocking.get(0).contains("assets/prefs."), page + ": " + blocking);
            assertTrue(
                    !head.contains("<script>")
                            && !head.contains("<style")
                            && !head.contains("style=\""),
                    page + ": inline script or style (the CSP forbids them)");
        }
    }
}
