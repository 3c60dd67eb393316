package org.gongkai.publish;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * The {@code href} and {@code src} values of a page this build wrote, read straight from its
 * characters: what {@link BrokenLinks} checks, during a build and after it.
 */
final class MarkupAttributes {

    private MarkupAttributes() {}

    /** An href or src attribute of an element, its value with character references decoded. */
    record Attribute(String name, String value, int offset) {}

    /**
     * Every {@code href} and {@code src} in start tags, in document order. This is a scan of markup
     * this build serialised itself (templates, commonmark, the sanitiser's jsoup output), not a
     * parser for arbitrary HTML: it knows tags, quoted values, comments and raw-text elements,
     * which is all that output contains. A jsoup DOM parse of every page took longer than rendering
     * the pages (3.6 s of a 10,000-document build); the scan costs a few hundred milliseconds.
     * Character references in values are decoded by jsoup.
     */
    static List<Attribute> of(String html) {
        return of(html.toCharArray(), html.length());
    }

    /** As {@link #of(String)}, over the page's characters {@code c[0, n)}. */
    static List<Attribute> of(char[] c, int n) {
        List<Attribute> out = new ArrayList<>();
        int i = 0;
        while ((i = indexOf(c, n, '<', i)) >= 0 && ++i < n) {
            char first = c[i];
            if (first == '!') {
                int end =
                        startsWith(c, n, i, "!--")
                                ? indexOf(c, n, "-->", i)
                                : indexOf(c, n, '>', i);
                if (end < 0) {
                    break;
                }
                i = end;
                continue;
            }
            if (!isAsciiLetter(first)) {
                continue; // an end tag, or a "<" that text escaped anyway
            }
            int nameStart = i;
            while (i < n && !isSpace(c[i]) && c[i] != '>' && c[i] != '/') {
                i++;
            }
            String rawText =
                    isName(c, nameStart, i, "script")
                            ? "</script"
                            : isName(c, nameStart, i, "style") ? "</style" : null;
            i = attributesOfTag(c, n, i, out);
            if (rawText != null) {
                int close = indexOf(c, n, rawText, i);
                if (close < 0) {
                    break;
                }
                i = close;
            }
        }
        return out;
    }

    /**
     * Reads the attributes of one start tag from {@code i}; returns the index after its {@code >}.
     */
    private static int attributesOfTag(char[] c, int n, int i, List<Attribute> out) {
        while (i < n) {
            char ch = c[i];
            if (ch == '>') {
                return i + 1;
            }
            if (isSpace(ch) || ch == '/') {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < n && !isSpace(c[i]) && c[i] != '=' && c[i] != '>' && c[i] != '/') {
                i++;
            }
            int nameEnd = i;
            while (i < n && isSpace(c[i])) {
                i++;
            }
            if (i >= n || c[i] != '=') {
                continue;
            }
            i++;
            while (i < n && isSpace(c[i])) {
                i++;
            }
            int valueStart;
            int valueEnd;
            if (i < n && (c[i] == '"' || c[i] == '\'')) {
                char quote = c[i];
                valueStart = i + 1;
                valueEnd = indexOf(c, n, quote, valueStart);
                if (valueEnd < 0) {
                    return n;
                }
                i = valueEnd + 1;
            } else {
                valueStart = i;
                while (i < n && !isSpace(c[i]) && c[i] != '>') {
                    i++;
                }
                valueEnd = i;
            }
            boolean href = isName(c, nameStart, nameEnd, "href");
            if (href || isName(c, nameStart, nameEnd, "src")) {
                String value = new String(c, valueStart, valueEnd - valueStart);
                out.add(
                        new Attribute(
                                href ? "href" : "src",
                                value.indexOf('&') < 0
                                        ? value
                                        : Parser.unescapeEntities(value, true),
                                nameStart));
            }
        }
        return n;
    }

    /** Whether {@code c[start, end)} is {@code name}, ignoring ASCII case. */
    private static boolean isName(char[] c, int start, int end, String name) {
        if (end - start != name.length()) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            char x = c[start + k];
            if ((x >= 'A' && x <= 'Z' ? (char) (x + ('a' - 'A')) : x) != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(char[] c, int n, char x, int from) {
        for (int i = from; i < n; i++) {
            if (c[i] == x) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(char[] c, int n, String s, int from) {
        for (int i = Math.max(from, 0); (i = indexOf(c, n, s.charAt(0), i)) >= 0; i++) {
            if (startsWith(c, n, i, s)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(char[] c, int n, int at, String s) {
        if (at < 0 || at + s.length() > n) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (c[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
