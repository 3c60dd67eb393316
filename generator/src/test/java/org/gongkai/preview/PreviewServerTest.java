package org.gongkai.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.gongkai.build.BuildConfig;
import org.gongkai.search.SearchQuery;
import org.gongkai.testing.Repo;
import org.gongkai.testing.SmallSite;
import org.junit.jupiter.api.Test;

/** The preview over real HTTP on 127.0.0.1, driven by real file edits the watcher sees. */
class PreviewServerTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<String> get(LivePreview live, String path)
            throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(live.uri() + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A request as a browser may send it, however malformed (HttpClient refuses to send a bad
     * %-escape).
     */
    private static String raw(LivePreview live, String path) throws IOException {
        try (Socket socket = new Socket(live.uri().getHost(), live.uri().getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(
                            ("GET /"
                                            + path
                                            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Long-polls like the browser's reload script: returns once the version differs from {@code
     * seen}.
     */
    private static long nextVersion(LivePreview live, long seen)
            throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            long v = Long.parseLong(get(live, "__gongkai/version?v=" + seen).body().strip());
            if (v != seen) {
                return v;
            }
        }
        throw new AssertionError("no rebuild after version " + seen);
    }

    @Test
    void servesPagesWithTheReloadScriptAndFollowsEditsErrorsAndFixes() throws Exception {
        SmallSite s = SmallSite.create();
        List<String> log = new CopyOnWriteArrayList<>();
        BuildConfig config = BuildConfig.of(s.content(), s.root().resolve("preview"), Repo.AS_OF);
        try (LivePreview live = LivePreview.start(config, 0, log::add)) {
            assertEquals("127.0.0.1", live.uri().getHost());
            HttpResponse<String> home = get(live, "");
            assertEquals(200, home.statusCode());
            assertTrue(
                    home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(
                    home.body()
                            .contains(
                                    "<script src=\"/__gongkai/reload.js?v=1\" defer></script>\n</body>"));
            assertFalse(
                    Files.readString(config.out().resolve("index.html")).contains("__gongkai"),
                    "the script is added when served, never written to the folder");
            assertEquals(200, get(live, "__gongkai/reload.js").statusCode());
            assertEquals(301, get(live, "notices").statusCode());
            HttpResponse<String> missing = get(live, "nowhere/");
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("页面未找到") || missing.body().contains("404"));
            assertEquals(403, get(live, "..%2f..%2fcontent%2fsite.yaml").statusCode());
            assertTrue(
                    missing.body().contains("href=\"/xxgk/index.html\""),
                    "the 404 page links from base_url's path");
            assertEquals(
                    200,
                    get(live, "xxgk/index.html").statusCode(),
                    "so the preview serves the site there too");
            assertTrue(get(live, "xxgk/notices/2026/tzgg-2026-01/").body().contains("森林防火"));
            HttpResponse<String> found = get(live, "search?q=%E6%A3%AE%E6%9E%97%E9%98%B2%E7%81%AB");
            assertEquals(200, found.statusCode(), found.body());
            assertTrue(
                    found.headers()
                            .firstValue("Content-Type")
                            .orElse("")
                            .startsWith("application/json"));
            assertTrue(found.body().contains("\"id\":\"tzgg-2026-01\""), found.body());
            assertTrue(
                    found.body().contains("\"url\":\"notices/2026/tzgg-2026-01/index.html\""),
                    found.body());
            assertEquals(400, get(live, "search").statusCode(), "no query");
            assertEquals(200, get(live, "search/").statusCode(), "the search page itself");
            assertTrue(
                    Files.isDirectory(config.out().resolve("search/lucene")),
                    "the search page's index is there");
            String css =
                    home.body()
                            .replaceAll(
                                    "(?s).*href=\"(assets/gongkai\\.[0-9a-f]{10}\\.css)\".*", "$1");
            assertTrue(
                    get(live, css)
                            .headers()
                            .firstValue("Content-Type")
                            .orElse("")
                            .startsWith("text/css"));

            Path notice = s.content().resolve("notices/2026/tzgg-2026-01.md");
            String text = Files.readString(notice);
            Files.writeString(
                    notice, text.replace("title: 安乐镇关于森林防火期野外用火管控的通告", "title: 森林防火期用火管控通告（第二版）"));
            long v2 = nextVersion(live, 1);
            String page = get(live, "notices/2026/tzgg-2026-01/").body();
            assertTrue(page.contains("森林防火期用火管控通告（第二版）"), page);
            assertTrue(page.contains("reload.js?v=" + v2));

            Files.writeString(
                    notice, text.replace("published: 2026-10-28", "published: 2026-10-99"));
            long v3 = nextVersion(live, v2);
            HttpResponse<String> broken = get(live, "notices/2026/tzgg-2026-01/");
            assertEquals(200, broken.statusCode());
            assertTrue(broken.body().contains("id=\"gongkai-errors\""), broken.body());
            assertTrue(broken.body().contains("notices/2026/tzgg-2026-01.md:3:"), broken.body());
            assertTrue(broken.body().contains("reload.js?v=" + v3));
            assertTrue(
                    get(live, "index.html").body().contains("gongkai-errors"),
                    "every page shows the errors");
            assertTrue(
                    log.stream().anyMatch(l -> l.contains("tzgg-2026-01.md:3:")),
                    String.join("\n", log));

            Files.writeString(notice, text);
            nextVersion(live, v3);
            String fixed = get(live, "notices/2026/tzgg-2026-01/").body();
            assertFalse(fixed.contains("gongkai-errors"));
            assertTrue(fixed.contains("安乐镇关于森林防火期野外用火管控的通告"));
        }
    }

    @Test
    void everySearchRequestIsAnsweredAndAPastedPassageWasADroppedConnection() throws Exception {
        SmallSite s = SmallSite.create();
        BuildConfig config = BuildConfig.of(s.content(), s.root().resolve("preview"), Repo.AS_OF);
        try (LivePreview live = LivePreview.start(config, 0, line -> {})) {
            String passage = "森林防火期间严禁一切野外用火，违者依法追究责任。请广大群众自觉遵守，共同守护绿水青山。".repeat(10);
            String words =
                    String.join("+", IntStream.range(0, 160).mapToObj(i -> "w" + i).toList());
            for (String q : List.of(URLEncoder.encode(passage, StandardCharsets.UTF_8), words)) {
                HttpResponse<String> r = get(live, "search?q=" + q);
                assertEquals(200, r.statusCode(), r.body());
                assertTrue(
                        r.body().contains("\"note\":\"" + SearchQuery.CUT_NOTE + "\""), r.body());
            }
            assertFalse(
                    get(live, "search?q=%E6%A3%AE%E6%9E%97").body().contains("note"),
                    "a short query has no note");
            for (String bad : List.of("search?q=%zz", "%zz")) {
                // not a URI at all: the JDK's server answers 400 itself, before any handler
                assertTrue(raw(live, bad).contains("400 Bad Request"), bad);
            }
            for (String bad :
                    List.of(
                            "search?q=%E6%A3",
                            "search?q=%EF%BC%8C%E3%80%82",
                            "search?q=a&limit=x",
                            "search?q=a&limit=0",
                            "search?q=a&limit=99999999999",
                            "notices/%00/")) {
                String r = raw(live, bad);
                assertTrue(r.startsWith("HTTP/1.1 400 "), bad + ": " + r);
                assertTrue(
                        r.codePoints()
                                .anyMatch(
                                        c ->
                                                Character.UnicodeScript.of(c)
                                                        == Character.UnicodeScript.HAN),
                        bad + " is answered in Chinese: " + r);
            }
        }
    }

    @Test
    void aNewYearFolderIsWatchedToo() throws Exception {
        SmallSite s = SmallSite.create();
        BuildConfig config = BuildConfig.of(s.content(), s.root().resolve("preview"), Repo.AS_OF);
        try (LivePreview live = LivePreview.start(config, 0, line -> {})) {
            s.write(
                    "notices/2024/tzgg-2024-05.md",
                    """
                    ---
                    title: 安乐镇关于春季植树的倡议
                    published: 2024-03-01
                    issuer: 安乐镇人民政府
                    index_no: 11371723004235384N/2024-00005
                    topics: [综合政务/政务公开]
                    ---

                    春季植树，人人参与。
                    """);
            long v = nextVersion(live, 1);
            HttpResponse<String> page = get(live, "notices/2024/tzgg-2024-05/");
            if (page.statusCode() != 200) {
                // the folder and the file can arrive as two batches; the second rebuild follows at
                // once
                nextVersion(live, v);
                page = get(live, "notices/2024/tzgg-2024-05/");
            }
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("安乐镇关于春季植树的倡议"));
        }
    }
}
