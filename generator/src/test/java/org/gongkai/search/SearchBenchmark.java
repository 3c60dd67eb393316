package org.gongkai.search;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.browser.Chromium;
import org.gongkai.browser.SiteServer;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search budgets on a content folder, and Pagefind on the same pages for comparison. Run through
 * generator/bench/search.sh, or directly (it never runs in the ordinary suite: its name is not
 * *Test and it needs bench.content):
 *
 * <pre>
 * mvn -q -o test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.content=CONTENT_DIR [-Dbench.pagefind=PAGEFIND_BINARY] [-Dbench.work=DIR] [-Dbench.site=SITE]
 * </pre>
 *
 * Prints: the build's progress lines (the search step's own times among them), index sizes, for
 * each of the queries the bytes a cold-cache first query costs with Chromium at 360×740 as
 * the client — counted by the server as it sends them (status line, headers, body as served: a
 * precompressed .gz where there is one, else gzip on the fly), so requests from Pagefind's worker
 * count too — with the number of requests and the time from submit to results with the files
 * cached, known-item success@5 (Lucene, static, Pagefind) and the static/Lucene top-10 overlap.
 */
@EnabledIfSystemProperty(named = "bench.content", matches = ".+")
public final class SearchBenchmark {

    static final List<String> QUERIES =
            List.of(
                    "低保",
                    "医疗救助",
                    "耕地地力保护补贴",
                    "疫情防控",
                    "安政发〔2019〕",
                    "营商环境 个体工商户",
                    "养老保险",
                    "村务公开",
                    "东关村 资金发放");

    @Test
    void measure() throws Exception {
        String pagefind = System.getProperty("bench.pagefind", "");
        main(
                pagefind.isEmpty()
                        ? new String[] {System.getProperty("bench.content")}
                        : new String[] {System.getProperty("bench.content"), pagefind});
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]).toAbsolutePath();
        // -Dbench.site=DIR measures a site built (and Pagefind-indexed) by an earlier run, skipping
        // both; -Dbench.work=DIR builds there (default: a temporary folder)
        String reuse = System.getProperty("bench.site", "");
        String work = System.getProperty("bench.work", "");
        Path site =
                !reuse.isEmpty()
                        ? Path.of(reuse)
                        : (work.isEmpty()
                                        ? Files.createTempDirectory("gongkai-bench-")
                                        : Files.createDirectories(Path.of(work)))
                                .resolve("site");
        if (reuse.isEmpty()) {
            build(content, site);
        }
        browse(site, args.length > 1 ? Path.of(args[1]) : null, !reuse.isEmpty());
    }

    static void build(Path content, Path site) throws IOException {
        long wall0 = System.nanoTime();
        SiteBuilder.build(
                BuildConfig.of(content, site, LocalDate.of(2026, 11, 28))
                        .withThemes(
                                Path.of(System.getProperty("gongkai.repo", "..")).resolve("themes"))
                        .withProgress(line -> System.out.println("  " + line)));
        System.out.printf(
                "%nbuild: %d ms wall in all (the search step runs beside rendering; its own times are in the"
                        + " Lucene and export lines above, counted from its start)%n",
                (System.nanoTime() - wall0) / 1_000_000);
        long lucene = size(site.resolve("search/lucene"), p -> true);
        long export =
                size(
                        site.resolve("search"),
                        p -> !p.toString().contains("/lucene/") && !p.toString().endsWith(".gz"));
        long exportGz =
                size(
                        site.resolve("search"),
                        p -> !p.toString().contains("/lucene/") && p.toString().endsWith(".gz"));
        System.out.printf(
                "index size: Lucene %d KB; static export %d KB in %d files (+ %d KB of .gz copies)%n",
                lucene / 1024,
                export / 1024,
                count(
                        site.resolve("search"),
                        p -> !p.toString().contains("/lucene/") && !p.toString().endsWith(".gz")),
                exportGz / 1024);
    }

    static void browse(Path site, Path pagefind, boolean indexed) throws Exception {
        if (pagefind != null && !indexed) {
            long t = System.nanoTime();
            Process p =
                    new ProcessBuilder(
                                    pagefind.toString(),
                                    "--site",
                                    site.toString(),
                                    "--output-subdir",
                                    "pagefind")
                            .redirectErrorStream(true)
                            .start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException(log);
            }
            System.out.printf(
                    "pagefind index: %d ms, %d KB (%d files)%n",
                    (System.nanoTime() - t) / 1_000_000,
                    size(site.resolve("pagefind"), x -> true) / 1024,
                    count(site.resolve("pagefind"), x -> true));
            Files.writeString(
                    site.resolve("pf-bench.html"),
                    "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\">"
                            + "<title>pagefind</title><p id=\"out\"></p><script type=\"module\" src=\"pf-bench.js\"></script></html>");
            Files.writeString(
                    site.resolve("pf-bench.js"),
                    """
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
        try (CountingServer server = new CountingServer(site)) {
            ChromeDriver driver = Chromium.phone(true);
            try {
                // cold cache for every query: nothing is served from Chromium's HTTP cache
                driver.executeCdpCommand("Network.enable", Map.of());
                driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
                System.out.println(
                        "\nbytes: what the server sent for the query's files (status line, headers and body,"
                                + " gzip as served), Chromium as the client, cold cache; Gongkai: search script, manifest, shards"
                                + " and the metadata of the 10 results shown; Pagefind: everything under /pagefind/ (script,"
                                + " worker, wasm, entry, meta, index chunks) and the fragments of the 5 results its UI shows first");
                System.out.println(
                        "\n| query | results | bytes, first query | requests | ms to results (files cached) | Pagefind results | Pagefind bytes | Pagefind requests |");
                System.out.println("|---|---|---|---|---|---|---|---|");
                for (String q : QUERIES) {
                    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
                    driver.get(server.url("404.html"));
                    server.reset();
                    driver.get(
                            server.url(
                                    "search/index.html?q="
                                            + URLEncoder.encode(q, StandardCharsets.UTF_8)));
                    new WebDriverWait(driver, Duration.ofSeconds(60))
                            .until(
                                    d -> {
                                        String s = d.findElement(By.id("search-status")).getText();
                                        return s.startsWith("找到") || s.startsWith("没有");
                                    });
                    long[] sent =
                            server.sent(
                                    "^search/(manifest\\.json|data/.*)$|^assets/search\\.[0-9a-f]+\\.js$");
                    long b = sent[0];
                    long transfer =
                            resourceBytes(
                                    driver,
                                    "/search/(manifest\\.json|data/)|/search\\.[0-9a-f]+\\.js");
                    if (Math.abs(transfer - b) > 0.1 * b) {
                        System.out.println(
                                "  (Chromium's transferSize says "
                                        + transfer
                                        + " bytes for "
                                        + q
                                        + ")");
                    }
                    String status = driver.findElement(By.id("search-status")).getText();
                    driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
                    Thread.sleep(300);
                    new WebDriverWait(driver, Duration.ofSeconds(60))
                            .until(
                                    d ->
                                            d.findElement(By.id("search-status"))
                                                            .getText()
                                                            .startsWith("找到")
                                                    || d.findElement(By.id("search-status"))
                                                            .getText()
                                                            .startsWith("没有"));
                    String ms = driver.findElement(By.id("search-list")).getAttribute("data-ms");
                    bytes.add(b);
                    String pf = "";
                    if (pagefind != null) {
                        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
                        driver.get(server.url("404.html"));
                        server.reset();
                        driver.get(
                                server.url(
                                        "pf-bench.html?q="
                                                + URLEncoder.encode(q, StandardCharsets.UTF_8)));
                        new WebDriverWait(driver, Duration.ofMinutes(2))
                                .until(
                                        d ->
                                                d.findElement(By.id("out")).getAttribute("data-ms")
                                                        != null);
                        long[] pb = server.sent("^pagefind/");
                        pfBytes.add(pb[0]);
                        pf =
                                " | "
                                        + driver.findElement(By.id("out"))
                                                .getAttribute("data-total")
                                        + " | "
                                        + pb[0]
                                        + " | "
                                        + pb[1];
                    } else {
                        pf = " | – | – | –";
                    }
                    System.out.println(
                            "| "
                                    + q
                                    + " | "
                                    + status.replaceAll("^找到 (\\d+).*$", "$1")
                                            .replaceAll("^没有.*", "0")
                                    + " | "
                                    + b
                                    + " | "
                                    + sent[1]
                                    + " | "
                                    + ms
                                    + pf
                                    + " |");
                }
                System.out.printf(
                        "static search: median %d bytes, max %d bytes (search script %d bytes gzip)%n",
                        median(bytes),
                        bytes.stream().max(Long::compare).orElse(0L),
                        scriptGzip(site));
                if (!pfBytes.isEmpty()) {
                    System.out.printf(
                            "pagefind: median %d bytes, max %d bytes%n",
                            median(pfBytes), pfBytes.stream().max(Long::compare).orElse(0L));
                }

                Map<String, String> items = SearchQualityTest.knownItems(site);
                List<KnownItemRun> runs = KnownItemRun.of(site, items);
                int pf = 0;
                if (pagefind != null) {
                    try (SearchService service = SearchService.open(site)) {
                        for (KnownItemRun r : runs) {
                            String wantUrl =
                                    service.search(r.query(), 50).stream()
                                            .filter(h -> h.id().equals(r.want()))
                                            .map(SearchService.Hit::url)
                                            .findFirst()
                                            .orElse("\u0000");
                            driver.get(
                                    server.url(
                                            "pf-bench.html?n=5&q="
                                                    + URLEncoder.encode(
                                                            r.query(), StandardCharsets.UTF_8)));
                            new WebDriverWait(driver, Duration.ofMinutes(2))
                                    .until(
                                            d ->
                                                    d.findElement(By.id("out"))
                                                                    .getAttribute("data-ms")
                                                            != null);
                            String found = driver.findElement(By.id("out")).getText();
                            pf += found.contains("/" + wantUrl.replace("index.html", "")) ? 1 : 0;
                        }
                    }
                }
                System.out.printf(
                        "known-item success@5 (%d queries): Lucene %.2f, static %.2f%s; top-10 overlap static/Lucene %.2f%n",
                        runs.size(),
                        KnownItemRun.rate(runs, KnownItemRun::luceneFound),
                        KnownItemRun.rate(runs, KnownItemRun::staticFound),
                        pagefind != null
                                ? String.format(", Pagefind %.2f", (double) pf / runs.size())
                                : "",
                        KnownItemRun.meanOverlap(runs));
            } finally {
                driver.quit();
            }
        }
    }

    static long resourceBytes(ChromeDriver driver, String pattern) {
        Number n =
                (Number)
                        driver.executeScript(
                                "var re = new RegExp(arguments[0]);"
                                        + "return performance.getEntriesByType('resource').filter(function (e) { return re.test(e.name); })"
                                        + ".reduce(function (s, e) { return s + e.transferSize; }, 0)",
                                pattern);
        return n.longValue();
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    static long size(Path dir, Predicate<Path> which) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(which)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    static long count(Path dir, Predicate<Path> which) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(which).count();
        }
    }

    static long scriptGzip(Path site) throws IOException {
        try (Stream<Path> s = Files.list(site.resolve("assets"))) {
            Path js =
                    s.filter(p -> p.getFileName().toString().matches("search\\.[0-9a-f]+\\.js"))
                            .findFirst()
                            .orElseThrow();
            Path gz = js.resolveSibling(js.getFileName() + ".gz");
            return Files.isRegularFile(gz)
                    ? Files.size(gz)
                    : SiteServer.gzip(Files.readAllBytes(js)).length;
        }
    }

    /**
     * Serves a built site as a static host with precompressed files does (nginx gzip_static): the
     * .gz beside a file when the browser accepts gzip, else the file gzipped on the fly if it is
     * text; and counts, per request, the bytes it sends: status line, headers and body.
     */
    static final class CountingServer implements AutoCloseable {
        private final HttpServer server;
        private final Path root;
        private final ConcurrentLinkedQueue<Object[]> log = new ConcurrentLinkedQueue<>();

        CountingServer(Path root) throws IOException {
            this.root = root.toAbsolutePath().normalize();
            this.server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", this::handle);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
        }

        void reset() {
            log.clear();
        }

        /**
         * Bytes sent and requests answered since {@link #reset} for site paths matching {@code
         * pattern}.
         */
        long[] sent(String pattern) {
            Pattern p = Pattern.compile(pattern);
            long bytes = 0;
            long requests = 0;
            for (Object[] e : log) {
                if (p.matcher((String) e[0]).find()) {
                    bytes += (Long) e[1];
                    requests++;
                }
            }
            return new long[] {bytes, requests};
        }

        private void handle(HttpExchange ex) throws IOException {
            try (ex) {
                String path =
                        URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8)
                                .substring(1);
                Path file = root.resolve(path).normalize();
                int status = 200;
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    file = root.resolve("404.html");
                    status = 404;
                }
                String name = file.getFileName().toString();
                String ext = name.substring(name.lastIndexOf('.') + 1);
                String type =
                        switch (ext) {
                            case "html" -> "text/html; charset=utf-8";
                            case "js", "mjs" -> "text/javascript; charset=utf-8";
                            case "css" -> "text/css; charset=utf-8";
                            case "json" -> "application/json; charset=utf-8";
                            case "wasm" -> "application/wasm";
                            default -> "application/octet-stream";
                        };
                byte[] body = Files.readAllBytes(file);
                String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
                Path gz = file.resolveSibling(name + ".gz");
                if (accept != null && accept.contains("gzip")) {
                    if (Files.isRegularFile(gz)) {
                        body = Files.readAllBytes(gz);
                        ex.getResponseHeaders().set("Content-Encoding", "gzip");
                    } else if (type.startsWith("text/") || type.startsWith("application/json")) {
                        body = SiteServer.gzip(body);
                        ex.getResponseHeaders().set("Content-Encoding", "gzip");
                    }
                }
                ex.getResponseHeaders().set("Content-Type", type);
                ex.getResponseHeaders().set("Cache-Control", "no-cache");
                ex.sendResponseHeaders(status, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
                long headers = ("HTTP/1.1 " + status + " OK\r\n").length() + 2L;
                for (Map.Entry<String, List<String>> h : ex.getResponseHeaders().entrySet()) {
                    for (String v : h.getValue()) {
                        headers +=
                                h.getKey().length()
                                        + 2
                                        + v.getBytes(StandardCharsets.UTF_8).length
                                        + 2;
                    }
                }
                log.add(new Object[] {path, headers + body.length});
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
