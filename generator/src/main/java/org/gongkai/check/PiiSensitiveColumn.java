package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Finding;

/**
 * Health, disability and the make-up of a household's income are sensitive personal information
 * (个人信息保护法 第二十八条); a 公示 of 低保, 救助 or 补贴 results shows who receives what, never why in such detail.
 */
public final class PiiSensitiveColumn extends PublicityColumnRule {

    /** Words of a header that name sensitive data. */
    static final List<String> SENSITIVE =
            List.of(
                    "残疾类别", "残疾等级", "残疾程度", "残疾证", "病种", "疾病", "病情", "患病", "诊断", "健康状况", "收入明细",
                    "收入构成", "家庭收入", "人均收入", "月收入", "年收入", "财产状况", "存款", "致贫原因", "困难原因", "宗教信仰",
                    "犯罪", "服刑");

    public PiiSensitiveColumn() {
        super("pii-sensitive-column", "公示表格不得有残疾类别、病种、收入明细等敏感个人信息列");
    }

    @Override
    void check(Column c, List<Finding> out) {
        String h = c.header();
        for (String word : SENSITIVE) {
            if (h.contains(word)) {
                out.add(
                        error(
                                c.headerAt(),
                                "“" + h + "”是敏感个人信息（" + word + "），不在公示中公开：请从 CSV 中删去这一列"));
                break;
            }
        }
    }
}
