package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core's WCAG 2.1 A/AA rules on every kind of page issue 6 adds, in Debian's headless Chromium:
 * the decision catalog and page, the consultation list and page, a publicity table, a village and a
 * report.
 */
class CivicAccessibilityTest {

    static final List<String> PAGES =
            List.of(
                    "decisions/index.html",
                    "decisions/catalog/2026/index.html",
                    "decisions/2025/zdjc-2025-1/index.html",
                    "decisions/2026/zdjc-2026-2/index.html",
                    "consultations/index.html",
                    "consultations/2026/zqyj-2026-2/index.html",
                    "consultations/2025/zqyj-2025-1/index.html",
                    "publicity/2025/dibao-2025-xihe/index.html",
                    "villages/西河村/index.html",
                    "reports/2022/index.html");

    @Test
    void civicPagesHaveNoWcag21AaViolations() throws Exception {
        String axe = Chromium.axeSource();
        List<String> problems = new ArrayList<>();
        try (SiteServer server = new SiteServer(Repo.sampleSite())) {
            ChromeDriver driver = Chromium.desktop();
            try {
                for (String page : PAGES) {
                    driver.get(server.url(page));
                    JavascriptExecutor js = driver;
                    js.executeScript(axe);
                    String result =
                            (String)
                                    js.executeAsyncScript(
                                            "var done = arguments[arguments.length - 1];"
                                                    + "axe.run(document, {runOnly:{type:'tag',values:['wcag2a','wcag2aa','wcag21a','wcag21aa']}})"
                                                    + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ': ' + v.help"
                                                    + " + ' at ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })"
                                                    + ".join('\\n')); }, function (e) { done('ERROR ' + e); });");
                    if (!result.isEmpty()) {
                        problems.add(page + ":\n" + result);
                    }
                }
            } finally {
                driver.quit();
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }
}
