package org.gongkai.report;

import java.util.List;
import org.gongkai.content.ReportForm;

/** The six sections of the national template (国办公开办函〔2021〕30号), and how a heading names one. */
public final class ReportSections {

    private ReportSections() {}

    public static final List<String> TITLES = ReportForm.SECTIONS;
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
