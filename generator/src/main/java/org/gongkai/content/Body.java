package org.gongkai.content;

import java.util.List;
import java.util.function.Function;

/**
 * What later stages need of a Markdown body, taken from commonmark's node tree once at load time
 * (the tree itself is mutable and stays inside the loader).
 *
 * @param html sanitised HTML of the body; a link or image by a relative path carries a mark ({@link
 *     #LINK_MARK}) in place of its address, for the renderer
 * @param text plain text, for search and summaries
 * @param headings every heading with its level and file line
 * @param paragraphs every paragraph with its first file line
 * @param links every link and image destination with its position
 * @param rawHtml each piece of raw HTML in the Markdown, where it stands and what sanitising took
 *     out of it
 * @param sourceLines every line of the file as written, front matter included (index 0 is line 1),
 *     so checks that look for text (personal data, markers) can name the exact line and column
 */
public record Body(
        String html,
        String text,
        List<Heading> headings,
        List<Paragraph> paragraphs,
        List<Link> links,
        List<RawHtml> rawHtml,
        List<String> sourceLines) {

    public Body {
        headings = List.copyOf(headings);
        paragraphs = List.copyOf(paragraphs);
        links = List.copyOf(links);
        rawHtml = List.copyOf(rawHtml);
        sourceLines =
                sourceLines instanceof SourceLines
                        ? sourceLines
                        : List.copyOf(sourceLines); // immutable
    }

    public Body(
            String html,
            String text,
            List<Heading> headings,
            List<Paragraph> paragraphs,
            List<Link> links,
            List<RawHtml> rawHtml) {
        this(html, text, headings, paragraphs, links, rawHtml, List.of());
    }

    /**
     * The same body, knowing the text of the file it came from (its lines are cut out when asked
     * for).
     */
    public Body withSource(String fileText) {
        return new Body(
                html, text, headings, paragraphs, links, rawHtml, new SourceLines(fileText));
    }

    /**
     * What {@link #html} carries in place of a relative link's or image's address until the
     * renderer writes where it leads: {@code #gongkai-link=N/} and the address as written, N its
     * index in {@link #links}. The renderer reads that link's loaded target by its index, never by
     * matching addresses; a fragment, so an address that escaped the renderer would go nowhere.
     */
    public static final String LINK_MARK = "#gongkai-link=";

    /** {@code destination} behind the mark of the {@code index}th link. */
    static String marked(int index, String destination) {
        return LINK_MARK + index + "/" + destination;
    }

    public static final Body EMPTY = new Body("", "", List.of(), List.of(), List.of(), List.of());

    public record Heading(int level, String text, String anchor, SourceRef where) {}

    public record Paragraph(String text, SourceRef where) {}

    /**
     * A piece of raw HTML written in the Markdown. {@code removed} names, for an editor, what
     * sanitising took out of it ({@code <script> 元素}, {@code img 的 onerror 事件属性（脚本）}); empty when
     * it was harmless.
     */
    public record RawHtml(SourceRef where, List<String> removed) {
        public RawHtml {
            removed = List.copyOf(removed);
        }

        public int line() {
            return where.line();
        }
    }

    /**
     * A link or image in the body. {@code image} links carry their alt text in {@code text}. {@code
     * target} is where it leads, decided once by {@link ContentPath} when the document is loaded;
     * checks and the renderer read it instead of resolving the destination again.
     */
    public record Link(
            String destination, String text, boolean image, SourceRef where, LinkTarget target) {
        /**
         * As the Markdown reader finds it, before the loader resolves it against the document's
         * folder.
         */
        public Link(String destination, String text, boolean image, SourceRef where) {
            this(destination, text, image, where, new LinkTarget.Unresolved());
        }
    }

    /** The same body with every link's target as {@code resolve} decides it. */
    public Body withTargets(Function<Link, LinkTarget> resolve) {
        if (links.isEmpty()) {
            return this;
        }
        List<Link> resolved =
                links.stream()
                        .map(
                                l ->
                                        new Link(
                                                l.destination(),
                                                l.text(),
                                                l.image(),
                                                l.where(),
                                                resolve.apply(l)))
                        .toList();
        return new Body(html, text, headings, paragraphs, resolved, rawHtml, sourceLines);
    }
}
