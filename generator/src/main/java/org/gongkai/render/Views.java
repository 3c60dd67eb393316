package org.gongkai.render;

import java.util.List;
import java.util.Optional;

/**
 * View models: what templates print, already computed and formatted. Templates never compute. Every
 * {@code href} is relative to the site root; templates put {@code $root} in front.
 *
 * <p>The view records here and in the other {@code *Views} classes take their lists as given, with
 * no defensive copy: each is made by one factory of this package from lists made for it that
 * nothing changes afterwards, and a template cannot change them either ({@link TemplateSandbox}
 * allows only the reading methods of a list). A copy of every list of every page was ceremony on
 * the render path.
 */
public final class Views {

    private Views() {}

    public record Link(String text, String href) {}

    /** A link with a count, for taxonomy indexes. */
    public record Term(String text, String href, int count) {}

    /**
     * One document as lists show it. {@code status} is a 公示's 公示中 / 已结束 as of the build date, else
     * empty.
     */
    public record Item(
            String id,
            String title,
            String href,
            String date,
            String type,
            String docNumber,
            String validity,
            String validitySlug,
            String summary,
            String status,
            String statusSlug) {

        /** The same item as a list one folder up sees it, its href from {@code folder}'s parent. */
        Item under(String folder) {
            return new Item(
                    id,
                    title,
                    folder + "/" + href,
                    date,
                    type,
                    docNumber,
                    validity,
                    validitySlug,
                    summary,
                    status,
                    statusSlug);
        }
    }

    public record Row(String label, String value, String href) {}

    public record File(String title, String href, String kind, String size) {}

    public record Relation(String label, List<Item> items) {}

    public record Pager(int current, int total, String prev, String next, List<Link> pages) {}

    public record Section(String title, String href, String note, List<Link> links) {
        /** A section that opens at its first link; none without links (no section is empty). */
        static Optional<Section> leading(String title, String note, List<Link> links) {
            return links.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new Section(title, links.get(0).href(), note, links));
        }
    }

    public record Crumb(String text, String href) {}
}
