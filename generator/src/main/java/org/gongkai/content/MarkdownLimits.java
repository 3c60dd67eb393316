package org.gongkai.content;

import java.util.Optional;

/**
 * Bounds on what a Markdown body may ask of the parser, checked by one linear scan before parsing.
 *
 * <p>Measured on commonmark-java 0.27 (see README, 安全): container nesting (quotes and lists inside
 * each other) recurses once per level in the parser and the renderer, so about a thousand levels
 * overflow the stack; and every {@code <}, {@code ](} and {@code ][} makes the inline parser look
 * ahead to the end of its paragraph for a closing {@code >} or {@code )}, so the work grows with
 * their number times the paragraph's length (a 1 MB paragraph with a thousand {@code <} took 6 s).
 * Everything else measured (long runs of brackets, emphasis, backticks, entities, tables) is
 * linear. Real documents nest a few levels and have short paragraphs; a body past these bounds is
 * refused with a finding.
 */
public final class MarkdownLimits {

    /**
     * Quotes and lists inside each other, counting indentation as nesting (two columns a level).
     */
    public static final int MAX_NESTING = 64;

    /**
     * Square brackets open at once in one paragraph. Each unclosed {@code [} stays on the inline
     * parser's stack, and images nest inside images, so a run of tens of thousands costs seconds
     * and, closed, overflows the stack; real text never nests brackets more than two or three deep.
     */
    public static final int MAX_BRACKET_NESTING = 64;

    /**
     * Characters the inline parser may look ahead over in one paragraph: for each {@code <}, {@code
     * ](} and {@code ][}, the distance from it to the paragraph's end, summed. Under a second of
     * parsing.
     */
    public static final long MAX_LOOKAHEAD = 100_000_000L;

    /**
     * This class's own scratch, per loading thread: the loader reads documents on every core and
     * keeps no per-thread state of its own to hand a buffer through.
     */
    private static final ThreadLocal<ScanBuffer> BUFFER = ThreadLocal.withInitial(ScanBuffer::new);

    private MarkdownLimits() {}

    /**
     * A refusal naming where the body first goes past a bound, or empty when it is within them.
     * Reads a {@link ScanBuffer} copy of the body, line by line, without a substring per line.
     */
    public static Optional<Finding> check(String file, String markdown, int firstLine) {
        char[] c = BUFFER.get().of(markdown);
        int line = 0;
        int pos = 0;
        boolean fenced = false;
        char fence = 0;
        int paragraphStart = 0;
        int paragraphLine = 0;
        int[] brackets = {0};
        int n = markdown.length();
        while (pos <= n) {
            int end = pos;
            while (end < n && c[end] != '\n') {
                end++;
            }
            int lead = pos; // where the line's text starts, as String.stripLeading has it
            while (lead < end && Character.isWhitespace(c[lead])) {
                lead++;
            }
            boolean fenceLine =
                    end - lead >= 3
                            && (c[lead] == '`' || c[lead] == '~')
                            && c[lead + 1] == c[lead]
                            && c[lead + 2] == c[lead];
            if (fenceLine) {
                if (!fenced) {
                    fenced = true;
                    fence = c[lead];
                } else if (c[lead] == fence) {
                    fenced = false;
                }
            } else if (!fenced) {
                int depth = nesting(c, pos, end);
                if (depth > MAX_NESTING) {
                    return tooDeep(
                            file,
                            firstLine + line,
                            "这一行的引用（>）或列表嵌套了 "
                                    + depth
                                    + " 层，超过上限 "
                                    + MAX_NESTING
                                    + " 层；正文无法安全排版，请减少嵌套");
                }
                if (bracketDepth(c, pos, end, brackets) > MAX_BRACKET_NESTING) {
                    return tooDeep(
                            file,
                            firstLine + line,
                            "这一段有超过 " + MAX_BRACKET_NESTING + " 层未闭合或嵌套的方括号 [，正文无法安全排版；请删去多余的方括号");
                }
            }
            // a blank line or a fence ends the stretch the inline parser looks ahead over; a table
            // row is parsed cell by cell, so it is a stretch of its own
            boolean blank = lead == end;
            boolean row = !fenced && !blank && c[lead] == '|';
            if (blank || fenceLine || row || end == n) {
                int stretchEnd = row || blank || fenceLine ? pos : end;
                Optional<Finding> f =
                        lookahead(file, firstLine + paragraphLine, c, paragraphStart, stretchEnd);
                if (f.isEmpty() && row) {
                    f = lookahead(file, firstLine + line, c, pos, end);
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

    /** Both nesting bounds refuse a body with the one id, at the line that goes past them. */
    private static Optional<Finding> tooDeep(String file, int line, String message) {
        return Optional.of(
                Finding.error("markdown-too-deep", new SourceRef(file, line, 1), message));
    }

    /**
     * The look-ahead of one stretch: for each {@code <}, {@code ](} and {@code ][}, the distance to
     * the next {@code >}, {@code )} or {@code ]} that could close it, or to the stretch's end. One
     * backward pass.
     */
    private static Optional<Finding> lookahead(
            String file, int line, char[] markdown, int start, int end) {
        if (end - start <= 0) {
            return Optional.empty();
        }
        long work = 0;
        long openers = 0;
        int nextGt = end;
        int nextParen = end;
        int nextBracket = end;
        for (int i = end - 1; i >= start; i--) {
            char c = markdown[i];
            if (c == '<') {
                work += nextGt - i;
                openers++;
            } else if (c == ']' && i + 1 < end) {
                char d = markdown[i + 1];
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
        return Optional.of(
                Finding.error(
                        "markdown-too-complex",
                        new SourceRef(file, line, 1),
                        "这一段有 "
                                + openers
                                + " 个未闭合的 <、]( 或 ][，段落又长达 "
                                + (end - start)
                                + " 个字符，排版耗时会过长；请把它拆成多段，或删去多余的尖括号和方括号"));
    }

    /**
     * The deepest bracket nesting reached on the line {@code [from, to)}, carrying the paragraph's
     * open count in {@code open[0]}.
     */
    private static int bracketDepth(char[] line, int from, int to, int[] open) {
        int max = open[0];
        for (int i = from; i < to; i++) {
            char c = line[i];
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

    /**
     * Containers the line {@code [from, to)} opens: {@code >} and list markers, plus indentation
     * read as nesting.
     */
    private static int nesting(char[] c, int from, int to) {
        int depth = 0;
        int i = from;
        int columns = 0;
        while (i < to && (c[i] == ' ' || c[i] == '\t')) {
            columns += c[i] == '\t' ? 4 : 1;
            i++;
        }
        depth += columns / 2;
        while (i < to) {
            char ch = c[i];
            if (ch == '>') {
                depth++;
                i++;
            } else if ((ch == '-' || ch == '*' || ch == '+') && (i + 1 == to || c[i + 1] == ' ')) {
                depth++;
                i++;
            } else if (Character.isDigit(ch)) {
                int j = i;
                while (j < to && j - i < 9 && Character.isDigit(c[j])) {
                    j++;
                }
                if (j < to && (c[j] == '.' || c[j] == ')') && (j + 1 == to || c[j + 1] == ' ')) {
                    depth++;
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
            while (i < to && (c[i] == ' ' || c[i] == '\t')) {
                i++;
            }
        }
        return depth;
    }
}
