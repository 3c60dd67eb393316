package org.gongkai.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One page of each kind a built site has, found in the output tree: for document types the largest
 * page (the most content to get wrong). A kind the site does not have (the sample has no list long
 * enough to page) is simply absent; the corpus tests cover it.
 */
final class PageTypes {

    /**
     * A path the site does not have, nested, so the 404 page is tested where hosts really serve it.
     */
    static final String MISSING = "no/such/page/index.html";

    private PageTypes() {}

    static Map<String, String> of(Path site) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "index.html");
        for (String[] t :
                new String[][] {
                    {"policy", "policies"},
                    {"interpretation", "interpretations"},
                    {"decision", "decisions"},
                    {"consultation", "consultations"},
                    {"notice", "notices"},
                    {"publicity", "publicity"},
                    {"report", "reports"}
                }) {
            largestDocument(site, t[1], 3).ifPresent(p -> pages.put(t[0], p));
        }
        largestDocument(site, "pages", 2).ifPresent(p -> pages.put("page", p));
        putIfExists(site, pages, "list", "policies/index.html");
        firstMatching(site, 3, "/page/2/index.html").ifPresent(p -> pages.put("paginated-list", p));
        firstMatching(site, 3, "policies/\\d{4}/index.html")
                .ifPresent(p -> pages.put("year-archive", p));
        putIfExists(site, pages, "topic-index", "topics/index.html");
        firstMatching(site, 3, "topics/[^/]+/index.html").ifPresent(p -> pages.put("topic", p));
        putIfExists(site, pages, "validity", "validity/valid/index.html");
        putIfExists(site, pages, "decision-list", "decisions/index.html");
        firstMatching(site, 3, "decisions/catalog/\\d{4}/index.html")
                .ifPresent(p -> pages.put("decision-catalog", p));
        putIfExists(site, pages, "consultation-list", "consultations/index.html");
        firstMatching(site, 3, "villages/[^/]+/index.html").ifPresent(p -> pages.put("village", p));
        putIfExists(site, pages, "sitemap", "sitemap/index.html");
        putIfExists(site, pages, "search", "search/index.html");
        putIfExists(site, pages, "catalog", "mulu/index.html");
        putIfExists(site, pages, "help", "help/index.html");
        pages.put("404", MISSING);
        return pages;
    }

    private static void putIfExists(
            Path site, Map<String, String> pages, String kind, String path) {
        if (Files.isRegularFile(site.resolve(path))) {
            pages.put(kind, path);
        }
    }

    private static Optional<String> largestDocument(Path site, String folder, int depth) {
        Path dir = site.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(dir, depth)) {
            return files.filter(p -> p.getFileName().toString().equals("index.html"))
                    .filter(PageTypes::isDocument)
                    .max(Comparator.comparingLong(PageTypes::size).thenComparing(Path::toString))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Document pages carry the article class; list pages under the same folder do not. */
    private static boolean isDocument(Path p) {
        try {
            return Files.readString(p).contains("<article class=\"document");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> firstMatching(Path site, int depth, String regex) {
        try (Stream<Path> files = Files.walk(site, depth + 2)) {
            return files.map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.matches(regex) || (regex.startsWith("/") && p.endsWith(regex)))
                    .sorted()
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
