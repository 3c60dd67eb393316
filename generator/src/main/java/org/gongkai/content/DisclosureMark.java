package org.gongkai.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A line such as （此件不予公开） in a body: official documents state their attribute there, and the
 * issuing office's marker is evidence about publication that no front matter may override by
 * silence. Read once at load time, so deciding whether a document is public never re-reads its
 * body.
 *
 * @param text the marker as written, brackets included
 * @param attribute what it states
 * @param where its line and column in the file
 */
public record DisclosureMark(String text, DisclosureAttribute attribute, SourceRef where) {

    static final Map<String, DisclosureAttribute> MARKERS =
            Map.of(
                    "此件公开发布", DisclosureAttribute.PROACTIVE,
                    "此件主动公开", DisclosureAttribute.PROACTIVE,
                    "此件依申请公开", DisclosureAttribute.ON_REQUEST,
                    "此件不予公开", DisclosureAttribute.WITHHELD,
                    "此件不公开", DisclosureAttribute.WITHHELD);

    /**
     * An error at this marker that quotes it first (正文标注“（此件不予公开）”…): both rules about markers word
     * their message so.
     */
    public Finding error(String rule, String rest) {
        return Finding.error(rule, where, "正文标注“" + text + "”" + rest);
    }

    /** What a marker such as （此件公开发布） or (此件不予公开) states; empty for any other text. */
    public static Optional<DisclosureAttribute> attributeOf(String text) {
        String t = text.strip();
        if (t.length() < 6
                || t.length() > 12
                || !(t.startsWith("（") || t.startsWith("("))
                || !(t.endsWith("）") || t.endsWith(")"))) {
            return Optional.empty();
        }
        return Optional.ofNullable(MARKERS.get(t.substring(1, t.length() - 1).strip()));
    }

    /**
     * Every marker of a body: a paragraph that is one, or one on the first or last line of a
     * paragraph (a marker written right under the last sentence, with no blank line, joins that
     * paragraph).
     */
    static List<DisclosureMark> in(Body body) {
        List<DisclosureMark> out = new ArrayList<>();
        for (Body.Paragraph p : body.paragraphs()) {
            String t = p.text();
            if (attributeOf(t).isPresent()) {
                out.add(new DisclosureMark(t.strip(), attributeOf(t).get(), p.where()));
                continue;
            }
            // the text before the first space and after the last holds no space, so strip() leaves
            // it as it is, and a marker is at most MAX_MARKER characters: only that many at each
            // end need looking at, not the whole paragraph twice
            int first = firstSpace(t);
            if (first >= 0) {
                mark(body, p, t.substring(0, first), out);
            }
            int last = lastSpace(t);
            if (last >= 0) {
                mark(body, p, t.substring(last + 1), out);
            }
        }
        return List.copyOf(out);
    }

    /** The longest marker, brackets included: attributeOf answers nothing for longer text. */
    private static final int MAX_MARKER = 12;

    private static void mark(Body body, Body.Paragraph p, String part, List<DisclosureMark> out) {
        attributeOf(part)
                .ifPresent(
                        a ->
                                out.add(
                                        new DisclosureMark(
                                                part.strip(),
                                                a,
                                                locate(body, p.where(), part.strip()))));
    }

    /** The last whitespace, when at most MAX_MARKER characters follow it; -1 otherwise. */
    private static int lastSpace(String t) {
        for (int i = t.length() - 1; i >= 0 && i >= t.length() - 1 - MAX_MARKER; i--) {
            if (Character.isWhitespace(t.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The first whitespace, when at most MAX_MARKER characters come before it; -1 otherwise. */
    private static int firstSpace(String t) {
        for (int i = 0; i < t.length() && i <= MAX_MARKER; i++) {
            if (Character.isWhitespace(t.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The file line, at or after the paragraph's first, that holds the marker; the paragraph when
     * none does.
     */
    private static SourceRef locate(Body body, SourceRef paragraph, String marker) {
        List<String> lines = body.sourceLines();
        for (int i = paragraph.line() - 1; i >= 0 && i < lines.size(); i++) {
            int col = lines.get(i).indexOf(marker);
            if (col >= 0) {
                return new SourceRef(paragraph.file(), i + 1, col + 1);
            }
        }
        return paragraph;
    }
}
