package org.gongkai.check;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.SourceRef;
import org.gongkai.content.Table;

/** Where a 公示 table's header cells stand, for findings about a whole column. */
final class PublicityColumns {

    private PublicityColumns() {}

    /** A 公示's table, if the document is one and has one. */
    static Optional<Table> of(Document d) {
        return d.details() instanceof Details.Publicity p ? p.table() : Optional.empty();
    }

    /** Column {@code index} of a 公示's table. */
    record Column(Table table, int index) {
        String header() {
            return table.header().get(index);
        }
    }

    /** The columns of a 公示's table, none when the document is not one or has none. */
    static List<Column> columns(Document d) {
        return of(d).map(
                        t ->
                                IntStream.range(0, t.header().size())
                                        .mapToObj(i -> new Column(t, i))
                                        .toList())
                .orElse(List.of());
    }

    /** The header cell without its unit or note: 家庭住址（门牌号） → 家庭住址. */
    static String name(String header) {
        return header.strip().replaceAll("[\\s（(].*$", "");
    }

    /** The 1-based column where cell {@code i} of a CSV line starts. */
    static int column(List<String> cells, int i) {
        int column = 1;
        for (int j = 0; j < i && j < cells.size(); j++) {
            column += cells.get(j).length() + 1;
        }
        return column;
    }

    /** The header is the CSV's first line. */
    static SourceRef header(Table t, int i) {
        return new SourceRef(t.file(), 1, column(t.header(), i));
    }
}
