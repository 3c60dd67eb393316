package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The theme at scale, on the 1,000-document corpus from shared/bench/make-corpus (built once per
 * test JVM): every document page within budget, and a sample of page types — including the
 * paginated lists the sample content is too small to have — free of WCAG 2.1 A/AA violations.
 */
class CorpusThemeTest {

    @Test
    void everyCorpusDocumentPageKeepsItsBudgets() {
        PageWeightTest.assertBudgets(Repo.corpusSite(1000));
    }

    @Test
    void corpusPageTypesMeetWcag21AaAtPhoneWidth() throws Exception {
        Path site = Repo.corpusSite(1000);
        Map<String, String> types = PageTypes.of(site);
        assertTrue(
                types.containsKey("paginated-list"),
                "the corpus should have a list long enough to page");
        try (SiteServer server = SiteServer.forSite(site)) {
            ChromeDriver phone = Chromium.phone(true);
            try {
                for (String kind :
                        List.of(
                                "home",
                                "policy",
                                "paginated-list",
                                "year-archive",
                                "topic",
                                "notice",
                                "validity",
                                "404")) {
                    if (!types.containsKey(kind)) {
                        continue;
                    }
                    phone.get(server.url(types.get(kind)));
                    Pages.screenshot(phone, "corpus-" + kind + "-phone");
                    assertEquals(1, phone.findElements(By.tagName("h1")).size(), kind);
                    List<String> v = AxeAudit.wcag21aa(phone);
                    assertTrue(
                            v.isEmpty(),
                            "corpus "
                                    + kind
                                    + " ("
                                    + types.get(kind)
                                    + "):\n"
                                    + String.join("\n", v));
                    for (String host : Pages.hosts(phone)) {
                        assertEquals("127.0.0.1", host, kind);
                    }
                }
            } finally {
                phone.quit();
            }
        }
    }
}
