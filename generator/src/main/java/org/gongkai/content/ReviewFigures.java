package org.gongkai.content;

import java.util.List;

/**
 * The section 四 row of 15 numbers: 行政复议, then 行政诉讼 未经复议直接起诉 and 复议后起诉, each as 结果维持 / 结果纠正 / 其他结果 /
 * 尚未审结 / 总计.
 */
public record ReviewFigures(List<Long> values, SourceRef where) {

    public static final List<String> GROUPS = List.of("行政复议", "未经复议直接起诉", "复议后起诉");
    public static final List<String> OUTCOMES = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    public static final int SIZE = GROUPS.size() * OUTCOMES.size();

    public ReviewFigures {
        values = List.copyOf(values);
    }

    /** The five numbers of one group. */
    public List<Long> group(int g) {
        return values.subList(g * OUTCOMES.size(), (g + 1) * OUTCOMES.size());
    }
}
