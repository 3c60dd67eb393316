package org.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gongkai.browser.Chromium;
import org.gongkai.browser.SiteServer;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a browser does with what the attack corpus got copied: a site whose public notices name
 * script dressed every way (SVG, HTML, XHTML and XML pictures; HTML attachments named .pdf, .htm,
 * .svg; a page named index.html reached through {@code x/../}; publicity data that is a page) is
 * rendered — even past the checks that refuse it — served as a static host serves files (type by
 * extension), and every file in it is opened in Chromium. No script may run: each payload would set
 * {@code localStorage.pwned} on the site's origin, read back at the end.
 */
class AttackFilesRunNoScriptTest {

    @Test
    void noFileTheAttackCorpusCopiedRunsScriptInChromium() throws Exception {
        ContentTree t = ContentTree.create();
        String n =
                "---\ntitle: 通知%s\npublished: 2024-03-0%s\ndisclosure: 主动公开\nissuer: 安乐镇人民政府\n"
                        + "index_no: "
                        + ContentTree.ORG_CODE
                        + "/2024-0010%s\ntopics: [综合政务/政务公开]\n%s---\n\n正文。\n%s\n";
        String[] pictures = {"svg", "html", "xhtml", "xml", "png"};
        StringBuilder body = new StringBuilder();
        for (String ext : pictures) {
            t.file("notices/2024/evil-picture." + ext, UntrustedEditorPropertyTest.script(ext));
            body.append("\n![图](evil-picture.").append(ext).append(")\n");
        }
        t.file("notices/2024/x/keep.txt", "保留\n");
        t.file("notices/2024/index.html", UntrustedEditorPropertyTest.script("html"));
        body.append("\n![图](x/../index.html)\n");
        t.file("notices/2024/a.md", n.formatted("一", "1", "1", "", body));
        StringBuilder attachments = new StringBuilder("attachments:\n");
        for (String ext : new String[] {"pdf", "htm", "svg", "html", "xhtml"}) {
            t.file(
                    "notices/2024/evil-attachment." + ext,
                    UntrustedEditorPropertyTest.script(ext.equals("svg") ? "svg" : "html"));
            attachments
                    .append("  - {file: evil-attachment.")
                    .append(ext)
                    .append(", title: 附件")
                    .append(ext)
                    .append("}\n");
        }
        t.file("notices/2024/b.md", n.formatted("二", "2", "2", attachments, ""));
        t.file("publicity/2024/data.html", UntrustedEditorPropertyTest.script("html"));
        t.file(
                "publicity/2024/c.md",
                n.formatted(
                        "三",
                        "3",
                        "3",
                        "village: 安乐村\nperiod_end: 2024-03-10\ndata: data.html\n",
                        ""));

        Map<String, byte[]> rendered = OutputScan.renderRegardless(t);
        Path served = Files.createTempDirectory("gongkai-attack-site-");
        for (var e : rendered.entrySet()) {
            Path p = served.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        try (SiteServer server = new SiteServer(served)) {
            ChromeDriver driver = Chromium.desktop();
            try {
                // the detector works: a page the attacker would have liked copied does run, and is
                // seen
                Files.writeString(
                        served.resolve("control.html"), UntrustedEditorPropertyTest.script("html"));
                driver.get(server.url("control.html"));
                assertEquals(
                        UntrustedEditorPropertyTest.PAYLOAD,
                        driver.executeScript("return localStorage.pwned"));
                driver.executeScript("localStorage.clear()");
                Files.delete(served.resolve("control.html"));

                int opened = 0;
                for (String name : rendered.keySet()) {
                    if (name.endsWith(".gz") || name.contains("lucene/")) {
                        continue;
                    }
                    driver.get(server.url(name));
                    opened++;
                }
                driver.get(server.url("index.html"));
                assertEquals(
                        null,
                        driver.executeScript("return localStorage.pwned || null"),
                        "a file the attack corpus got into the site ran its script");
                assertTrue(opened >= 10, "too few files opened: " + opened);
            } finally {
                driver.quit();
            }
        }
    }
}
