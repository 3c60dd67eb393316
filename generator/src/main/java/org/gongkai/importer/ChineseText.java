package org.gongkai.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typographic repairs a careless Word/PDF conversion needs before the text means anything: stray
 * spaces between Chinese characters and digits, half-width numbering brackets, and the private
 * marks that carry bold runs through the recogniser.
 */
final class ChineseText {

    /**
     * Start and end of a bold run inside paragraph text; private-use characters never appear in
     * documents.
     */
    static final char BOLD_START = '\uE000';

    static final char BOLD_END = '\uE001';

    /** Sentence-final punctuation: a paragraph ending in one of these is complete. */
    static final String SENTENCE_END = "。！？；：…!?;:”’）)》】」』";

    private static final String CJK =
            "\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018-\\u201D\\u2026\\u2014";
    private static final Pattern SPACE_BETWEEN_CJK =
            Pattern.compile("(?<=[" + CJK + "])[ \\t\\u00A0\\u3000]+(?=[" + CJK + "])");
    private static final Pattern SPACE_CJK_DIGIT =
            Pattern.compile("(?<=[" + CJK + "])[ \\t\\u00A0\\u3000]+(?=[0-9０-９])");
    private static final Pattern SPACE_DIGIT_CJK =
            Pattern.compile("(?<=[0-9０-９%％])[ \\t\\u00A0\\u3000]+(?=[" + CJK + "])");
    private static final Pattern HALF_WIDTH_NUMBERING =
            Pattern.compile("^[(（]\\s*([一二三四五六七八九十]{1,3}|[0-9]{1,2})\\s*[)）]\\s*");
    private static final Pattern LEADING_NUMBER_SPACE =
            Pattern.compile("^([一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.．、])\\s+");

    /**
     * Characters that print as nothing: soft hyphen, zero-width spaces and joiners, byte-order
     * marks, bidirectional controls, and C0 controls other than tab and line breaks. Word keeps
     * them from pasted web text; they break search and the checks' matching while the editor cannot
     * see them.
     */
    private static final Pattern INVISIBLE =
            Pattern.compile(
                    "[\\u00AD\\u034F\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF"
                            + "\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private ChineseText() {}

    static String withoutInvisible(String s) {
        return INVISIBLE.matcher(s).replaceAll("");
    }

    /** Chinese text takes no spaces between characters or between characters and digits. */
    static String removeStraySpaces(String s) {
        String t = s.replace('\u00A0', ' ').strip();
        t = t.replaceAll("^[\\u3000\\s]+|[\\u3000\\s]+$", "");
        t = SPACE_BETWEEN_CJK.matcher(t).replaceAll("");
        t = SPACE_CJK_DIGIT.matcher(t).replaceAll("");
        t = SPACE_DIGIT_CJK.matcher(t).replaceAll("");
        return t.replaceAll("[ \\t]{2,}", " ");
    }

    /**
     * {@code (一) 强化} → {@code （一）强化}: GB/T 9704 numbering uses full-width brackets and no space.
     */
    static String normaliseNumbering(String s) {
        if (!s.isEmpty() && s.charAt(0) == BOLD_START) {
            return BOLD_START + normaliseNumbering(s.substring(1)); // a heading bold end to end
        }
        Matcher m = HALF_WIDTH_NUMBERING.matcher(s);
        if (m.find()) {
            s = "（" + m.group(1) + "）" + s.substring(m.end());
        }
        Matcher n = LEADING_NUMBER_SPACE.matcher(s);
        if (n.find()) {
            s = n.group(1) + s.substring(n.end());
        }
        return s;
    }

    static String withoutMarks(String s) {
        return s.replace(String.valueOf(BOLD_START), "").replace(String.valueOf(BOLD_END), "");
    }

    static boolean endsSentence(String s) {
        String t = withoutMarks(s).strip();
        return !t.isEmpty() && SENTENCE_END.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /**
     * Joins two pieces of one paragraph: nothing between Chinese, a space between two Latin words.
     */
    static String join(String a, String b) {
        String x = a.stripTrailing();
        String y = b.stripLeading();
        if (x.isEmpty() || y.isEmpty()) {
            return x + y;
        }
        char last = withoutMarks(x).isEmpty() ? ' ' : lastChar(withoutMarks(x));
        char first = withoutMarks(y).isEmpty() ? ' ' : withoutMarks(y).charAt(0);
        boolean latin =
                Character.isLetterOrDigit(last)
                        && last < 0x2E80
                        && Character.isLetter(first)
                        && first < 0x2E80;
        return latin ? x + " " + y : x + y;
    }

    private static char lastChar(String s) {
        return s.charAt(s.length() - 1);
    }

    /** Chinese numerals 一…九十九 as used in 一、 and （一） numbering and in dates. */
    static int chineseNumber(String s) {
        String t = s.replace('〇', '零').replace('○', '零');
        if (t.isEmpty()) {
            return -1;
        }
        if (t.length() > 1 && t.chars().allMatch(c -> digit((char) c) >= 0)) {
            int n = 0; // 二〇二二: digit by digit
            for (char c : t.toCharArray()) {
                n = n * 10 + digit(c);
            }
            return n;
        }
        int ten = t.indexOf('十');
        if (ten < 0) {
            return t.length() == 1 ? digit(t.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : digit(t.charAt(0));
        int ones = ten == t.length() - 1 ? 0 : digit(t.charAt(ten + 1));
        if (tens < 0 || ones < 0 || t.length() > ten + 2 || ten > 1) {
            return -1;
        }
        return tens * 10 + ones;
    }

    private static int digit(char c) {
        return "零一二三四五六七八九".indexOf(c);
    }
}
