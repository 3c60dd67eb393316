package org.gongkai.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 结构层次序数 of GB/T 9704 (一、 / （一） / 1. / （1）, and 第一章 / 第一条) that open a heading or
 * paragraph. Word and PDF conversions keep the numbers but lose or garble the levels, so the numbering
 * style tells which headings are siblings.
 */
final class HeadingNumbering {

    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:(?<chapter>第[一二三四五六七八九十百零〇\\d]+[章节条部分篇])"
                    + "|(?<han>[一二三四五六七八九十百零〇]+)[、.．]"
                    + "|(?<hanParen>[（(][一二三四五六七八九十百零〇]+[）)])"
                    + "|(?<digitParen>[（(]\\d+[）)])"
                    + "|(?<digit>\\d+)[.．、](?!\\d))\\s*");

    private HeadingNumbering() {
    }

    /** A name for the numbering style (一、 and （一） are different styles), or empty when there is none. */
    static String style(String text) {
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
        Matcher m = NUMBERING.matcher(text);
        String t = m.find() ? text.substring(m.end()) : text;
        return t.replaceAll("\\s+", "");
    }
}
