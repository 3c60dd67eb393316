package org.gongkai.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.gongkai.content.ContentPath;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;

/**
 * The last look at a built site before it goes live: every relative {@code href} and {@code src} in
 * every page must name a file the site contains. A template typo or a missing asset then fails the
 * build instead of reaching residents as a dead link.
 *
 * <p>A build gathers the targets while it writes ({@link Targets}); {@link #find} reads pages from
 * disk.
 *
 * <p>The pages' {@code href} and {@code src} values come from {@link MarkupAttributes}. A page's
 * link is an address in the built site, not a content path, so it is not a {@code LinkTarget}; but
 * its {@code ..} follow the one rule content links follow ({@link ContentPath#normalise}: a climb
 * above the root is refused, never dropped), with a fast path for the common shape.
 */
public final class BrokenLinks {

    public static final String RULE = "link-broken";

    /**
     * href or src with a scheme (https:, mailto:, tel:, data:) or protocol-relative: not ours to
     * check. What {@code ^([a-zA-Z][a-zA-Z0-9+.-]*:|//)} matches, without a regex per link (half a
     * million links at 10,000 documents).
     */
    static boolean isExternal(String link) {
        if (link.startsWith("//")) {
            return true;
        }
        if (link.isEmpty() || !MarkupAttributes.isAsciiLetter(link.charAt(0))) {
            return false;
        }
        for (int i = 1; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!(MarkupAttributes.isAsciiLetter(c)
                    || (c >= '0' && c <= '9')
                    || c == '+'
                    || c == '.'
                    || c == '-')) {
                return false;
            }
        }
        return false;
    }

    private BrokenLinks() {}

    /**
     * The pages above a site that its links may climb to: a column built into {@code OUT/<column>/}
     * of a platform links to the platform's home, policy library and search. A climbing link is
     * fine exactly when it lands on one of {@code files} (paths relative to the platform's root);
     * every other climb is broken.
     */
    public record Outer(String column, Set<String> files) {
        public static final Outer NONE = new Outer("", Set.of());

        public Outer {
            files = Set.copyOf(files);
        }

        boolean allows(String dir, String basePath, String written) {
            if (files.isEmpty()) {
                return false;
            }
            String link = written.strip();
            // the 404 page's links start from the column's address (/xxgk/c001/../index.html)
            boolean fromBase = link.startsWith("/") && link.startsWith(basePath);
            String t =
                    fromBase
                            ? target(column + "/", link.substring(basePath.length()))
                            : target(column + "/" + dir, link);
            return t != null && (files.contains(t) || files.contains(t + "/index.html"));
        }
    }

    /**
     * @param label how findings name the folder, e.g. "site", so a page reads
     *     site/notices/…/index.html
     * @return one error per broken link, naming the page, its line and column, and the link
     */
    public static List<Finding> find(Path root, String label) throws IOException {
        return find(root, label, "/");
    }

    /**
     * @param basePath the path the site is served under ("/xxgk/" for base_url https://host/xxgk/):
     *     a link starting with it is checked from the site's root; other root-absolute links lead
     *     elsewhere on the host and are not the site's to check
     */
    public static List<Finding> find(Path root, String label, String basePath) throws IOException {
        return find(root, label, basePath, Outer.NONE);
    }

    /** As {@link #find(Path, String, String)}, letting links climb to {@code outer}'s files. */
    public static List<Finding> find(Path root, String label, String basePath, Outer outer)
            throws IOException {
        Set<String> files = new HashSet<>();
        List<String> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .forEach(
                            p -> {
                                String rel = root.relativize(p).toString().replace('\\', '/');
                                files.add(rel);
                                if (rel.endsWith(".html")) {
                                    pages.add(rel);
                                }
                            });
        }
        return find(root, label, basePath, pages, files, outer);
    }

    /**
     * Checks only {@code pages} against {@code files}: the preview server re-checks what it
     * re-rendered.
     */
    public static List<Finding> find(
            Path root, String label, String basePath, Collection<String> pages, Set<String> files) {
        return find(root, label, basePath, pages, files, Outer.NONE);
    }

    private static List<Finding> find(
            Path root,
            String label,
            String basePath,
            Collection<String> pages,
            Set<String> files,
            Outer outer) {
        List<Finding> findings =
                pages.parallelStream()
                        .sorted()
                        .flatMap(
                                page -> {
                                    try {
                                        return check(root, label, basePath, page, files, outer)
                                                .stream();
                                    } catch (IOException e) {
                                        throw new UncheckedIOException(e);
                                    }
                                })
                        .toList();
        return findings;
    }

    private static List<Finding> check(
            Path root, String label, String basePath, String page, Set<String> files, Outer outer)
            throws IOException {
        return check(
                label,
                basePath,
                page,
                files,
                Files.readString(root.resolve(page), StandardCharsets.UTF_8),
                outer);
    }

    static List<Finding> check(
            String label, String basePath, String page, Set<String> files, String html) {
        return check(label, basePath, page, files, html, Outer.NONE);
    }

    static List<Finding> check(
            String label,
            String basePath,
            String page,
            Set<String> files,
            String html,
            Outer outer) {
        List<Finding> out = new ArrayList<>();
        String dir = folderOf(page);
        for (MarkupAttributes.Attribute a : MarkupAttributes.of(html)) {
            String target = target(dir, basePath, a.value());
            if (target != null && (target.isEmpty() || exists(target, files))) {
                continue; // "" is not the site's to check
            }
            if (target == null && outer.allows(dir, basePath, a.value())) {
                continue;
            }
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < a.offset(); i++) {
                if (html.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            out.add(
                    Finding.error(
                            RULE,
                            new SourceRef(label + "/" + page, line, a.offset() - lineStart + 1),
                            "页面中的链接“"
                                    + a.value().strip()
                                    + "”指向的文件在生成的网站中不存在"
                                    + ("src".equals(a.name()) ? "（缺少资源文件）" : "")
                                    + "；请检查模板或正文中的链接"));
        }
        return out;
    }

    /**
     * Where a link written on a page leads inside the site: a site-relative path, "" for a link
     * that is not the site's to check (another scheme, a fragment, elsewhere on the host), or null
     * when it climbs out.
     */
    static String target(String dir, String basePath, String written) {
        String link = written.strip();
        if (link.isEmpty() || link.startsWith("#") || isExternal(link)) {
            return "";
        }
        if (link.startsWith("/")) {
            if (!link.startsWith(basePath)) {
                return "";
            }
            link =
                    link.substring(
                            basePath.length() - 1); // "/xxgk/feed.xml" → "/feed.xml", from the root
        }
        return target(dir, link);
    }

    private static String folderOf(String page) {
        return page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
    }

    /**
     * The site-relative targets of one page's links, and whether any link climbs out of the site.
     */
    public record PageLinks(List<String> targets, boolean climbs) {}

    /**
     * The link targets of every page, gathered while the pages are written (their HTML is still in
     * memory), so a build checks its links without reading its pages back. Only when a target is
     * missing are the pages read again ({@link #find}), to name each page, line and column.
     */
    public static final class Targets {
        private final String basePath;
        private final Outer outer;
        private final Set<String> targets = ConcurrentHashMap.newKeySet();
        private final Set<String> climbing = ConcurrentHashMap.newKeySet();

        /**
         * @param basePath as for {@link BrokenLinks#find(Path, String, String)}
         */
        public Targets(String basePath) {
            this(basePath, Outer.NONE);
        }

        /** As {@link #Targets(String)}, letting links climb to {@code outer}'s files. */
        public Targets(String basePath, Outer outer) {
            this.basePath = basePath;
            this.outer = outer;
        }

        /** Gathers the targets of {@code page}'s links. */
        public void scan(String page, String html) {
            scan(page, html.toCharArray(), html.length());
        }

        /** As {@link #scan(String, String)}, over the page's characters {@code html[0, n)}. */
        public void scan(String page, char[] html, int n) {
            if (collect(page, html, n, targets::add)) {
                climbing.add(page);
            }
        }

        /** As {@link #scan}, and returns the page's targets (what a build record keeps). */
        public PageLinks scanAndKeep(String page, char[] html, int n) {
            Set<String> found = new LinkedHashSet<>();
            boolean climbs = collect(page, html, n, found::add);
            PageLinks links = new PageLinks(List.copyOf(found), climbs);
            add(page, links);
            return links;
        }

        /**
         * Hands each site-relative target of {@code page}'s links to {@code sink}; true when a link
         * climbs out of the site. A build without a record gathers straight into the site-wide set,
         * no set per page.
         */
        private boolean collect(String page, char[] html, int n, Consumer<String> sink) {
            String dir = folderOf(page);
            boolean climbs = false;
            for (MarkupAttributes.Attribute a : MarkupAttributes.of(html, n)) {
                String t = target(dir, basePath, a.value());
                if (t == null) {
                    climbs |= !outer.allows(dir, basePath, a.value());
                } else if (!t.isEmpty()) {
                    sink.accept(t);
                }
            }
            return climbs;
        }

        /** The links of a page taken unchanged from the previous build, as its record has them. */
        public void add(String page, PageLinks links) {
            if (links.climbs()) {
                climbing.add(page);
            }
            targets.addAll(links.targets());
        }

        /** Whether every link found leads to one of {@code files}. */
        public boolean allExist(Set<String> files) {
            return climbing.isEmpty() && targets.stream().allMatch(t -> exists(t, files));
        }
    }

    /** The site-relative path a link points at, or null if it climbs out of the site. */
    static String target(String dir, String link) {
        String path = link;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        path = ContentPath.decoded(path);
        String plain = plainTarget(dir, path);
        return plain != null ? plain : resolved(dir, path);
    }

    /**
     * The common case without splitting: a page's links are its root ("../" a few times) and a
     * clean site-relative path. Null for anything else ("." or ".." further on, "//", a leading
     * "/", a climb past the root), which {@link #resolved} takes.
     */
    private static String plainTarget(String dir, String path) {
        int i = 0;
        int up = 0;
        while (path.startsWith("../", i)) {
            i += 3;
            up++;
        }
        if (path.startsWith("/", i)
                || path.indexOf("./", i) >= 0
                || path.indexOf("//", i) >= 0
                || (path.endsWith(".")
                        && (path.length() == i + 1
                                || path.endsWith("/.")
                                || path.equals("..")
                                || path.endsWith("/..")))) {
            return null;
        }
        int end = dir.length();
        for (int k = 0; k < up; k++) {
            if (end == 0) {
                return null;
            }
            end = dir.lastIndexOf('/', end - 2) + 1;
        }
        String rest = path.substring(i);
        String joined = dir.substring(0, end) + rest;
        return rest.isEmpty() || rest.endsWith("/") ? joined + "index.html" : joined;
    }

    /** The general case: segment by segment, as ContentPath normalises every path content names. */
    static String resolved(String dir, String path) {
        String joined = path.startsWith("/") ? path.substring(1) : dir + path;
        String resolved = ContentPath.normalise(joined);
        if (resolved == null) {
            return null;
        }
        boolean folder =
                path.isEmpty() || path.endsWith("/") || path.endsWith("/.") || path.equals(".");
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
