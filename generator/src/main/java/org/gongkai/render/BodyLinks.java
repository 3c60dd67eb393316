package org.gongkai.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.content.Attachment;
import org.gongkai.content.Body;
import org.gongkai.content.Document;
import org.gongkai.content.LinkTarget;
import org.jsoup.parser.Parser;

/**
 * Rewrites links in a body: a .md link to its document's page, a file beside it to the copied file.
 * Where each link leads was decided once, when the document was loaded ({@link Body.Link#target}),
 * by the resolver the checks read too; the Markdown reader left a mark with each relative link's
 * index ({@link Body#LINK_MARK}), and this writes that link's published address in its place.
 */
final class BodyLinks {

    private BodyLinks() {}

    /**
     * @param bySource the published documents by source file
     * @param publishedById a published document by its id, for a link by id
     */
    static String rewrite(
            Document d,
            Map<String, Document> bySource,
            Function<String, Optional<Document>> publishedById) {
        String html = d.body().html();
        int at = html.indexOf(Body.LINK_MARK);
        StringBuilder sb = at < 0 ? null : new StringBuilder(html.length());
        int copied = 0;
        while (at >= 0) {
            int start = attributeStart(html, at);
            int end = html.indexOf('"', at);
            if (start >= 0 && end >= 0) {
                sb.append(html, copied, start);
                Marked m = Marked.of(html.substring(at, end), html.startsWith("src", start));
                sb.append(m.attribute(m.target(d.body().links()), d, bySource, publishedById));
                copied = end + 1;
            }
            at = html.indexOf(Body.LINK_MARK, Math.max(at + 1, copied));
        }
        String out = sb == null ? html : sb.append(html, copied, html.length()).toString();
        // another column's document: no address of its own; a platform build gives it one
        // (CrossColumnLinks)
        return out.replace("href=\"" + LinkTarget.Column.PLACEHOLDER, "data-xref=\"");
    }

    /** Where the {@code href="} or {@code src="} whose value begins at {@code value} starts. */
    private static int attributeStart(String html, int value) {
        if (html.startsWith("href=\"", value - 6)) {
            return value - 6;
        }
        return html.startsWith("src=\"", value - 5) ? value - 5 : -1;
    }

    /**
     * One marked address as the HTML holds it.
     *
     * @param name {@code href} or {@code src}
     * @param index the link's index in the body's links, -1 when the mark is malformed
     * @param written the address behind the mark, as the HTML encodes it
     */
    private record Marked(String name, int index, String written) {

        static Marked of(String value, boolean image) {
            int slash = value.indexOf('/');
            int index = -1;
            if (slash > Body.LINK_MARK.length()) {
                try {
                    index = Integer.parseInt(value.substring(Body.LINK_MARK.length(), slash));
                } catch (NumberFormatException e) {
                    index = -1;
                }
            }
            return new Marked(
                    image ? "src" : "href", index, slash < 0 ? "" : value.substring(slash + 1));
        }

        /**
         * The loaded target of the link the mark names. Raw HTML could carry a mark of its own
         * making: it counts only when the address behind it is that link's, so it leads nowhere the
         * Markdown did not.
         */
        LinkTarget target(List<Body.Link> links) {
            if (index < 0 || index >= links.size()) {
                return new LinkTarget.Refused("", "");
            }
            Body.Link l = links.get(index);
            String address =
                    written.indexOf('&') < 0 ? written : Parser.unescapeEntities(written, true);
            return l.image() == name.equals("src") && l.destination().equals(address)
                    ? l.target()
                    : new LinkTarget.Refused("", "");
        }

        /** The written fragment ({@code #…}), kept on the page's new address; a query is not. */
        String fragment() {
            for (int i = 0; i < written.length(); i++) {
                char c = written.charAt(i);
                if (c == '#') {
                    return written.substring(i);
                } else if (c == '?') {
                    return "";
                }
            }
            return "";
        }

        /** The attribute as the page carries it, for {@code target}. */
        String attribute(
                LinkTarget target,
                Document d,
                Map<String, Document> bySource,
                Function<String, Optional<Document>> publishedById) {
            if (target instanceof LinkTarget.Document doc) {
                Optional<Document> linked =
                        doc.file().isEmpty()
                                // a link by document id ([见通知](anzhengfa-2021-8)), which check's
                                // link-broken accepts
                                ? publishedById.apply(doc.id())
                                : Optional.ofNullable(bySource.get(doc.file()));
                // a document that is not published (withheld, or not yet due): its file name must
                // not appear on a public page, so the link keeps its text and loses its address
                String root = SitePaths.rootOf(SitePaths.document(d));
                return linked.map(x -> address(root + SitePaths.document(x) + fragment()))
                        .orElse("data-unpublished=\"\"");
            } else if (target instanceof LinkTarget.File f) {
                for (Attachment a : d.attachments()) {
                    if (a.path().equals(f.relative())) {
                        return address(ViewFactory.fileName(a.path()) + fragment());
                    }
                }
                return address(written); // an image beside the page, copied under its own name
            } else if (target instanceof LinkTarget.Column c) {
                // another column's document by its relative path: marked as the 栏目编号:文件编号
                // form is, and addressed by the platform (CrossColumnLinks); never the path itself
                return "data-xref=\"" + c.key() + "\"";
            } else if (target instanceof LinkTarget.Refused
                    || target instanceof LinkTarget.Unresolved) {
                // a path the loader refused (outside content/, a Markdown source, a generated
                // name), or one it never saw: the page does not carry it
                return "data-refused=\"\"";
            }
            return address(written); // External, Fragment: as written
        }

        private String address(String value) {
            return name + "=\"" + value + "\"";
        }
    }
}
