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
        String base = model.site().baseUrl().isEmpty() ? "/" : model.site().baseUrl();
        List<Document> latest =
                model.published().stream()
                        .filter(d -> d.type() != DocumentType.PAGE)
                        .limit(FEED_SIZE)
                        .toList();
        LocalDate updated = latest(latest);
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
        sb.append("  <title>")
                .append(XmlText.escape(model.site().name() + " " + model.site().column()))
                .append("</title>\n");
        sb.append("  <id>").append(XmlText.escape(SitePaths.absolute(base, ""))).append("</id>\n");
        sb.append("  <link rel=\"self\" href=\"")
                .append(XmlText.escape(SitePaths.absolute(base, SitePaths.FEED)))
                .append("\"/>\n");
        sb.append("  <updated>")
                .append(updated.equals(LocalDate.MIN) ? "1970-01-01" : updated)
                .append("T00:00:00+08:00</updated>\n");
        for (Document d : latest) {
            String url = SitePaths.absolute(base, SitePaths.document(d));
            String date =
                    d.published().map(LocalDate::toString).orElse("1970-01-01") + "T00:00:00+08:00";
            sb.append("  <entry>\n");
            sb.append("    <title>").append(XmlText.escape(d.title())).append("</title>\n");
            sb.append("    <id>").append(XmlText.escape(url)).append("</id>\n");
            sb.append("    <link href=\"").append(XmlText.escape(url)).append("\"/>\n");
            sb.append("    <updated>").append(date).append("</updated>\n");
            sb.append("    <author><name>")
                    .append(XmlText.escape(d.issuer().orElse(model.site().name())))
                    .append("</name></author>\n");
            sb.append("    <summary>")
                    .append(XmlText.escape(d.summaryText()))
                    .append("</summary>\n");
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString();
    }

    /** The newest publication date of {@code docs}; {@link LocalDate#MIN} for none. */
    static LocalDate latest(List<Document> docs) {
        return docs.stream()
                .map(d -> d.published().orElse(LocalDate.MIN))
                .max(LocalDate::compareTo)
                .orElse(LocalDate.MIN);
    }
}
