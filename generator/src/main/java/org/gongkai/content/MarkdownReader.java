package org.gongkai.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to {@link Body}: parsed once, with source positions, rendered once, sanitised.
 * Thread-safe: commonmark's parser and renderer are immutable.
 */
public final class MarkdownReader {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser =
            Parser.builder()
                    .extensions(EXTENSIONS)
                    .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                    .build();

    private final HtmlRenderer renderer =
            HtmlRenderer.builder()
                    .extensions(EXTENSIONS)
                    .sanitizeUrls(true)
                    .urlSanitizer(new SafeUrls())
                    .attributeProviderFactory(
                            context ->
                                    (node, tagName, attributes) -> {
                                        if (node instanceof Heading h && h.getLevel() >= 2) {
                                            attributes.put("id", anchorOf(h));
                                        }
                                        if (node instanceof Image) {
                                            attributes.put("loading", "lazy");
                                        }
                                        // SafeUrls empties an unsafe address; an empty one would
                                        // point at the page itself, so drop it
                                        if ("".equals(attributes.get("href"))) {
                                            attributes.remove("href");
                                            attributes.remove("rel");
                                        }
                                        if ("".equals(attributes.get("src"))) {
                                            attributes.remove("src");
                                        }
                                        if (node instanceof Link link
                                                && !link.getDestination().contains(":")) {
                                            attributes.remove(
                                                    "rel"); // nofollow is for foreign links, not
                                            // the column's own pages
                                        }
                                    })
                    .build();

    /**
     * @param file the file, relative to the content folder
     * @param markdown the body text
     * @param firstLine the file line on which the body starts
     */
    public Body read(String file, String markdown, int firstLine) {
        Node root = parser.parse(markdown);
        Collector c = new Collector(file, firstLine);
        root.accept(c);
        String html = renderer.render(root);
        if (!c.rawHtml.isEmpty()) {
            // raw HTML is never trusted: keep only what the safelist allows (no script, no
            // handlers, no javascript:)
            html = BodySanitiser.clean(html);
        }
        return new Body(
                html, c.text.toString().strip(), c.headings, c.paragraphs, c.links, c.rawHtml);
    }

    /** A heading's anchor is its own text, so 决策 stages can be linked as #决策结果. */
    static String anchorOf(Heading h) {
        StringBuilder sb = new StringBuilder();
        appendText(h, sb);
        return anchor(sb);
    }

    /**
     * The text stripped, each run of the white space regex {@code \\s} matches (ASCII only) one
     * {@code -}: a loop, not a regex, as it runs for every heading twice.
     */
    static String anchor(CharSequence text) {
        String t = text.toString().strip();
        int first = 0;
        while (first < t.length() && !isSpace(t.charAt(first))) {
            first++;
        }
        if (first == t.length()) {
            // most headings (一、总体情况) hold no space: the stripped text is the anchor, not copied
            return t.isEmpty() ? "section" : t;
        }
        StringBuilder out = new StringBuilder(t.length()).append(t, 0, first);
        boolean inSpace = false;
        for (int i = first; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = isSpace(c);
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append('-');
            }
            inSpace = space;
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    static void appendText(Node node, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code code) {
                sb.append(code.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append(' ');
            } else {
                appendText(n, sb);
            }
        }
    }

    private static final class Collector extends AbstractVisitor {
        final String file;
        final int firstLine;
        final StringBuilder text = new StringBuilder();
        final List<Body.Heading> headings = new ArrayList<>();
        final List<Body.Paragraph> paragraphs = new ArrayList<>();
        final List<Body.Link> links = new ArrayList<>();
        final List<Body.RawHtml> rawHtml = new ArrayList<>();
        final Map<String, Integer> anchors = new HashMap<>();

        Collector(String file, int firstLine) {
            this.file = file;
            this.firstLine = firstLine;
        }

        SourceRef where(Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans == null || spans.isEmpty()) {
                return new SourceRef(file, firstLine, 1);
            }
            SourceSpan s = spans.get(0);
            return new SourceRef(file, firstLine + s.getLineIndex(), s.getColumnIndex() + 1);
        }

        @Override
        public void visit(Heading heading) {
            StringBuilder sb = new StringBuilder();
            appendText(heading, sb);
            String title = sb.toString().strip();
            String anchor = anchor(title);
            int seen = anchors.merge(anchor, 1, Integer::sum);
            headings.add(
                    new Body.Heading(
                            heading.getLevel(),
                            title,
                            seen == 1 ? anchor : anchor + "-" + seen,
                            where(heading)));
            text.append(sb).append('\n');
            visitChildren(heading);
        }

        @Override
        public void visit(Paragraph paragraph) {
            StringBuilder sb = new StringBuilder();
            appendText(paragraph, sb);
            paragraphs.add(new Body.Paragraph(sb.toString().strip(), where(paragraph)));
            text.append(sb).append('\n');
            visitChildren(paragraph);
        }

        @Override
        public void visit(Link link) {
            link(link, link.getDestination(), false, link::setDestination);
        }

        @Override
        public void visit(Image image) {
            link(image, image.getDestination(), true, image::setDestination);
        }

        /**
         * A link or an image: where it points, its text and where it is written. One by a relative
         * path is rendered with its mark ({@link Body#LINK_MARK}), so the renderer finds which link
         * it is by index; the address as written follows, encoded by commonmark as before.
         */
        private void link(Node node, String destination, boolean image, Consumer<String> rendered) {
            StringBuilder sb = new StringBuilder();
            appendText(node, sb);
            if (BodySanitiser.isRelativePath(destination)
                    && (image
                            ? SafeUrls.isSafeImage(destination)
                            : SafeUrls.isSafeLink(destination))) {
                rendered.accept(Body.marked(links.size(), destination));
            }
            links.add(new Body.Link(destination, sb.toString(), image, where(node)));
            visitChildren(node);
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof TableCell cell) {
                StringBuilder sb = new StringBuilder();
                appendText(cell, sb);
                text.append(sb).append(cell.getNext() == null ? '\n' : ' ');
            }
            visitChildren(node);
        }

        @Override
        public void visit(HtmlBlock html) {
            rawHtml.add(new Body.RawHtml(where(html), BodySanitiser.removals(html.getLiteral())));
        }

        @Override
        public void visit(HtmlInline html) {
            rawHtml.add(new Body.RawHtml(where(html), BodySanitiser.removals(html.getLiteral())));
        }
    }
}
