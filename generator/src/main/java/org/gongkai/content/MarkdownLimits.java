package org.gongkai.content;

import java.util.Optional;

/**
 * Bounds on what a Markdown body may ask of the parser, checked by one linear scan before parsing.
 *
 * <p>Measured on commonmark-java 0.27 (see README, 安全): container nesting (quotes and lists inside
 * each other) recurses once per level in the parser and the renderer, so about a thousand levels overflow
 * the stack; and every {@code <}, {@code ](} and {@code ][} makes the inline parser look ahead to the
 * end of its paragraph for a closing {@code >} or {@code )}, so the work grows with their number times
 * the paragraph's length (a 1 MB paragraph with a thousand {@code <} took 6 s). Everything else
 * measured (long runs of brackets, emphasis, backticks, entities, tables) is linear. Real documents
 * nest a few levels and have short paragraphs; a body past these bounds is refused with a finding.
 */
public final class MarkdownLimits {

    /** Quotes and lists inside each other, counting indentation as nesting (two columns a level). */
    public static final int MAX_NESTING = 64;

    /**
     * Square brackets open at once in one paragraph. Each unclosed {@code [} stays on the inline parser's
     * stack, and images nest inside images, so a run of tens of thousands costs seconds and, closed,
     * overflows the stack; real text never nests brackets more than two or three deep.
     */
    public static final int MAX_BRACKET_NESTING = 64;

    /**
     * Characters the inline parser may look ahead over in one paragraph: for each {@code <}, {@code ](}
     * and {@code ][}, the distance from it to the paragraph's end, summed. Under a second of parsing.
     */
    public static final long MAX_LOOKAHEAD = 100_000_000L;

    private MarkdownLimits() {
    }

    /** A refusal naming where the body first goes past a bound, or empty when it is within them. */
    public static Optional<Finding> check(String file, String markdown, int firstLine) {
        int line = 0;
        int pos = 0;
        boolean fenced = false;
        String fence = "";
        int paragraphStart = 0;
        int paragraphLine = 0;
        int[] brackets = {0};
        int n = markdown.length();
        while (pos <= n) {
            int end = markdown.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            String text = markdown.substring(pos, end);
            String stripped = text.stripLeading();
            boolean fenceLine = stripped.startsWith("```") || stripped.startsWith("~~~");
            if (fenceLine) {
                String marker = stripped.substring(0, 3);
                if (!fenced) {
                    fenced = true;
                    fence = marker;
                } else if (marker.equals(fence)) {
                    fenced = false;
                }
            } else if (!fenced) {
                int depth = nesting(text);
                if (depth > MAX_NESTING) {
                    return Optional.of(Finding.error("markdown-too-deep", new SourceRef(file, firstLine + line, 1),
                            "这一行的引用（>）或列表嵌套了 " + depth + " 层，超过上限 " + MAX_NESTING
                                    + " 层；正文无法安全排版，请减少嵌套"));
                }
                if (bracketDepth(text, brackets) > MAX_BRACKET_NESTING) {
                    return Optional.of(Finding.error("markdown-too-deep", new SourceRef(file, firstLine + line, 1),
                            "这一段有超过 " + MAX_BRACKET_NESTING + " 层未闭合或嵌套的方括号 [，正文无法安全排版；请删去多余的方括号"));
                }
            }
            // a blank line or a fence ends the stretch the inline parser looks ahead over; a table row is
            // parsed cell by cell, so it is a stretch of its own
            boolean row = !fenced && stripped.startsWith("|");
            if (stripped.isEmpty() || fenceLine || row || end == n) {
                int stretchEnd = row || stripped.isEmpty() || fenceLine ? pos : end;
                Optional<Finding> f = lookahead(file, firstLine + paragraphLine, markdown, paragraphStart, stretchEnd);
                if (f.isEmpty() && row) {
                    f = lookahead(file, firstLine + line, markdown, pos, end);
                }
                if (f.isPresent()) {
                    return f;
                }
                brackets[0] = 0;
                paragraphStart = end + 1;
                paragraphLine = line + 1;
            } else if (fenced) {
                paragraphStart = end + 1;
                paragraphLine = line + 1;
            }
            line++;
            pos = end + 1;
        }
        return Optional.empty();
    }

    /**
     * The look-ahead of one stretch: for each {@code <}, {@code ](} and {@code ][}, the distance to the
     * next {@code >}, {@code )} or {@code ]} that could close it, or to the stretch's end. One backward pass.
     */
    private static Optional<Finding> lookahead(String file, int line, String markdown, int start, int end) {
        if (end - start <= 0) {
            return Optional.empty();
        }
        long work = 0;
        long openers = 0;
        int nextGt = end;
        int nextParen = end;
        int nextBracket = end;
        for (int i = end - 1; i >= start; i--) {
            char c = markdown.charAt(i);
            if (c == '<') {
                work += nextGt - i;
                openers++;
            } else if (c == ']' && i + 1 < end) {
                char d = markdown.charAt(i + 1);
                if (d == '(') {
                    work += nextParen - i;
                    openers++;
                } else if (d == '[') {
                    work += nextBracket - i;
                    openers++;
                }
            }
            if (c == '>') {
                nextGt = i;
            } else if (c == ')') {
                nextParen = i;
            } else if (c == ']') {
                nextBracket = i;
            }
        }
        if (work <= MAX_LOOKAHEAD) {
            return Optional.empty();
        }
        return Optional.of(Finding.error("markdown-too-complex", new SourceRef(file, line, 1), "这一段有 " + openers
                + " 个未闭合的 <、]( 或 ][，段落又长达 " + (end - start)
                + " 个字符，排版耗时会过长；请把它拆成多段，或删去多余的尖括号和方括号"));
    }

    /** The deepest bracket nesting reached on this line, carrying the paragraph's open count in {@code open[0]}. */
    private static int bracketDepth(String line, int[] open) {
        int max = open[0];
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++; // an escaped bracket is text
            } else if (c == '[') {
                max = Math.max(max, ++open[0]);
            } else if (c == ']' && open[0] > 0) {
                open[0]--;
            }
        }
        return max;
    }

    /** Containers a line opens: {@code >} and list markers, plus indentation read as nesting. */
    static int nesting(String line) {
        int depth = 0;
        int i = 0;
        int columns = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            columns += line.charAt(i) == '\t' ? 4 : 1;
            i++;
        }
        depth += columns / 2;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '>') {
                depth++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
                depth++;
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < line.length() && j - i < 9 && Character.isDigit(line.charAt(j))) {
                    j++;
                }
                if (j < line.length() && (line.charAt(j) == '.' || line.charAt(j) == ')')
                        && (j + 1 == line.length() || line.charAt(j + 1) == ' ')) {
                    depth++;
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
        }
        return depth;
    }
}
