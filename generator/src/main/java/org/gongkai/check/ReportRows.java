package org.gongkai.check;

import java.util.List;
import org.gongkai.content.ApplicationTable;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.ReportFigures;
import org.gongkai.site.SiteModel;

/**
 * The well-formed reports of a site, for a rule comparing one year's with the last's, and the
 * column names the table rules print.
 */
final class ReportRows {

    private ReportRows() {}

    record Entry(Document document, ReportFigures figures) {}

    static List<Entry> of(SiteModel model) {
        return model.documents().stream()
                .filter(d -> d.type() == DocumentType.REPORT)
                .flatMap(d -> ReportFigures.read(d).figures().map(f -> new Entry(d, f)).stream())
                .toList();
    }

    /** "第 3 列（科研机构）" as an editor finds it in the form. */
    static String column(int c) {
        return "第 " + (c + 1) + " 列（" + ApplicationTable.COLUMNS.get(c) + "）";
    }
}
