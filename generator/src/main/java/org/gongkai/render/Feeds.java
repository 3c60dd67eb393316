package org.gongkai.render;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.site.SiteModel;

/**
 * sitemap.xml and the Atom feed. Dates come from content, never from the clock, so builds repeat.
 */
final class Feeds {

    private Feeds() {}

    static final int FEED_SIZE = 30;

    static String sitemap(SiteModel model, List<String> paths) {
        String base = model.site().baseUrl().isEmpty() ? "/" : model.site().baseUrl();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : paths) {
            if (p.equals(SitePaths.NOT_FOUND)) {
                continue;
            }
            sb.append("  <url><loc>")
                    .append(XmlText.escape(SitePaths.absolute(base, p)))
                    .append("</loc></url>\n");
        }
        sb.append("</urlset>\n");
        return sb.toString();
    }

    static String atom(SiteModel model, ViewFactory views) {
        List<Document> latest =
                model.published().stream()
                        .filter(d -> d.type() != DocumentType.PAGE)
                        .limit(FEED_SIZE)
                        .toList();
        LocalDate updated = latest(latest);
        return atom(
                model.site().baseUrl(),
                model.site().name() + " " + model.site().column(),
                SitePaths.FEED,
                updated.equals(LocalDate.MIN) ? "" : updated.toString(),
                latest.stream()
                        .map(
                                d ->
                                        new AtomEntry(
                                                SitePaths.document(d),
                                                d.title(),
                                                d.published().map(LocalDate::toString).orElse(""),
                                                d.issuer().orElse(model.site().name()),
                                                d.summaryText()))
                        .toList());
    }

    /**
     * One entry of an Atom feed.
     *
     * @param href from the feed's root
     * @param date YYYY-MM-DD, or empty (written as 1970-01-01)
     */
    record AtomEntry(String href, String title, String date, String author, String summary) {}

    /** An Atom feed, a column's or the platform's: one markup for both. */
    static String atom(
            String baseUrl, String title, String self, String updated, List<AtomEntry> entries) {
        String base = baseUrl.isEmpty() ? "/" : baseUrl;
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
        sb.append("  <title>").append(XmlText.escape(title)).append("</title>\n");
        sb.append("  <id>").append(XmlText.escape(SitePaths.absolute(base, ""))).append("</id>\n");
        sb.append("  <link rel=\"self\" href=\"")
                .append(XmlText.escape(SitePaths.absolute(base, self)))
                .append("\"/>\n");
        sb.append("  <updated>").append(dateTime(updated)).append("</updated>\n");
        for (AtomEntry e : entries) {
            String url = SitePaths.absolute(base, e.href());
            sb.append("  <entry>\n");
            sb.append("    <title>").append(XmlText.escape(e.title())).append("</title>\n");
            sb.append("    <id>").append(XmlText.escape(url)).append("</id>\n");
            sb.append("    <link href=\"").append(XmlText.escape(url)).append("\"/>\n");
            sb.append("    <updated>").append(dateTime(e.date())).append("</updated>\n");
            sb.append("    <author><name>")
                    .append(XmlText.escape(e.author()))
                    .append("</name></author>\n");
            sb.append("    <summary>").append(XmlText.escape(e.summary())).append("</summary>\n");
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString();
    }

    /** Content dates are days; a feed wants an instant: the day's start in Beijing. */
    private static String dateTime(String date) {
        return (date.isEmpty() ? "1970-01-01" : date) + "T00:00:00+08:00";
    }

    /** The newest publication date of {@code docs}; {@link LocalDate#MIN} for none. */
    static LocalDate latest(List<Document> docs) {
        return docs.stream()
                .map(d -> d.published().orElse(LocalDate.MIN))
                .max(LocalDate::compareTo)
                .orElse(LocalDate.MIN);
    }
}
