package org.gongkai.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 文号 as typed, with the bracket mistakes conversions and typists make ([2022], (2022), 【2022】, 〔22〕),
 * normalised to GB/T 9704's 〔2022〕.
 *
 * @param text     the normalised 文号, e.g. 安政发〔2022〕32号
 * @param agency   the agency code before the year, e.g. 安政发
 * @param year     the four-digit year
 * @param serial   the serial number
 * @param repairs  what was changed from the original, in Chinese (empty when nothing was)
 */
record DocNumber(String text, String agency, int year, int serial, String repairs) {

    private static final Pattern FORM = Pattern.compile(
            "^(?:签发人?[：:].*?\\s+)?([\\p{IsHan}]{1,12}?)\\s*([〔\\[(（【［{｛〈<﹝]?)\\s*([0-9０-９]{2,4})\\s*([〕\\])）】］}｝〉>﹞]?)\\s*(?:年)?\\s*第?\\s*([0-9０-９]{1,4})\\s*号"
                    + "(?:\\s*签发人?[：:].*)?$");

    static Optional<DocNumber> parse(String line) {
        String plain = ChineseText.withoutMarks(line).strip();
        Matcher m = FORM.matcher(plain);
        if (!m.matches()) {
            return Optional.empty();
        }
        String open = m.group(2);
        String close = m.group(4);
        if (open.isEmpty() && close.isEmpty() && !plain.contains("年")) {
            return Optional.empty(); // "安政发2022 32号" without brackets or 年 is too loose to be sure
        }
        String yearText = ascii(m.group(3));
        int year = Integer.parseInt(yearText);
        StringBuilder repairs = new StringBuilder();
        if (yearText.length() == 2) {
            year += 2000;
            repairs.append("年份“").append(yearText).append("”补全为 ").append(year).append("；");
        } else if (yearText.length() != 4) {
            return Optional.empty();
        }
        int serial = Integer.parseInt(ascii(m.group(5)));
        String text = m.group(1) + "〔" + year + "〕" + serial + "号";
        if (open.isEmpty() && close.isEmpty()) {
            repairs.append("年份加上六角括号〔〕；");
        } else if (open.isEmpty() || close.isEmpty()) {
            repairs.append("年份括号不全（“").append(open).append(close).append("”），改为六角括号〔〕；");
        } else if (!open.equals("〔") || !close.equals("〕")) {
            repairs.append("年份括号“").append(open).append(close).append("”改为六角括号〔〕；");
        }
        String original = plain.replaceAll("\\s+", "");
        if (repairs.isEmpty() && !original.equals(text)) {
            repairs.append("原文为“").append(plain).append("”；");
        }
        String r = repairs.toString();
        return Optional.of(new DocNumber(text, m.group(1), year, serial,
                r.isEmpty() ? "" : r.substring(0, r.length() - 1)));
    }

    private static String ascii(String digits) {
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return b.toString();
    }
}
