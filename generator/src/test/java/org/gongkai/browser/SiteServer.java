package org.gongkai.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Serves a built site on 127.0.0.1 the way a static host does: gzip for text when the browser asks,
 * index.html for folders, 404.html for what is missing. Tests measure page weight through it.
 */
public final class SiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES =
            Map.ofEntries(
                    Map.entry("html", "text/html; charset=utf-8"),
                    Map.entry("htm", "text/html; charset=utf-8"),
                    Map.entry("xhtml", "application/xhtml+xml"),
                    Map.entry("css", "text/css; charset=utf-8"),
                    Map.entry("js", "text/javascript; charset=utf-8"),
                    Map.entry("json", "application/json; charset=utf-8"),
                    Map.entry("xml", "application/xml; charset=utf-8"),
                    Map.entry("csv", "text/csv; charset=utf-8"),
                    Map.entry("txt", "text/plain; charset=utf-8"),
                    Map.entry("png", "image/png"),
                    Map.entry("svg", "image/svg+xml"));

    private final HttpServer server;
    private final Path root;
    private final String basePath;

    public SiteServer(Path root) throws IOException {
        this(root, "/");
    }

    /**
     * Serves the site under {@code basePath} (e.g. /xxgk/, the path of site.yaml's base_url), as a
     * host would.
     */
    public SiteServer(Path root, String basePath) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
        this.server =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Serves a built site under the path of its base_url (read back from its robots.txt), so
     * root-relative links, such as the 404 page's, work as they will on the real host.
     */
    public static SiteServer forSite(Path site) throws IOException {
        Path robots = site.resolve("robots.txt");
        String base = "/";
        if (Files.isRegularFile(robots)) {
            var m =
                    Pattern.compile("(?m)^Sitemap: (\\S+)sitemap\\.xml$")
                            .matcher(Files.readString(robots));
            if (m.find()) {
                base = URI.create(m.group(1)).getRawPath();
            }
        }
        return new SiteServer(site, base == null || base.isEmpty() ? "/" : base);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath + path;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path =
                    URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            boolean inside = path.startsWith(basePath);
            Path file =
                    root.resolve(inside ? path.substring(basePath.length()) : "404.html")
                            .normalize();
            int status = 200;
            if (!inside || !file.startsWith(root)) {
                file = root.resolve("404.html");
                status = 404;
            } else if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                file = root.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            String type = TYPES.getOrDefault(ext, "application/octet-stream");
            ex.getResponseHeaders().set("Content-Type", type);
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
            if (accept != null
                    && accept.contains("gzip")
                    && (type.startsWith("text/")
                            || type.startsWith("application/")
                            || type.startsWith("image/svg"))) {
                body = gzip(body);
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(data);
        }
        return bos.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
