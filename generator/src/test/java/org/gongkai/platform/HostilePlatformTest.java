package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.testing.Repo;
import org.gongkai.testing.Trees;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * platform.yaml is untrusted input too: every value it names reaches the pages escaped, or not at
 * all.
 */
class HostilePlatformTest {

    @TempDir Path dir;

    @Test
    void scriptInEveryPlatformValueRunsNowhere() throws IOException {
        Path p = dir.resolve("plat");
        // 西湖镇: a column without links to others, which this one-column platform would not hold
        Trees.copy(Repo.root().resolve("platform/columns/xihu"), p.resolve("columns/a"));
        String x = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        Files.writeString(
                p.resolve("platform.yaml"),
                """
                name: '县%1$s'
                portal: '门户%1$s'
                column: '公开%1$s'
                base_url: https://www.linhe.gov.cn/xxgk/
                portal_url: https://www.linhe.gov.cn/?a=1&b=2
                site_code: '3717230001'
                org_code: 1137172300420000XF
                icp: 'ICP%1$s'
                psb: 'PSB%1$s'
                links: [{text: '链接%1$s', href: "https://www.linhe.gov.cn/x?y=<z>"}]
                columns:
                  - {id: a, name: '西湖镇%1$s', kind: 乡镇, path: columns/a}
                """
                        .formatted(x));
        PlatformResult r =
                PlatformBuilder.build(PlatformConfig.of(p, dir.resolve("site"), Repo.AS_OF));
        List<String> refused = r.findings().stream().map(f -> f.format()).toList();
        // a link whose address carries markup is refused at the door, with its line
        assertTrue(
                refused.stream()
                        .anyMatch(
                                f ->
                                        f.startsWith("platform.yaml:10:")
                                                && f.contains("[platform-url]")),
                refused::toString);
        Files.writeString(
                p.resolve("platform.yaml"),
                Files.readString(p.resolve("platform.yaml"))
                        .replace(
                                "href: \"https://www.linhe.gov.cn/x?y=<z>\"",
                                "href: https://www.linhe.gov.cn/x"));
        r = PlatformBuilder.build(PlatformConfig.of(p, dir.resolve("site"), Repo.AS_OF));
        assertTrue(r.written(), r.findings()::toString);
        List<String> hits = new ArrayList<>();
        for (Map.Entry<String, byte[]> e :
                Trees.files(dir.resolve("site"), rel -> !rel.endsWith(".gz")).entrySet()) {
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            if (text.contains("<script>alert") || text.contains("<img src=x")) {
                hits.add(e.getKey()); // as markup, not as escaped text
            }
            if (e.getKey().endsWith(".html")) {
                var page = Jsoup.parse(text);
                if (!page.select("script:not([src]), [onerror], img[src=x]").isEmpty()) {
                    hits.add(e.getKey() + " (parsed)");
                }
            }
        }
        assertEquals(List.of(), hits);
        String home = Files.readString(dir.resolve("site/index.html"));
        assertTrue(home.contains("县&quot;&gt;&lt;script&gt;"), "shown, escaped");
        String column = Files.readString(dir.resolve("site/a/index.html"));
        assertTrue(
                column.contains("href=\"https://www.linhe.gov.cn/?a=1&amp;b=2\""),
                "attribute escaped");
    }
}
