package org.gongkai.report;

import org.gongkai.content.ReportFigures;

/**
 * The 行政规范性文件 figures a report shows: the editor's when stated, else those counted from content.
 * The page, the CSV and the cross-year check all read them here, so they cannot disagree.
 */
public final class NormativeCount {

    private NormativeCount() {}

    public static long issued(ReportFigures f, ContentFigures c) {
        return f.normative()
                .map(ReportFigures.StatedNormative::issued)
                .orElse((long) c.normative(ContentFigures.Normative.ISSUED).size());
    }

    public static long repealed(ReportFigures f, ContentFigures c) {
        return f.normative()
                .map(ReportFigures.StatedNormative::repealed)
                .orElse((long) c.normativeLeft());
    }

    public static long valid(ReportFigures f, ContentFigures c) {
        return f.normative()
                .map(ReportFigures.StatedNormative::valid)
                .orElse((long) c.normative(ContentFigures.Normative.VALID).size());
    }
}
