package org.gongkai.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The last look at a built site before it goes live: every relative {@code href} and {@code src} in every
 * page must name a file the site contains. A template typo or a missing asset then fails the build
 * instead of reaching residents as a dead link.
 */
public final class BrokenLinks {

    public static final String RULE = "link-broken";

    /** href or src with a scheme (https:, mailto:, tel:, data:) or protocol-relative: not ours to check. */
    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//).*");

    private BrokenLinks() {
    }

    /**
     * @param label how findings name the folder, e.g. "site", so a page reads site/notices/…/index.html
     * @return one error per broken link, naming the page, its line and column, and the link
     */
    public static List<Finding> find(Path root, String label) throws IOException {
        return find(root, label, "/");
    }

    /**
     * @param basePath the path the site is served under ("/xxgk/" for base_url https://host/xxgk/): a link
     *                 starting with it is checked from the site's root; other root-absolute links lead
     *                 elsewhere on the host and are not the site's to check
     */
    public static List<Finding> find(Path root, String label, String basePath) throws IOException {
        Set<String> files = new HashSet<>();
        List<String> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                String rel = root.relativize(p).toString().replace('\\', '/');
                files.add(rel);
                if (rel.endsWith(".html")) {
                    pages.add(rel);
                }
            });
        }
        return find(root, label, basePath, pages, files);
    }

    /** Checks only {@code pages} against {@code files}: the preview server re-checks what it re-rendered. */
    public static List<Finding> find(Path root, String label, String basePath, Collection<String> pages,
                                     Set<String> files) {
        List<Finding> findings = pages.parallelStream().sorted().flatMap(page -> {
            try {
                return check(root, label, basePath, page, files).stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        return findings;
    }

    private static List<Finding> check(Path root, String label, String basePath, String page, Set<String> files)
            throws IOException {
        String html = Files.readString(root.resolve(page), StandardCharsets.UTF_8);
        // positions cost a second parse, so they are tracked only for a page that has a broken link
        List<Finding> out = check(label, basePath, page, files, Jsoup.parse(html, "", Parser.htmlParser()));
        return out.isEmpty() ? out : check(label, basePath, page, files,
                Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)));
    }

    private static List<Finding> check(String label, String basePath, String page, Set<String> files, Document doc) {
        List<Finding> out = new ArrayList<>();
        String dir = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
        for (Element e : doc.select("[href], [src]")) {
            String attr = e.hasAttr("href") ? "href" : "src";
            String written = e.attr(attr).strip();
            String link = written;
            if (link.isEmpty() || link.startsWith("#") || EXTERNAL.matcher(link).matches()) {
                continue;
            }
            if (link.startsWith("/")) {
                if (!link.startsWith(basePath)) {
                    continue;
                }
                link = link.substring(basePath.length() - 1); // "/xxgk/feed.xml" → "/feed.xml", from the root
            }
            String target = target(dir, link);
            if (target == null || !exists(target, files)) {
                var at = e.sourceRange().start();
                out.add(Finding.error(RULE, new SourceRef(label + "/" + page, Math.max(1, at.lineNumber()),
                        Math.max(1, at.columnNumber())), "页面中的链接“" + written + "”指向的文件在生成的网站中不存在"
                        + ("src".equals(attr) ? "（缺少资源文件）" : "") + "；请检查模板或正文中的链接"));
            }
        }
        return out;
    }

    /** The site-relative path a link points at, or null if it climbs out of the site. */
    static String target(String dir, String link) {
        String path = link;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        String joined = path.startsWith("/") ? path.substring(1) : dir + path;
        List<String> parts = new ArrayList<>();
        for (String p : joined.split("/", -1)) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
                continue;
            }
            parts.add(p);
        }
        String resolved = String.join("/", parts);
        boolean folder = path.isEmpty() || path.endsWith("/") || path.endsWith("/.") || path.equals(".");
        return folder ? (resolved.isEmpty() ? "index.html" : resolved + "/index.html") : resolved;
    }

    private static boolean exists(String target, Set<String> files) {
        // a folder link without the trailing slash still reaches its index.html on every web server
        return files.contains(target) || files.contains(target + "/index.html");
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
