package org.gongkai.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gongkai.content.DocNumber;

/**
 * How every searchable text becomes terms, at index time and at query time, in Java and — line for
 * line — in themes/default/assets/search.js. It is deliberately small: a dictionary segmenter
 * cannot be reproduced in a few lines of JavaScript, and a query analysed differently from the
 * index finds nothing (Pagefind's jieba-vs-Intl.Segmenter mismatch is the cautionary tale).
 *
 * <ol>
 *   <li>NFKC (full-width letters, digits and brackets become ASCII), lower case;
 *   <li>文号 forms agree: a four-digit year in any of {@link DocNumber#OPEN}'s brackets, and a 第
 *       after it, become " 2022 "; "2022年32号" and "2022年第32号" become " 2022 32 "; a 号 after a digit
 *       is dropped;
 *   <li>a run of Han characters gives its overlapping character bigrams (a lone character gives
 *       itself); a run of ASCII letters and digits gives one term, cut to its first {@link
 *       #MAX_TERM_LENGTH} characters; everything else only separates.
 * </ol>
 *
 * Positions count terms, so consecutive bigrams of one phrase sit at consecutive positions.
 */
public final class Analysis {

    private Analysis() {}

    public record Token(String term, int position) {}

    /**
     * Longest term, in characters; a longer run of letters and digits is cut to its start, at index
     * and at query time alike. Words are never this long: such a run is a pasted image or key
     * (base64), and Lucene refuses a term over 32,766 bytes, which stopped the whole build. A query
     * for the pasted run still finds it.
     */
    public static final int MAX_TERM_LENGTH = 64;

    /** {@link DocNumber}'s year brackets as NFKC leaves them (［ and （ fold to [ and (, ﹝ to 〔). */
    static final String OPEN = folded(DocNumber.OPEN);

    static final String CLOSE = folded(DocNumber.CLOSE);
    private static final Pattern YEAR_BRACKETS =
            Pattern.compile(
                    "["
                            + Pattern.quote(OPEN)
                            + "]\\s*(\\d{4})\\s*["
                            + Pattern.quote(CLOSE)
                            + "]\\s*第?");

    /**
     * {@link #OPEN} as a table: the scan below asks it of every character of every text, so it must
     * be one load.
     */
    private static final boolean[] IS_OPEN = new boolean[0x10000];

    static {
        OPEN.chars().forEach(c -> IS_OPEN[c] = true);
    }

    private static final Pattern YEAR_NUMBER =
            Pattern.compile("(\\d{4})\\s*年\\s*第?\\s*(\\d{1,5})\\s*号");
    private static final Pattern NUMBER_SIGN = Pattern.compile("(\\d)\\s*号");

    /** Step 1 and 2: the text the tokenizer sees. */
    public static String normalise(String text) {
        return new String(normalised(text));
    }

    /**
     * {@link #normalise}, as characters for the scanner. Most text (Han, ASCII, full-width
     * punctuation) is folded one character at a time through {@link #FOLD}, with no NFKC pass and
     * no copy beyond the result; text with any other character takes the full {@link Normalizer}.
     * The 文号 rules run only where a bracket or a 号 stands next to a digit, the only places they can
     * match.
     */
    static char[] normalised(String text) {
        int n = text.length();
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char f = FOLD[c];
            if (f == 0 && c != 0) {
                return rules(
                        Normalizer.normalize(text, Normalizer.Form.NFKC)
                                .toLowerCase(Locale.ROOT)
                                .toCharArray());
            }
            out[i] = f;
        }
        return rules(out);
    }

    /** The slow, obviously right spelling of {@link #normalise}; tests hold the fast one to it. */
    static String normaliseReference(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = YEAR_BRACKETS.matcher(s).replaceAll(" $1 ");
        s = YEAR_NUMBER.matcher(s).replaceAll(" $1 $2 ");
        return NUMBER_SIGN.matcher(s).replaceAll("$1 ");
    }

    private static char[] rules(char[] s) {
        int n = s.length;
        boolean bracket = false;
        for (int i = 0; i < n && !bracket; i++) {
            char c = s[i];
            if (IS_OPEN[c]) {
                int j = i + 1;
                while (j < n && isRegexSpace(s[j])) {
                    j++;
                }
                bracket = j < n && s[j] >= '0' && s[j] <= '9';
            }
        }
        String str = null;
        if (bracket) {
            str = YEAR_BRACKETS.matcher(new String(s)).replaceAll(" $1 ");
            s = str.toCharArray();
            n = s.length;
        }
        boolean number = false;
        for (int i = 0; i < n && !number; i++) {
            if (s[i] == '号') {
                int j = i - 1;
                while (j >= 0 && isRegexSpace(s[j])) {
                    j--;
                }
                number = j >= 0 && s[j] >= '0' && s[j] <= '9';
            }
        }
        if (!number) {
            return s;
        }
        str = str != null ? str : new String(s);
        str = YEAR_NUMBER.matcher(str).replaceAll(" $1 $2 ");
        return NUMBER_SIGN.matcher(str).replaceAll("$1 ").toCharArray();
    }

    /** What {@code \s} matches in a Java regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * For each BMP character that can be folded on its own: NFKC then lower case, when that gives
     * one character; 0 for the rest. Only characters that NFKC can never combine with a neighbour
     * qualify (no combining marks, no conjoining jamo, nothing outside the ranges below), so
     * folding a string of them character by character equals folding it whole. Han ideographs are
     * their own fold.
     */
    static final char[] FOLD = new char[0x10000];

    static {
        int[][] ranges = {
            {0x0000, 0x024F},
            {0x2000, 0x206F},
            {0x2100, 0x218F},
            {0x2460, 0x24FF},
            {0x2E80, 0x2FDF},
            {0x3000, 0x30FF},
            {0x3200, 0x33FF},
            {0xF900, 0xFAFF},
            {0xFE10, 0xFE6F},
            {0xFF00, 0xFFEF}
        };
        for (int[] r : ranges) {
            for (int c = r[0]; c <= r[1]; c++) {
                if (isMark(c)) {
                    continue;
                }
                String f =
                        Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC)
                                .toLowerCase(Locale.ROOT);
                if (f.length() == 1
                        && !isMark(f.charAt(0))
                        && !Character.isSurrogate(f.charAt(0))
                        && !isJamo(f.charAt(0))) {
                    FOLD[c] = f.charAt(0);
                }
            }
        }
        for (int c = 0x3400; c <= 0x4DBF; c++) {
            FOLD[c] = (char) c;
        }
        for (int c = 0x4E00; c <= 0x9FFF; c++) {
            FOLD[c] = (char) c;
        }
    }

    /** Conjoining Hangul jamo compose with their neighbours (half-width ﾼ and ￚ fold to 트). */
    private static boolean isJamo(int c) {
        return (c >= 0x1100 && c <= 0x11FF)
                || (c >= 0xA960 && c <= 0xA97F)
                || (c >= 0xD7B0 && c <= 0xD7FF);
    }

    private static boolean isMark(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK
                || t == Character.ENCLOSING_MARK
                || t == Character.COMBINING_SPACING_MARK;
    }

    /** A 文号 as the index holds it: its canonical form 安政发〔2022〕32号, spelt "安政发 2022 32". */
    public static String docNumber(DocNumber n) {
        return normalise(n.canonical()).replaceAll("[^\\p{IsHan}a-z0-9]+", " ").strip();
    }

    private static String folded(String brackets) {
        StringBuilder b = new StringBuilder();
        Normalizer.normalize(brackets, Normalizer.Form.NFKC)
                .chars()
                .distinct()
                .forEach(c -> b.append((char) c));
        return b.toString();
    }

    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        char[] s = normalised(text);
        Scanner scan = new Scanner(s, s.length);
        while (scan.next()) {
            out.add(new Token(new String(s, scan.start, scan.end - scan.start), out.size()));
        }
        return out;
    }

    /**
     * Receives the terms of a text as the index holds them: slices of the normalised characters.
     */
    interface TermSink {
        /**
         * @param positional false for a stacked edge term, which stands at the previous term's
         *     position
         */
        void term(char[] text, int start, int end, boolean positional);
    }

    /**
     * Every term of normalised text in order, and, with {@code edges}, the edge terms the index
     * stacks on them (see {@link BigramAnalyzer}): the first and last character of each Han run,
     * and the leading and trailing digits of a number of 2–8 digits.
     */
    static void indexTerms(char[] s, int len, boolean edges, TermSink sink) {
        Scanner scan = new Scanner(s, len);
        while (scan.next()) {
            int start = scan.start;
            int end = scan.end;
            sink.term(s, start, end, true);
            if (!edges) {
                continue;
            }
            if (scan.firstOfRun) {
                sink.term(
                        s,
                        start,
                        start + Character.charCount(Character.codePointAt(s, start, end)),
                        false);
            }
            if (scan.lastOfRun) {
                boolean pair =
                        end - start >= 2
                                && Character.isLowSurrogate(s[end - 1])
                                && Character.isHighSurrogate(s[end - 2]);
                sink.term(s, end - (pair ? 2 : 1), end, false);
            }
            int n = end - start;
            if (n >= 2 && n <= 8 && allDigits(s, start, end)) {
                for (int i = 1; i < n; i++) {
                    sink.term(s, start, start + i, false);
                    sink.term(s, start + i, end, false);
                }
            }
        }
    }

    private static boolean allDigits(char[] s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (s[i] < '0' || s[i] > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Step 3 over normalised text, one term at a time without copying the text: the Lucene analysis
     * and {@link #tokens} both walk it, so they cannot disagree.
     */
    static final class Scanner {
        private final char[] s;
        private final int len;
        private int pos;
        private boolean inRun;
        int start;
        int end;

        /**
         * For a bigram: whether it opens or closes its run of Han characters (the indexer adds edge
         * characters).
         */
        boolean firstOfRun;

        boolean lastOfRun;

        Scanner(char[] normalised, int len) {
            this.s = normalised;
            this.len = len;
        }

        boolean next() {
            while (pos < len) {
                char ch = s[pos];
                if (ch < 0x80) {
                    if (isWord(ch)) {
                        firstOfRun = false;
                        lastOfRun = false;
                        start = pos;
                        do {
                            pos++;
                        } while (pos < len && isWord(s[pos]));
                        end = Math.min(pos, start + MAX_TERM_LENGTH);
                        inRun = false;
                        return true;
                    }
                    pos++;
                    inRun = false;
                    continue;
                }
                int cp = Character.isHighSurrogate(ch) ? Character.codePointAt(s, pos, len) : ch;
                int after = pos + (cp > 0xFFFF ? 2 : 1);
                if (!isHan(cp)) {
                    pos = after;
                    inRun = false;
                    continue;
                }
                int next =
                        after < len
                                ? (Character.isHighSurrogate(s[after])
                                        ? Character.codePointAt(s, after, len)
                                        : s[after])
                                : -1;
                if (next >= 0 && isHan(next)) {
                    start = pos;
                    end = after + (next > 0xFFFF ? 2 : 1);
                    firstOfRun = !inRun;
                    lastOfRun = end >= len || !isHan(Character.codePointAt(s, end, len));
                    pos = after;
                    inRun = true;
                    return true;
                }
                boolean single = !inRun;
                firstOfRun = false;
                lastOfRun = false;
                start = pos;
                end = after;
                pos = after;
                inRun = false;
                if (single) {
                    return true;
                }
            }
            return false;
        }
    }

    public static List<String> terms(String text) {
        return tokens(text).stream().map(Token::term).toList();
    }

    private static final boolean[] HAN_BMP = new boolean[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            HAN_BMP[c] = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
    }

    static boolean isHan(int cp) {
        return cp < 0x10000
                ? HAN_BMP[cp]
                : Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    static boolean isWord(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
    }
}
