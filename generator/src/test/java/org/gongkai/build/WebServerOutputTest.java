package org.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.gongkai.content.Finding;
import org.gongkai.publish.BrokenLinks;
import org.gongkai.publish.CacheHeaders;
import org.gongkai.testing.Repo;
import org.gongkai.testing.SmallSite;
import org.junit.jupiter.api.Test;

/** What a web server needs beside the pages, and the link check that guards the swap. */
class WebServerOutputTest {

    @Test
    void sampleSiteHasGzBesideEveryTextFileAndCacheRules() throws IOException {
        Path site = Repo.sampleSite();
        List<Path> text = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(html|css|js|json|xml|csv|txt|svg)"))
                    .forEach(text::add);
        }
        assertTrue(text.size() > 100, "the sample site has many pages");
        for (Path p : text) {
            Path gz = p.resolveSibling(p.getFileName() + ".gz");
            assertTrue(Files.isRegularFile(gz), "missing " + site.relativize(gz));
        }
        Path home = site.resolve("index.html");
        try (var in =
                new GZIPInputStream(
                        new ByteArrayInputStream(
                                Files.readAllBytes(site.resolve("index.html.gz"))))) {
            assertArrayEquals(Files.readAllBytes(home), in.readAllBytes());
        }
        assertTrue(
                Files.readString(site.resolve("robots.txt"))
                        .contains("Sitemap: https://www.anle.gov.cn/xxgk/sitemap.xml"));

        String headers = Files.readString(site.resolve(CacheHeaders.FILE), StandardCharsets.UTF_8);
        assertTrue(
                headers.contains(
                        "/assets/*\n  Cache-Control: public, max-age=31536000, immutable"));
        assertTrue(headers.contains("/policies/*\n  Cache-Control: public, max-age=300"));
        assertTrue(headers.contains("/index.html\n  Cache-Control: public, max-age=300"));
        // hosts merge matching rules: a catch-all short Cache-Control would spoil the assets' long
        // one
        assertFalse(Pattern.compile("(?m)^/\\*\n  Cache-Control").matcher(headers).find(), headers);
        try (Stream<Path> assets = Files.list(site.resolve("assets"))) {
            assertTrue(
                    assets.map(p -> p.getFileName().toString())
                            .filter(n -> !n.endsWith(".gz"))
                            .allMatch(n -> n.matches("[a-z-]+\\.[0-9a-f]{10}\\.(css|js|svg)")),
                    "asset names carry a content hash");
        }
        assertEquals(
                List.of(),
                BrokenLinks.find(site, "site", "/xxgk/"),
                "the sample site has no broken links");
    }

    @Test
    void aThemeEmittingABrokenLinkFailsTheBuildAndKeepsThePreviousSite() throws IOException {
        SmallSite s = SmallSite.create();
        BuildConfig config = BuildConfig.of(s.content(), s.site(), Repo.AS_OF);
        assertTrue(SiteBuilder.build(config).written());
        byte[] before = Files.readAllBytes(s.site().resolve("index.html"));

        s.theme(
                "templates/sitemap.vm",
                """
                <h1>网站地图</h1>
                <p><a href="${root}policies/index.html">政策文件</a></p>
                <p><img src="${root}assets/logo.png" alt="镇徽"></p>
                """);
        s.write(
                "notices/2026/tzgg-2026-01.md",
                Files.readString(s.content().resolve("notices/2026/tzgg-2026-01.md"))
                        .replace("防火期内", "本通告发布后，防火期内"));
        BuildResult result = SiteBuilder.build(config);

        assertFalse(result.written());
        List<Finding> broken =
                result.findings().stream()
                        .filter(f -> f.ruleId().equals(BrokenLinks.RULE))
                        .toList();
        assertEquals(2, broken.size(), broken.toString());
        assertEquals("site/sitemap/index.html", broken.get(0).where().file());
        assertTrue(
                broken.get(0).message().contains("../policies/index.html"),
                broken.get(0).message());
        assertTrue(broken.get(0).where().line() > 1, "the line in the built page is named");
        assertTrue(broken.get(1).message().contains("../assets/logo.png"));
        assertArrayEquals(
                before,
                Files.readAllBytes(s.site().resolve("index.html")),
                "site/ stays as it was");
        assertFalse(
                Files.readString(s.site().resolve("notices/2026/tzgg-2026-01/index.html"))
                        .contains("本通告发布后"));
    }
}
