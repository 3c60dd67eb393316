package org.gongkai.render;

import java.util.Comparator;
import java.util.List;

/**
 * The platform's machine-read files: one Atom feed of every column's latest documents, and a
 * sitemap index over the platform's own pages and each column's sitemap.
 */
final class PlatformFeeds {

    private PlatformFeeds() {}

    static String atom(PlatformViews.Portal portal, List<PlatformViews.ColumnSummary> columns) {
        record Dated(Views.Item e, PlatformViews.ColumnSummary c) {}
        List<Dated> latest =
                columns.stream()
                        .flatMap(c -> c.latest().stream().map(e -> new Dated(e.item(), c)))
                        .sorted(
                                Comparator.comparing(
                                                (Dated d) -> d.e().date(),
                                                Comparator.reverseOrder())
                                        .thenComparing(d -> d.e().href()))
                        .limit(Feeds.FEED_SIZE)
                        .toList();
        return Feeds.atom(
                portal.baseUrl(),
                portal.name() + " " + portal.column(),
                PlatformPages.FEED,
                latest.isEmpty() ? "" : latest.get(0).e().date(),
                latest.stream()
                        .map(
                                d ->
                                        new Feeds.AtomEntry(
                                                d.e().href(),
                                                d.e().title(),
                                                d.e().date(),
                                                d.c().name(),
                                                d.e().summary()))
                        .toList());
    }

    /** One sitemap index: the platform's own pages, then each column's sitemap.xml. */
    static String sitemapIndex(
            PlatformViews.Portal portal, List<PlatformViews.ColumnSummary> columns) {
        String base = portal.baseUrl().isEmpty() ? "/" : portal.baseUrl();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        sb.append("  <sitemap><loc>")
                .append(HtmlEscaping.escape(SitePaths.absolute(base, "sitemap-platform.xml")))
                .append("</loc></sitemap>\n");
        for (PlatformViews.ColumnSummary c : columns) {
            sb.append("  <sitemap><loc>")
                    .append(HtmlEscaping.escape(SitePaths.absolute(base, c.id() + "/sitemap.xml")))
                    .append("</loc></sitemap>\n");
        }
        sb.append("</sitemapindex>\n");
        return sb.toString();
    }

    static String urlset(PlatformViews.Portal portal, List<String> paths) {
        String base = portal.baseUrl().isEmpty() ? "/" : portal.baseUrl();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : paths) {
            sb.append("  <url><loc>")
                    .append(HtmlEscaping.escape(SitePaths.absolute(base, p)))
                    .append("</loc></url>\n");
        }
        sb.append("</urlset>\n");
        return sb.toString();
    }
}
