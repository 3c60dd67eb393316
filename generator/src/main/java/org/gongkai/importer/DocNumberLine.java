package org.gongkai.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.DocNumber;
import org.gongkai.content.DocNumber.Problem;

/**
 * A line of a 版头 read as a 文号 by {@link DocNumber}'s grammar, with the bracket mistakes conversions
 * and typists make ([2022], (2022), 【2022】, 〔22〕) normalised to GB/T 9704's 〔2022〕. The importer
 * reads every header line this way, so it takes only what is surely a 文号: a Han 代字, 号 at the end,
 * and the year in brackets or followed by 年 (安政发2022 32号 is too loose to be sure).
 *
 * @param number the 文号 as read
 * @param repairs what was changed from the original, in Chinese (empty when nothing was)
 */
record DocNumberLine(DocNumber number, String repairs) {

    /** 签发人 stands on the 文号's line in 上行文, before or after it. */
    private static final Pattern SIGNER =
            Pattern.compile("^(?:签发人?[：:].*?\\s+)?(.*?)(?:\\s*签发人?[：:].*)?$");

    private static final Pattern AGENCY = Pattern.compile("\\p{IsHan}{1,12}");

    /** The normalised 文号, e.g. 安政发〔2022〕32号. */
    String text() {
        return number.canonical();
    }

    static Optional<DocNumberLine> parse(String line) {
        String plain = ChineseText.withoutMarks(line).strip();
        Matcher s = SIGNER.matcher(plain);
        if (!s.matches()) {
            return Optional.empty();
        }
        plain = s.group(1);
        DocNumber n = DocNumber.parse(plain, 0);
        if (n.kind() != DocNumber.Kind.DOC_NUMBER
                || n.has(Problem.NO_HAO)
                || !AGENCY.matcher(n.agency()).matches()
                || (n.has(Problem.YEAR_NOT_BRACKETED) && !plain.contains("年"))) {
            return Optional.empty();
        }
        StringBuilder repairs = new StringBuilder();
        if (n.has(Problem.SHORT_YEAR)) {
            repairs.append("年份“")
                    .append(String.format("%02d", n.year() % 100))
                    .append("”补全为 ")
                    .append(n.year())
                    .append("；");
        }
        if (n.has(Problem.YEAR_NOT_BRACKETED)) {
            repairs.append("年份加上六角括号〔〕；");
        } else if (n.has(Problem.HALF_BRACKETED)) {
            repairs.append("年份括号不全（“").append(n.brackets()).append("”），改为六角括号〔〕；");
        } else if (n.has(Problem.WRONG_BRACKETS)) {
            repairs.append("年份括号“").append(n.brackets()).append("”改为六角括号〔〕；");
        }
        if (repairs.isEmpty() && !plain.replaceAll("\\s+", "").equals(n.canonical())) {
            repairs.append("原文为“").append(plain).append("”；");
        }
        String r = repairs.toString();
        return Optional.of(new DocNumberLine(n, r.isEmpty() ? "" : r.substring(0, r.length() - 1)));
    }
}
