package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: a small fixture site (src/test/resources/golden/content) is built and chosen pages
 * are compared byte for byte with src/test/resources/golden/site.
 *
 * <p>After an intended change to templates or rendering, regenerate them and review the diff:
 * {@code mvn -q test -Dtest=GoldenSiteTest -Dgongkai.golden.update=true} (run from generator/).
 */
class GoldenSiteTest {

    static final Path FIXTURE = Repo.root().resolve("generator/src/test/resources/golden");
    static Path site;

    static List<String> pages() {
        return List.of(
                "index.html",
                "policies/2024/anzhengfa-2024-6/index.html",
                "policies/2021/anzhengfa-2021-8/index.html",
                "interpretations/2024/anzhengfa-2024-6-jiedu/index.html",
                "notices/2025/tzgg-2025-01/index.html",
                "publicity/2026/gljt-2026-nanling/index.html",
                "pages/guide/index.html",
                "pages/apply/index.html",
                "policies/index.html",
                "topics/index.html",
                "topics/民政、扶贫、救灾/社会救助/index.html",
                "validity/repealed/index.html",
                "sitemap/index.html",
                "biaozhun-mulu/index.html",
                "feed.xml",
                "sitemap.xml");
    }

    @BeforeAll
    static void build() throws IOException {
        site = Files.createTempDirectory("gongkai-golden").resolve("site");
        BuildResult r =
                SiteBuilder.build(
                        BuildConfig.of(FIXTURE.resolve("content"), site, Repo.AS_OF)
                                .withThemes(FIXTURE.resolve("no-themes")));
        assertTrue(r.written(), r.findings()::toString);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void pageMatchesGoldenFile(String page) throws IOException {
        Path actual = site.resolve(page);
        assertTrue(Files.isRegularFile(actual), "not built: " + page);
        Path golden = FIXTURE.resolve("site").resolve(page);
        if (Boolean.getBoolean("gongkai.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.copy(actual, golden, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        assertTrue(
                Files.isRegularFile(golden),
                "no golden file for " + page + ": run with -Dgongkai.golden.update=true");
        assertEquals(
                Files.readString(golden, StandardCharsets.UTF_8),
                Files.readString(actual, StandardCharsets.UTF_8),
                page
                        + " differs from its golden file (regenerate with -Dgongkai.golden.update=true if intended)");
    }
}
