package org.gongkai.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.testing.Repo;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** What the theme tests ask of a page in the browser, in one place. */
final class Pages {

    static final Path SCREENSHOTS = Repo.root().resolve("generator/target/screenshots");

    private Pages() {}

    static Object js(ChromeDriver d, String script, Object... args) {
        return ((JavascriptExecutor) d).executeScript(script, args);
    }

    /** Hosts of the page and of every resource it loaded (failed loads included). */
    @SuppressWarnings("unchecked")
    static List<String> hosts(ChromeDriver d) {
        return (List<String>)
                js(
                        d,
                        "return performance.getEntriesByType('navigation').concat("
                                + "performance.getEntriesByType('resource')).map(function (e) { return new URL(e.name).hostname; });");
    }

    /** Cumulative layout shift so far (shifts right after input excluded, as the metric does). */
    static double layoutShift(ChromeDriver d) {
        Object v =
                d.executeAsyncScript(
                        "var done = arguments[arguments.length - 1], total = 0;"
                                + "new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) {"
                                + "  if (!e.hadRecentInput) total += e.value; }); }).observe({type: 'layout-shift', buffered: true});"
                                + "setTimeout(function () { done(total); }, 300);");
        return ((Number) v).doubleValue();
    }

    static void screenshot(ChromeDriver d, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), d.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Emulates CSS media (print) and media features (prefers-color-scheme …); empty arguments
     * reset.
     */
    static void emulate(ChromeDriver d, String media, Map<String, String> features) {
        d.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of(
                        "media",
                        media,
                        "features",
                        features.entrySet().stream()
                                .map(e -> Map.of("name", e.getKey(), "value", e.getValue()))
                                .toList()));
    }

    static void clearSettings(ChromeDriver d) {
        js(d, "try { localStorage.clear(); } catch (e) {}");
    }
}
