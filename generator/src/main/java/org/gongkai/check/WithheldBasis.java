package org.gongkai.check;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.DisclosureAttribute;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * 不予公开 must name its legal ground in the 2019 条例 (国务院令第711号): 第十四条 (state secrets, "三安全一稳定"), 第十五条
 * (trade secrets, personal privacy), 第十六条 第一款 (internal affairs) or 第二款 (process information,
 * enforcement files). Any other article is not a ground for withholding — often a number from the
 * 2007 text.
 */
public final class WithheldBasis extends DocumentRule {

    /** Article → number of paragraphs (款) it has in the 2019 text. */
    static final Map<Integer, Integer> WITHHOLDING_ARTICLES = Map.of(14, 1, 15, 1, 16, 2);

    private static final Pattern ARTICLE =
            Pattern.compile("第([零〇一二三四五六七八九十百\\d]+)条(?:第([一二三四五六七八九十\\d]+)款)?");
    private static final String HELP = "请写 第十四条、第十五条、第十六条第一款 或 第十六条第二款";

    public WithheldBasis() {
        super("withheld-basis", "不予公开的文件必须写明不予公开依据，且只能是《政府信息公开条例》第十四条、第十五条、第十六条（第一款、第二款）");
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        if (d.disclosure().stated().orElse(null) != DisclosureAttribute.WITHHELD) {
            return;
        }
        if (d.withheldBasis().isEmpty()) {
            out.add(
                    error(
                            d.at("disclosure"),
                            "不予公开的文件必须写明依据：请加一行 withheld_basis，" + HELP + "（《中华人民共和国政府信息公开条例》）"));
            return;
        }
        String basis = d.withheldBasis().get();
        Matcher m = ARTICLE.matcher(basis);
        boolean any = false;
        while (m.find()) {
            any = true;
            int article = number(m.group(1));
            Integer paragraphs = WITHHOLDING_ARTICLES.get(article);
            if (paragraphs == null) {
                out.add(
                        error(
                                d.at("withheld_basis"),
                                "“"
                                        + m.group()
                                        + "”不是条例规定的不予公开情形"
                                        + "（条例 2019 年修订后只有第十四条、第十五条、第十六条可作依据，勿用 2007 年旧条文序号）；"
                                        + HELP));
            } else if (m.group(2) != null && number(m.group(2)) > paragraphs) {
                out.add(
                        error(
                                d.at("withheld_basis"),
                                "条例第" + m.group(1) + "条没有第" + m.group(2) + "款；" + HELP));
            }
        }
        if (!any) {
            out.add(error(d.at("withheld_basis"), "不予公开依据“" + basis + "”没有写明条例的具体条款；" + HELP));
        }
    }

    /** 十六 → 16, 二 → 2, 16 → 16. */
    static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            // 第99999999999条 is no article of the 条例 either; parsed, it overflowed and stopped the
            // check
            return s.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(s);
        }
        String digits = "零一二三四五六七八九";
        int total = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            int v = c == '〇' ? 0 : digits.indexOf(c);
            if (v >= 0) {
                current = v;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
        }
        return total + current;
    }
}
