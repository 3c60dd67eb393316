package org.gongkai.check;

import org.gongkai.content.Table;

/** Where a 公示 table's header cells stand, for findings about a whole column. */
final class PublicityColumns {

    private PublicityColumns() {}

    /** A 公示's table, if the document is one and has one. */
    static java.util.Optional<Table> of(org.gongkai.content.Document d) {
        return d.details() instanceof org.gongkai.content.Details.Publicity p
                ? p.table()
                : java.util.Optional.empty();
    }

    /** The header cell without its unit or note: 家庭住址（门牌号） → 家庭住址. */
    static String name(String header) {
        return header.strip().replaceAll("[\\s（(].*$", "");
    }

    /** The 1-based column where cell {@code i} of a CSV line starts. */
    static int column(java.util.List<String> cells, int i) {
        int column = 1;
        for (int j = 0; j < i && j < cells.size(); j++) {
            column += cells.get(j).length() + 1;
        }
        return column;
    }

    /** The header is the CSV's first line. */
    static org.gongkai.content.SourceRef header(Table t, int i) {
        return new org.gongkai.content.SourceRef(t.file(), 1, column(t.header(), i));
    }
}
