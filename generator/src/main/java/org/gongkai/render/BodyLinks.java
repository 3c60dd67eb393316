package org.gongkai.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.Attachment;
import org.gongkai.content.Body;
import org.gongkai.content.Document;
import org.gongkai.content.LinkTarget;
import org.jsoup.parser.Parser;

/**
 * Rewrites links in a body: a .md link to its document's page, a file beside it to the copied file.
 * Where each link leads was decided once, when the document was loaded ({@link Body.Link#target}),
 * by the resolver the checks read too; this only finds each address in the rendered HTML and writes
 * the target's published address in its place.
 */
final class BodyLinks {

    private static final Pattern HREF = Pattern.compile("(href|src)=\"([^\"#:?]+?)([#?][^\"]*)?\"");

    private BodyLinks() {}

    static String rewrite(String html, Document d, Map<String, Document> bySource) {
        if (html.indexOf("href=\"") < 0 && html.indexOf("src=\"") < 0) {
            return html;
        }
        String root = SitePaths.rootOf(SitePaths.document(d));
        Map<String, LinkTarget> loaded = loadedTargets(d.body());
        Matcher m = HREF.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String written = m.group(2);
            String fragment = m.group(3) == null || m.group(3).startsWith("?") ? "" : m.group(3);
            boolean image = m.group(1).equals("src");
            String replacement = m.group(0);
            // an address the Markdown reader did not list cannot come from the editor's Markdown:
            // the page does not carry it
            LinkTarget target =
                    loaded.getOrDefault(
                            key(image, Parser.unescapeEntities(written, true)),
                            new LinkTarget.Refused("", ""));
            if (target instanceof LinkTarget.Document doc) {
                Optional<Document> linked =
                        doc.file().isEmpty()
                                // a link by document id ([见通知](anzhengfa-2021-8)), which check's
                                // link-broken accepts
                                ? bySource.values().stream()
                                        .filter(x -> x.id().equals(doc.id()))
                                        .findFirst()
                                : Optional.ofNullable(bySource.get(doc.file()));
                // a document that is not published (withheld, or not yet due): its file name must
                // not
                // appear on a public page, so the link keeps its text and loses its address
                replacement =
                        linked.map(
                                        x ->
                                                m.group(1)
                                                        + "=\""
                                                        + root
                                                        + SitePaths.document(x)
                                                        + fragment
                                                        + "\"")
                                .orElse("data-unpublished=\"\"");
            } else if (target instanceof LinkTarget.File f) {
                for (Attachment a : d.attachments()) {
                    if (a.path().equals(f.relative())) {
                        replacement =
                                m.group(1)
                                        + "=\""
                                        + ViewFactory.fileName(a.path())
                                        + fragment
                                        + "\"";
                    }
                }
            } else if (target instanceof LinkTarget.Column c) {
                // another column's document by its relative path: marked as the 栏目编号:文件编号
                // form is, and addressed by the platform (CrossColumnLinks); never the path itself
                replacement = "data-xref=\"" + c.key() + "\"";
            } else if (target instanceof LinkTarget.Refused
                    || target instanceof LinkTarget.Unresolved) {
                // a path the loader refused (outside content/, a Markdown source, a generated
                // name): the
                // page does not carry it
                replacement = "data-refused=\"\"";
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        // another column's document: no address of its own; a platform build gives it one
        // (CrossColumnLinks)
        return sb.toString().replace("href=\"" + LinkTarget.Column.PLACEHOLDER, "data-xref=\"");
    }

    /**
     * Each link's target by what the HTML shows of its destination: the address up to its first
     * {@code #} or {@code ?}, as {@link #HREF} reads it. Two links to one file differ only in their
     * fragment, which the HTML keeps.
     */
    private static Map<String, LinkTarget> loadedTargets(Body body) {
        Map<String, LinkTarget> out = new HashMap<>();
        for (Body.Link l : body.links()) {
            String w = l.destination().strip();
            int cut = w.indexOf('#');
            int q = w.indexOf('?');
            cut = cut < 0 ? q : q < 0 ? cut : Math.min(cut, q);
            out.putIfAbsent(key(l.image(), cut < 0 ? w : w.substring(0, cut)), l.target());
        }
        return out;
    }

    private static String key(boolean image, String address) {
        return (image ? "src " : "href ") + address;
    }
}
