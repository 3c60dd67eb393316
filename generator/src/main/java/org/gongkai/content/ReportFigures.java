package org.gongkai.content;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The figures of an annual report that content cannot know, typed from the report's front matter in
 * one place. Every malformed value is a finding at its line; a report with any is not given typed
 * figures, so no table is ever printed from half-read data.
 */
public record ReportFigures(
        int year,
        ApplicationTable applications,
        ReviewFigures reviews,
        long permits,
        long penalties,
        long enforcement,
        BigDecimal fees,
        Optional<StatedNormative> normative) {

    /**
     * 行政规范性文件 figures written by the editor, for an office whose older documents are not in the
     * column: they replace the ones counted from content, on the page and in the cross-year check.
     */
    public record StatedNormative(long issued, long repealed, long valid, SourceRef where) {}

    public static final String RULE = "report-figures-malformed";

    /** The outcome rows and groups: front-matter key → label as the national form prints it. */
    static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static final Map<String, Map<String, String>> SUB_ROWS = new LinkedHashMap<>();

    static {
        for (ReportForm.Group g : ReportForm.OUTCOMES) {
            GROUPS.put(g.key(), g.label());
            Map<String, String> rows = new LinkedHashMap<>();
            g.rows().forEach(r -> rows.put(r.key(), r.label()));
            SUB_ROWS.put(g.key(), rows);
        }
    }

    static final Map<String, String> TOP_ROWS = new LinkedHashMap<>();

    static {
        ReportForm.OPENING.forEach(r -> TOP_ROWS.put(r.key(), r.label()));
        TOP_ROWS.put(ReportForm.TOTAL.key(), ReportForm.TOTAL.label());
        TOP_ROWS.put(ReportForm.CARRIED_FORWARD.key(), ReportForm.CARRIED_FORWARD.label());
    }

    /**
     * The result of reading: typed figures when everything was well-formed, and the findings either
     * way.
     */
    public record Reading(Optional<ReportFigures> figures, List<Finding> problems) {
        public Reading {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The figures the loader typed from the report's front matter, and what was malformed in them.
     */
    public static Reading read(Document d) {
        if (!(d.details() instanceof Details.Report r)) {
            return new Reading(Optional.empty(), List.of());
        }
        return new Reading(r.figures(), r.problems());
    }

    /**
     * Types the figures as the editor wrote them, at load: {@code written} holds the report's keys
     * other than {@code year}, {@code where} each dotted key path's line ({@code
     * applications.withheld.third_party}), so every problem points at the row to correct; {@code
     * keyAt} places a top-level key, and {@code year} is the 报告年度.
     */
    static Reading read(
            Map<String, Object> written,
            Map<String, SourceRef> where,
            Function<String, SourceRef> keyAt,
            int year) {
        ReportFiguresReader reader = new ReportFiguresReader(written, where, keyAt, year);
        Optional<ReportFigures> figures = reader.read();
        return new Reading(
                reader.problems().isEmpty() ? figures : Optional.empty(), reader.problems());
    }

    /** The 报告年度: {@code year}, or the year before publication (reports come out in January). */
    public static int yearOf(Document d) {
        if (d.details() instanceof Details.Report r && r.year().isPresent()) {
            return r.year().get();
        }
        return d.year() - 1;
    }
}
