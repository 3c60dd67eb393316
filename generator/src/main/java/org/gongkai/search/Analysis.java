package org.gongkai.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How every searchable text becomes terms, at index time and at query time, in Java and — line for line —
 * in themes/default/assets/search.js. It is deliberately small: a dictionary segmenter cannot be
 * reproduced in a few lines of JavaScript, and a query analysed differently from the index finds nothing
 * (Pagefind's jieba-vs-Intl.Segmenter mismatch is the cautionary tale).
 *
 * <ol>
 *   <li>NFKC (full-width letters, digits and brackets become ASCII), lower case;</li>
 *   <li>文号 forms agree: 〔2022〕, [2022], 【2022】, (2022) become " 2022 "; "2022年32号" and "2022年第32号"
 *       become " 2022 32 "; a 号 after a digit is dropped;</li>
 *   <li>a run of Han characters gives its overlapping character bigrams (a lone character gives itself);
 *       a run of ASCII letters and digits gives one term; everything else only separates.</li>
 * </ol>
 * Positions count terms, so consecutive bigrams of one phrase sit at consecutive positions.
 */
public final class Analysis {

    private Analysis() {
    }

    public record Token(String term, int position) {
    }

    private static final Pattern YEAR_BRACKETS = Pattern.compile("[〔\\[【(]\\s*(\\d{4})\\s*[〕\\]】)]");
    private static final Pattern YEAR_NUMBER = Pattern.compile("(\\d{4})\\s*年\\s*第?\\s*(\\d{1,5})\\s*号");
    private static final Pattern NUMBER_SIGN = Pattern.compile("(\\d)\\s*号");

    /** Step 1 and 2: the text the tokenizer sees. */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // the rules only fire around brackets and 号; most body text has neither, so skip the regex passes there
        if (s.indexOf('〔') >= 0 || s.indexOf('[') >= 0 || s.indexOf('【') >= 0 || s.indexOf('(') >= 0) {
            s = YEAR_BRACKETS.matcher(s).replaceAll(" $1 ");
        }
        if (s.indexOf('号') < 0) {
            return s;
        }
        s = YEAR_NUMBER.matcher(s).replaceAll(" $1 $2 ");
        return NUMBER_SIGN.matcher(s).replaceAll("$1 ");
    }

    /** A 文号 in its one canonical spelling: 安政发〔2022〕32号 → "安政发 2022 32". */
    public static String docNumber(String text) {
        return normalise(text).replaceAll("[^\\p{IsHan}a-z0-9]+", " ").strip();
    }

    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Scanner scan = new Scanner(normalise(text));
        while (scan.next()) {
            out.add(new Token(scan.term(), out.size()));
        }
        return out;
    }

    /**
     * Step 3 over normalised text, one term at a time without copying the text: the Lucene tokenizer and
     * {@link #tokens} both walk it, so they cannot disagree.
     */
    static final class Scanner {
        private final String s;
        private int pos;
        private boolean inRun;
        int start;
        int end;
        /** For a bigram: whether it opens or closes its run of Han characters (the indexer adds edge characters). */
        boolean firstOfRun;
        boolean lastOfRun;

        Scanner(String normalised) {
            this.s = normalised;
        }

        boolean next() {
            int len = s.length();
            while (pos < len) {
                int cp = s.codePointAt(pos);
                int after = pos + Character.charCount(cp);
                if (isHan(cp)) {
                    if (after < len && isHan(s.codePointAt(after))) {
                        start = pos;
                        end = after + Character.charCount(s.codePointAt(after));
                        firstOfRun = !inRun;
                        lastOfRun = end >= len || !isHan(s.codePointAt(end));
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
                } else if (isWord(cp)) {
                    firstOfRun = false;
                    lastOfRun = false;
                    start = pos;
                    while (pos < len && isWord(s.charAt(pos))) {
                        pos++;
                    }
                    end = pos;
                    inRun = false;
                    return true;
                } else {
                    pos = after;
                    inRun = false;
                }
            }
            return false;
        }

        String term() {
            return s.substring(start, end);
        }

        String text() {
            return s;
        }
    }

    public static List<String> terms(String text) {
        return tokens(text).stream().map(Token::term).toList();
    }

    private static final java.util.BitSet HAN_BMP = new java.util.BitSet(0x10000);

    static {
        for (int c = 0; c < 0x10000; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                HAN_BMP.set(c);
            }
        }
    }

    static boolean isHan(int cp) {
        return cp < 0x10000 ? HAN_BMP.get(cp) : Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    static boolean isWord(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
    }
}
