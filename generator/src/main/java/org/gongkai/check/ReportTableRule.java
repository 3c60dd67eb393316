package org.gongkai.check;

import java.util.List;
import java.util.function.Function;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.ReportFigures;

/**
 * A rule about how one table of an annual report adds up (section 三's applications, section 四's
 * reviews). It names the table once, and sees it only in reports whose figures were read without a
 * problem (a malformed one is {@code report-figures-malformed}'s).
 */
abstract class ReportTableRule<T> extends DetailsRule<Details.Report> {

    private final Function<ReportFigures, T> table;

    ReportTableRule(String id, String description, Function<ReportFigures, T> table) {
        super(id, description, Details.Report.class);
        this.table = table;
    }

    /** Adds what this rule finds in one report's well-formed table to {@code out}. */
    abstract void check(T table, List<Finding> out);

    @Override
    final void check(Document d, Details.Report report, Setting setting, List<Finding> out) {
        report.figures().ifPresent(f -> check(table.apply(f), out));
    }
}
