package org.gongkai.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 成文日期 as written on an official document: 2022年6月21日, ２０２２年６月２１日 or 二〇二二年六月二十一日. */
final class ChineseDate {

    private static final String NUM = "[0-9０-９]{1,4}|[〇○零一二三四五六七八九十]{1,4}";
    private static final Pattern WHOLE =
            Pattern.compile(
                    "^\\s*(" + NUM + ")\\s*年\\s*(" + NUM + ")\\s*月\\s*(" + NUM + ")\\s*日\\s*$");

    private ChineseDate() {}

    /**
     * The date when the whole line is a date and nothing else (the 成文日期 line under the signature).
     */
    static Optional<LocalDate> parseLine(String line) {
        Matcher m = WHOLE.matcher(ChineseText.withoutMarks(line));
        if (!m.matches()) {
            return Optional.empty();
        }
        int y = number(m.group(1));
        int mo = number(m.group(2));
        int d = number(m.group(3));
        if (y < 1949 || y > 2100) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, mo, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(String s) {
        StringBuilder ascii = new StringBuilder();
        for (char c : s.toCharArray()) {
            ascii.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        String a = ascii.toString();
        if (a.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(a);
        }
        return ChineseText.chineseNumber(a);
    }
}
