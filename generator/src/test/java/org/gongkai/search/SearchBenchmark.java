package org.gongkai.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gongkai.browser.Chromium;
import org.gongkai.browser.SiteServer;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.SiteBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search budgets on a content folder, and Pagefind on the same pages for comparison. Run through
 * generator/bench/search.sh, or directly (it never runs in the ordinary suite: its name is not *Test and
 * it needs bench.content):
 *
 * <pre>
 * mvn -q -o test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.content=CONTENT_DIR [-Dbench.pagefind=PAGEFIND_BINARY]
 * </pre>
 *
 * Prints: build time with and without the search step (wall and CPU), index sizes, for each of the
 * issue's queries the gzip bytes a cold-cache first query downloads in Chromium at 360×740 and the time
 * from submit to results with the files cached, known-item success@5 (Lucene, static, Pagefind) and the
 * static/Lucene top-10 overlap.
 */
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "bench.content", matches = ".+")
public final class SearchBenchmark {

    static final List<String> QUERIES = List.of("低保", "医疗救助", "耕地地力保护补贴", "疫情防控", "安政发〔2019〕",
            "营商环境 个体工商户", "养老保险", "村务公开", "东关村 资金发放");

    @org.junit.jupiter.api.Test
    void measure() throws Exception {
        String pagefind = System.getProperty("bench.pagefind", "");
        main(pagefind.isEmpty() ? new String[] {System.getProperty("bench.content")}
                : new String[] {System.getProperty("bench.content"), pagefind});
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]).toAbsolutePath();
        // -Dbench.site=DIR measures a site built (and Pagefind-indexed) by an earlier run, skipping both
        String reuse = System.getProperty("bench.site", "");
        Path site = reuse.isEmpty() ? Files.createTempDirectory("gongkai-bench-").resolve("site") : Path.of(reuse);
        if (reuse.isEmpty()) {
            build(content, site);
        }
        browse(site, args.length > 1 ? Path.of(args[1]) : null, !reuse.isEmpty());
    }

    static void build(Path content, Path site) throws IOException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long wall0 = System.nanoTime();
        long cpu0 = os.getProcessCpuTime();
        Map<String, long[]> marks = new LinkedHashMap<>();
        SiteBuilder.build(BuildConfig.of(content, site, java.time.LocalDate.of(2026, 11, 28))
                .withThemes(Path.of(System.getProperty("gongkai.repo", "..")).resolve("themes"))
                .withProgress(line -> {
                    marks.put(line.replaceAll("[（(].*", ""), new long[] {System.nanoTime() - wall0, os.getProcessCpuTime() - cpu0});
                    System.out.println("  " + line);
                }));
        long[] rendered = find(marks, "已生成");
        long[] exported = find(marks, "已导出");
        System.out.printf("%nbuild before search: %d ms wall, %d ms CPU; search step: %d ms wall (+%.0f%%), %d ms CPU (+%.0f%%)%n",
                rendered[0] / 1_000_000, rendered[1] / 1_000_000, (exported[0] - rendered[0]) / 1_000_000,
                100.0 * (exported[0] - rendered[0]) / rendered[0], (exported[1] - rendered[1]) / 1_000_000,
                100.0 * (exported[1] - rendered[1]) / rendered[1]);
        System.out.printf("index size: Lucene %d KB, static export %d KB (%d files)%n",
                size(site.resolve("search/lucene")) / 1024, (size(site.resolve("search")) - size(site.resolve("search/lucene"))) / 1024,
                count(site.resolve("search")));

    }

    static void browse(Path site, Path pagefind, boolean indexed) throws Exception {
        if (pagefind != null && !indexed) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(pagefind.toString(), "--site", site.toString(), "--output-subdir", "pagefind")
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException(log);
            }
            System.out.printf("pagefind index: %d ms, %d KB (%d files)%n", (System.nanoTime() - t) / 1_000_000,
                    size(site.resolve("pagefind")) / 1024, count(site.resolve("pagefind")));
            Files.writeString(site.resolve("pf-bench.html"), "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\">"
                    + "<title>pagefind</title><p id=\"out\"></p><script type=\"module\" src=\"pf-bench.js\"></script></html>");
            Files.writeString(site.resolve("pf-bench.js"), """
                    const q = new URLSearchParams(location.search).get('q');
                    const pagefind = await import('./pagefind/pagefind.js');
                    const t0 = performance.now();
                    const r = await pagefind.search(q);
                    const data = await Promise.all(r.results.slice(0, Number(new URLSearchParams(location.search).get('n') || 5)).map(x => x.data()));
                    const out = document.getElementById('out');
                    out.dataset.ms = String(Math.round(performance.now() - t0));
                    out.dataset.total = String(r.results.length);
                    out.textContent = JSON.stringify(data.map(d => d.url));
                    """);
        }

        List<Long> bytes = new ArrayList<>();
        List<Long> pfBytes = new ArrayList<>();
        try (SiteServer server = new SiteServer(site)) {
            ChromeDriver driver = Chromium.phone(true);
            try {
                System.out.println("\n| query | results | gzip bytes, first query | ms to results (files cached) | Pagefind results | Pagefind gzip bytes |");
                System.out.println("|---|---|---|---|---|---|");
                for (String q : QUERIES) {
                    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
                    driver.get(server.url("search/index.html?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
                    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
                        String s = d.findElement(By.id("search-status")).getText();
                        return s.startsWith("找到") || s.startsWith("没有");
                    });
                    long b = resourceBytes(driver, "/search/|/search\\\\.[0-9a-f]+\\\\.js");
                    String status = driver.findElement(By.id("search-status")).getText();
                    driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
                    Thread.sleep(300);
                    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
                            d.findElement(By.id("search-status")).getText().startsWith("找到")
                                    || d.findElement(By.id("search-status")).getText().startsWith("没有"));
                    String ms = driver.findElement(By.id("search-list")).getAttribute("data-ms");
                    bytes.add(b);
                    String pf = "";
                    if (pagefind != null) {
                        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
                        driver.get(server.url("pf-bench.html?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
                        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> d.findElement(By.id("out")).getAttribute("data-ms") != null);
                        long pb = resourceBytes(driver, "/pagefind/");
                        pfBytes.add(pb);
                        pf = " | " + driver.findElement(By.id("out")).getAttribute("data-total") + " | " + pb;
                    } else {
                        pf = " | – | –";
                    }
                    System.out.println("| " + q + " | " + status.replaceAll("[^0-9].*", "") + " | " + b + " | " + ms + pf + " |");
                }
                System.out.printf("static search: median %d bytes, max %d bytes%n", median(bytes), bytes.stream().max(Long::compare).orElse(0L));
                if (!pfBytes.isEmpty()) {
                    System.out.printf("pagefind: median %d bytes, max %d bytes%n", median(pfBytes), pfBytes.stream().max(Long::compare).orElse(0L));
                }

                Map<String, String> items = SearchQualityTest.knownItems(site);
                List<String> qs = new ArrayList<>(items.keySet());
                List<JsonNode> stat = StaticSearch.run(site, qs, 10);
                int lucene = 0;
                int browser = 0;
                int pf = 0;
                double overlap = 0;
                Map<String, String> urls = new LinkedHashMap<>();
                try (SearchService service = SearchService.open(site)) {
                    for (int i = 0; i < qs.size(); i++) {
                        String want = items.get(qs.get(i));
                        List<SearchService.Hit> hits = service.search(qs.get(i), 10);
                        hits.forEach(h -> urls.put(h.id(), h.url()));
                        List<String> l = hits.stream().map(SearchService.Hit::id).toList();
                        List<String> s = new ArrayList<>();
                        stat.get(i).get("ids").forEach(n -> s.add(n.asText()));
                        lucene += l.subList(0, Math.min(5, l.size())).contains(want) ? 1 : 0;
                        browser += s.subList(0, Math.min(5, s.size())).contains(want) ? 1 : 0;
                        Set<String> common = new HashSet<>(l);
                        common.retainAll(s);
                        overlap += Math.max(l.size(), s.size()) == 0 ? 1 : (double) common.size() / Math.max(l.size(), s.size());
                        if (pagefind != null) {
                            String wantUrl = service.search(qs.get(i), 50).stream().filter(h -> h.id().equals(want))
                                    .map(SearchService.Hit::url).findFirst().orElse("\u0000");
                            driver.get(server.url("pf-bench.html?n=5&q=" + URLEncoder.encode(qs.get(i), StandardCharsets.UTF_8)));
                            new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> d.findElement(By.id("out")).getAttribute("data-ms") != null);
                            String found = driver.findElement(By.id("out")).getText();
                            pf += found.contains("/" + wantUrl.replace("index.html", "")) ? 1 : 0;
                        }
                    }
                }
                System.out.printf("known-item success@5 (%d queries): Lucene %.2f, static %.2f%s; top-10 overlap static/Lucene %.2f%n",
                        qs.size(), (double) lucene / qs.size(), (double) browser / qs.size(),
                        pagefind != null ? String.format(", Pagefind %.2f", (double) pf / qs.size()) : "", overlap / qs.size());
            } finally {
                driver.quit();
            }
        }
    }

    static long resourceBytes(ChromeDriver driver, String pattern) {
        Number n = (Number) driver.executeScript("var re = new RegExp(arguments[0]);"
                + "return performance.getEntriesByType('resource').filter(function (e) { return re.test(e.name); })"
                + ".reduce(function (s, e) { return s + e.encodedBodySize; }, 0)", pattern);
        return n.longValue();
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    static long[] find(Map<String, long[]> marks, String prefix) {
        return marks.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new IllegalStateException("no progress line " + prefix + " in " + marks.keySet()));
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
