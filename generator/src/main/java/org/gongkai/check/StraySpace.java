package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.Body;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;

/**
 * Chinese official text has no space between characters and digits (安乐镇人民政府2022年). Spaces there
 * come from PDF conversion or English-style typing and show as gaps, and they break search for the
 * phrase. Checked in titles, headings and paragraphs; reported once per line at the first stray
 * space.
 */
public final class StraySpace extends ScanRule {

    /**
     * A number between Chinese characters, with a space on at least one side (安乐镇 2022 年, but not
     * GB/T 9704 要求, where a Latin letter precedes).
     */
    private static final Pattern NUMBER =
            Pattern.compile(
                    "(?<=\\p{IsHan})[ \\u3000\\u00a0]*\\d+(?:[.．]\\d+)?[ \\u3000\\u00a0]*(?=\\p{IsHan})");

    public StraySpace() {
        super("stray-space", "（转换质量）标题和正文中汉字与数字之间不应有空格（如“安乐镇人民政府 2022 年”）");
    }

    /** Reads the lines the scan cuts once for all the rules that read them. */
    @Override
    public void check(Document d, Setting setting, DocumentScan scan, List<Finding> out) {
        List<String> lines = scan.lines();
        List<Integer> candidates = new ArrayList<>();
        if (d.keys().has("title")) {
            candidates.add(d.at("title").line());
        }
        for (Body.Heading h : d.body().headings()) {
            candidates.add(h.where().line());
        }
        for (Body.Paragraph p : d.body().paragraphs()) {
            candidates.add(p.where().line());
        }
        for (int line : candidates) {
            if (line < 1 || line > lines.size()) {
                continue;
            }
            String text = lines.get(line - 1);
            if (!hasSpaceAndDigit(scan.chars(text), text.length())) {
                continue; // nearly every Chinese line: no need for the regex
            }
            int first = -1;
            StringBuilder fixed = new StringBuilder();
            Matcher m = NUMBER.matcher(text);
            while (m.find()) {
                String number = m.group();
                String tight = number.strip().replace("\u3000", "").replace("\u00a0", "");
                if (!tight.equals(number) && first < 0) {
                    int space = 0;
                    while (!Character.isSpaceChar(number.charAt(space))) {
                        space++;
                    }
                    first = m.start() + space;
                }
                m.appendReplacement(fixed, tight);
            }
            m.appendTail(fixed);
            if (first >= 0) {
                out.add(
                        warning(
                                new SourceRef(d.source().file(), line, first + 1),
                                "汉字与数字之间有多余的空格：请删去，写作“" + excerpt(fixed.toString().strip()) + "”"));
            }
        }
    }

    /** The line with the spaces around its numbers removed (check --fix). */
    static String tighten(String line) {
        StringBuilder fixed = new StringBuilder();
        Matcher m = NUMBER.matcher(line);
        while (m.find()) {
            m.appendReplacement(
                    fixed,
                    Matcher.quoteReplacement(
                            m.group().strip().replace("\u3000", "").replace("\u00a0", "")));
        }
        m.appendTail(fixed);
        return fixed.toString();
    }

    /**
     * Whether a line's characters {@code chars[0, length)} hold a space and a digit: asked of every
     * heading and paragraph line, so read from the scan's array.
     */
    private static boolean hasSpaceAndDigit(char[] chars, int length) {
        boolean space = false;
        boolean digit = false;
        for (int i = 0; i < length && !(space && digit); i++) {
            char c = chars[i];
            space |= c == ' ' || c == '\u3000' || c == '\u00a0';
            digit |= c >= '0' && c <= '9';
        }
        return space && digit;
    }

    private static String excerpt(String s) {
        String t = s.replaceFirst("^#+\\s*", "").replaceFirst("^title:\\s*", "");
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
