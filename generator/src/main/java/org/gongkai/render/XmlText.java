package org.gongkai.render;

/**
 * Text and attribute values in the XML the site writes (feed.xml, sitemap.xml): escaped, and kept
 * to the characters XML 1.0 allows. One control character — Word's manual line break (U+000B) in a
 * body, a stray U+0001 pasted into a title — makes the whole file not well-formed, and feed readers
 * then drop every entry.
 */
final class XmlText {

    private XmlText() {}

    /**
     * {@code s} escaped for element text or a double- or single-quoted attribute, with no character
     * XML 1.0 forbids.
     */
    static String escape(String s) {
        return HtmlEscaping.escape(characters(s)); // the same five entities as the pages
    }

    /**
     * {@code s} with only XML 1.0's characters: Word's vertical tab and form feed become spaces,
     * others go.
     */
    static String characters(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            // vertical tab and form feed separate words where Word put them: keep a space
            String rep = c == 0x0B || c == 0x0C ? " " : allowed(c) ? null : "";
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.appendCodePoint(c);
                }
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * XML 1.0's {@code Char} production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
     * [#x10000-#x10FFFF]. A lone surrogate (half of a pair cut apart) is none of these.
     */
    static boolean allowed(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
