package org.gongkai.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 结构层次序数 of GB/T 9704 (一、 / （一） / 1. / （1）, and 第一章 / 第一条) that open a heading or paragraph.
 * Word and PDF conversions keep the numbers but lose or garble the levels, so the numbering style
 * tells which headings are siblings.
 */
final class HeadingNumbering {

    private static final Pattern NUMBERING =
            Pattern.compile(
                    "^\\s*(?:(?<chapter>第[一二三四五六七八九十百零〇\\d]+[章节条部分篇])"
                            + "|(?<han>[一二三四五六七八九十百零〇]+)[、.．]"
                            + "|(?<hanParen>[（(][一二三四五六七八九十百零〇]+[）)])"
                            + "|(?<digitParen>[（(]\\d+[）)])"
                            + "|(?<digit>\\d+)[.．、](?!\\d))\\s*");

    private HeadingNumbering() {}

    /**
     * Cheap test before the regex: numbering starts with 第, a Chinese numeral, a bracket or a
     * digit.
     */
    private static boolean mayBeNumbered(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '第'
                || c == '('
                || c == '（'
                || (c >= '0' && c <= '9')
                || "一二三四五六七八九十百零〇".indexOf(c) >= 0;
    }

    /**
     * A name for the numbering style (一、 and （一） are different styles), or empty when there is
     * none.
     */
    static String style(String text) {
        if (!mayBeNumbered(text)) {
            return "";
        }
        Matcher m = NUMBERING.matcher(text);
        if (!m.find()) {
            return "";
        }
        if (m.group("chapter") != null) {
            return "第X" + m.group("chapter").charAt(m.group("chapter").length() - 1);
        }
        if (m.group("han") != null) {
            return "一、";
        }
        if (m.group("hanParen") != null) {
            return "（一）";
        }
        if (m.group("digitParen") != null) {
            return "（1）";
        }
        return "1.";
    }

    /** The text without its leading number: 四、紧扣夯实基础 → 紧扣夯实基础. */
    static String stripped(String text) {
        String t = text;
        if (mayBeNumbered(text)) {
            Matcher m = NUMBERING.matcher(text);
            t = m.find() ? text.substring(m.end()) : text;
        }
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isWhitespace(t.charAt(i))) {
                sb.append(t.charAt(i));
            }
        }
        return sb.toString();
    }
}
