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
        String base = portal.baseUrl().isEmpty() ? "/" : portal.baseUrl();
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
        String updated = latest.isEmpty() ? "1970-01-01" : latest.get(0).e().date();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
        sb.append("  <title>")
                .append(XmlText.escape(portal.name() + " " + portal.column()))
                .append("</title>\n");
        sb.append("  <id>").append(XmlText.escape(SitePaths.absolute(base, ""))).append("</id>\n");
        sb.append("  <link rel=\"self\" href=\"")
                .append(XmlText.escape(SitePaths.absolute(base, PlatformPages.FEED)))
                .append("\"/>\n");
        sb.append("  <updated>")
                .append(updated.isEmpty() ? "1970-01-01" : updated)
                .append("T00:00:00+08:00</updated>\n");
        for (Dated d : latest) {
            String url = SitePaths.absolute(base, d.e().href());
            sb.append("  <entry>\n");
            sb.append("    <title>").append(XmlText.escape(d.e().title())).append("</title>\n");
            sb.append("    <id>").append(XmlText.escape(url)).append("</id>\n");
            sb.append("    <link href=\"").append(XmlText.escape(url)).append("\"/>\n");
            sb.append("    <updated>")
                    .append(d.e().date().isEmpty() ? "1970-01-01" : d.e().date())
                    .append("T00:00:00+08:00</updated>\n");
            sb.append("    <author><name>")
                    .append(XmlText.escape(d.c().name()))
                    .append("</name></author>\n");
            sb.append("    <summary>")
                    .append(XmlText.escape(d.e().summary()))
                    .append("</summary>\n");
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString();
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
