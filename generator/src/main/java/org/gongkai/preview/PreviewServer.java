package org.gongkai.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Serves the preview folder on 127.0.0.1 only. HTML responses get one extra script tag (never
 * written to disk, so the folder stays what a build writes) that waits for the next rebuild and
 * reloads the page; while the content has errors every page is replaced by the list of errors.
 */
public final class PreviewServer implements AutoCloseable {

    static final String PREFIX = "/__gongkai/";
    private static final long WAIT_MILLIS = 25_000;

    private static final Map<String, String> TYPES =
            Map.ofEntries(
                    Map.entry("html", "text/html; charset=utf-8"),
                    Map.entry("css", "text/css; charset=utf-8"),
                    Map.entry("js", "text/javascript; charset=utf-8"),
                    Map.entry("json", "application/json"),
                    Map.entry("xml", "application/xml; charset=utf-8"),
                    Map.entry("csv", "text/csv; charset=utf-8"),
                    Map.entry("txt", "text/plain; charset=utf-8"),
                    Map.entry("svg", "image/svg+xml"),
                    Map.entry("png", "image/png"),
                    Map.entry("jpg", "image/jpeg"),
                    Map.entry("jpeg", "image/jpeg"),
                    Map.entry("gif", "image/gif"),
                    Map.entry("webp", "image/webp"),
                    Map.entry("pdf", "application/pdf"),
                    Map.entry("ico", "image/x-icon"),
                    Map.entry("woff2", "font/woff2"),
                    Map.entry("doc", "application/msword"),
                    Map.entry("xls", "application/vnd.ms-excel"),
                    Map.entry(
                            "docx",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                    Map.entry(
                            "xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                    Map.entry("ofd", "application/ofd"),
                    Map.entry("zip", "application/zip"));

    private final Preview preview;
    private final HttpServer server;
    private final ExecutorService threads;
    private final Object versions = new Object();
    private final SearchEndpoint search;

    private PreviewServer(
            Preview preview, HttpServer server, ExecutorService threads, SearchEndpoint search) {
        this.preview = preview;
        this.server = server;
        this.threads = threads;
        this.search = search;
    }

    /** Starts serving {@code preview} on 127.0.0.1:{@code port} (0 picks a free port). */
    public static PreviewServer start(Preview preview, int port) throws IOException {
        // the JDK server writes a response's headers and body apart: with Nagle's algorithm on, the
        // body waited for the browser's delayed ACK, 40 ms on every page (JDK-6968351); read once,
        // on first use
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server =
                HttpServer.create(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        // reload requests wait for the next rebuild, so each browser tab holds one thread
        ExecutorService threads =
                Executors.newCachedThreadPool(
                        r -> {
                            Thread t = new Thread(r, "gongkai-preview-http");
                            t.setDaemon(true);
                            return t;
                        });
        server.setExecutor(threads);
        PreviewServer s = new PreviewServer(preview, server, threads, new SearchEndpoint(preview));
        server.createContext("/", s::handle);
        server.start();
        return s;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** Wakes every waiting browser: call after each rebuild. */
    public void rebuilt() {
        synchronized (versions) {
            versions.notifyAll();
        }
    }

    /**
     * Answers every request, whatever it holds: the JDK server closes the connection without a word
     * when a handler throws, which a browser shows as a broken site. An address it cannot decode
     * ({@code %zz}) is a 400; anything else that fails is a 500 that says so.
     */
    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            try {
                serve(ex);
            } catch (IllegalArgumentException e) {
                // URLDecoder: a % not followed by two hex digits; Path: a %00 in the address
                SearchEndpoint.badRequest(ex, "网址无法识别：% 后应是两位十六进制数字，且不能是 %00；请检查地址栏中的网址");
            } catch (RuntimeException e) {
                send(
                        ex,
                        500,
                        "text/plain; charset=utf-8",
                        ("预览服务器出错：" + e).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
            send(ex, 405, "text/plain; charset=utf-8", "只支持 GET".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path =
                URLDecoder.decode(
                        ex.getRequestURI().getRawPath().replace("+", "%2B"),
                        StandardCharsets.UTF_8);
        String base = preview.basePath();
        if (!base.equals("/")
                && (path.startsWith(base) || path.equals(base.substring(0, base.length() - 1)))) {
            // the site as it will be served (https://host/xxgk/…): the 404 page's links start there
            path = path.length() < base.length() ? "/" : path.substring(base.length() - 1);
        }
        if (path.startsWith(PREFIX)) {
            own(ex, path.substring(PREFIX.length()));
            return;
        }
        if (path.equals("/search")) {
            // /search/ is the search page itself; only /search answers from the server
            search.handle(ex);
            return;
        }
        Path root = preview.root();
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root)) {
            send(ex, 403, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                ex.getResponseHeaders().set("Location", path + "/");
                send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        Preview.Outcome last = preview.last();
        String type = type(file);
        if (type.startsWith("text/html") && !last.ok() && !last.errors().isEmpty()) {
            send(
                    ex,
                    200,
                    type,
                    ErrorPage.html(last.errors(), script(last.version()))
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        int status = 200;
        if (!Files.isRegularFile(file)) {
            status = 404;
            file = root.resolve("404.html");
            type = type(file);
            if (!Files.isRegularFile(file)) {
                send(ex, 404, "text/plain; charset=utf-8", "404".getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        byte[] body = Files.readAllBytes(file);
        if (type.startsWith("text/html")) {
            body =
                    withReload(new String(body, StandardCharsets.UTF_8), last.version())
                            .getBytes(StandardCharsets.UTF_8);
        }
        send(ex, status, type, body);
    }

    /** The preview's own endpoints: the reload script, and "wait until the version changes". */
    private void own(HttpExchange ex, String name) throws IOException {
        if (name.equals("reload.js")) {
            byte[] js;
            try (var in = PreviewServer.class.getResourceAsStream("reload.js")) {
                js = in.readAllBytes();
            }
            send(ex, 200, TYPES.get("js"), js);
            return;
        }
        if (name.equals("version")) {
            long seen = parseLong(query(ex, "v"), -1);
            long deadline = System.currentTimeMillis() + WAIT_MILLIS;
            synchronized (versions) {
                while (preview.last().version() == seen && System.currentTimeMillis() < deadline) {
                    try {
                        versions.wait(Math.max(1, deadline - System.currentTimeMillis()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
            send(
                    ex,
                    200,
                    "text/plain; charset=utf-8",
                    String.valueOf(preview.last().version()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(ex, 404, "text/plain; charset=utf-8", new byte[0]);
    }

    static String script(long version) {
        // a file, not inline code: the site's Content-Security-Policy allows script-src 'self' only
        return "<script src=\"" + PREFIX + "reload.js?v=" + version + "\" defer></script>\n";
    }

    static String withReload(String html, long version) {
        int at = html.lastIndexOf("</body>");
        return at < 0
                ? html + script(version)
                : html.substring(0, at) + script(version) + html.substring(at);
    }

    private static String query(HttpExchange ex, String key) {
        String q = ex.getRequestURI().getRawQuery();
        if (q == null) {
            return "";
        }
        for (String part : q.split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).equals(key)) {
                return URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    static String param(HttpExchange ex, String key) {
        return query(ex, key);
    }

    private static long parseLong(String s, long fallback) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0
                ? "application/octet-stream"
                : TYPES.getOrDefault(
                        name.substring(dot + 1).toLowerCase(Locale.ROOT),
                        "application/octet-stream");
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        // the preview changes under the browser: nothing may be served from its cache
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        rebuilt();
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
