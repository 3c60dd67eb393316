package org.gongkai.report;

import java.util.List;

/** The six sections of the national template (国办公开办函〔2021〕30号), and how a heading names one. */
public final class ReportSections {

    private ReportSections() {}

    public static final List<String> TITLES =
            List.of(
                    "一、总体情况",
                    "二、主动公开政府信息情况",
                    "三、收到和处理政府信息公开申请情况",
                    "四、政府信息公开行政复议、行政诉讼情况",
                    "五、存在的主要问题及改进情况",
                    "六、其他需要报告的事项");
    private static final String NUMERALS = "一二三四五六";

    /** 1–6 for a heading that starts 一、 … 六、 (or 一． / 一.), else 0. */
    public static int number(String heading) {
        String t = heading.strip();
        if (t.length() < 2 || "、．.，".indexOf(t.charAt(1)) < 0) {
            return 0;
        }
        return NUMERALS.indexOf(t.charAt(0)) + 1;
    }

    public static String numeral(int n) {
        return String.valueOf(NUMERALS.charAt(n - 1));
    }
}
