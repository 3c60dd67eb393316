package org.gongkai.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code _headers} (Netlify / Cloudflare Pages format): hashed assets are cached for a year and
 * never revalidated; pages, feeds and data for five minutes, so a correction reaches residents
 * quickly.
 *
 * <p>Those hosts merge the headers of every matching rule, so a catch-all {@code /*} with a short
 * Cache-Control would be joined onto the assets' long one. The short rule is therefore written per
 * top-level entry of the built site, never for assets/.
 */
public final class CacheHeaders {

    public static final String FILE = "_headers";
    public static final String LONG = "public, max-age=31536000, immutable";
    public static final String SHORT = "public, max-age=300, must-revalidate";

    private CacheHeaders() {}

    public static void write(Path root) throws IOException {
        Files.writeString(root.resolve(FILE), text(root), StandardCharsets.UTF_8);
    }

    static String text(Path root) throws IOException {
        List<Path> top;
        try (Stream<Path> list = Files.list(root)) {
            top = list.sorted().toList();
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# 由 Gongkai 生成：带内容哈希的 assets/ 缓存一年，页面缓存五分钟\n");
        sb.append(
                "/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n\n");
        sb.append("/assets/*\n  Cache-Control: ").append(LONG).append("\n\n");
        sb.append("/\n  Cache-Control: ").append(SHORT).append('\n');
        for (Path p : top) {
            String name = p.getFileName().toString();
            if (name.equals("assets")
                    || name.equals(FILE)
                    || name.startsWith(".")
                    || name.endsWith(".gz")) {
                continue;
            }
            sb.append('\n')
                    .append('/')
                    .append(name)
                    .append(Files.isDirectory(p) ? "/*" : "")
                    .append('\n');
            sb.append("  Cache-Control: ").append(SHORT).append('\n');
        }
        return sb.toString();
    }
}
