package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;
import org.gongkai.content.Table;

/**
 * A rule about the columns of a 公示's table (names, addresses, sensitive data): it sees each column
 * of the table in turn, and the column says where its header and cells stand.
 */
abstract class PublicityColumnRule extends DetailsRule<Details.Publicity> {

    PublicityColumnRule(String id, String description) {
        super(id, description, Details.Publicity.class);
    }

    /** Column {@code index} of a 公示's table. */
    record Column(Table table, int index) {

        String header() {
            return table.header().get(index);
        }

        /** The header cell without its unit or note: 家庭住址（门牌号） → 家庭住址. */
        String name() {
            return header().strip().replaceAll("[\\s（(].*$", "");
        }

        /** Where the header cell stands: the CSV's first line. */
        SourceRef headerAt() {
            return new SourceRef(table.file(), 1, start(table.header()));
        }

        /** The column's cells, row by row, each with where it stands (a short row has none). */
        List<Cell> cells() {
            List<Cell> cells = new ArrayList<>(table.rows().size());
            for (Table.Row row : table.rows()) {
                if (index < row.cells().size()) {
                    cells.add(
                            new Cell(
                                    row.cells().get(index),
                                    new SourceRef(table.file(), row.line(), start(row.cells()))));
                }
            }
            return cells;
        }

        /** The 1-based column of the CSV line where this column's cell starts. */
        private int start(List<String> cells) {
            int column = 1;
            for (int j = 0; j < index && j < cells.size(); j++) {
                column += cells.get(j).length() + 1;
            }
            return column;
        }
    }

    /** One cell of a column and where it stands. */
    record Cell(String text, SourceRef where) {}

    /** Adds what this rule finds in one column of a 公示's table to {@code out}. */
    abstract void check(Column column, List<Finding> out);

    @Override
    final void check(Document d, Details.Publicity p, Setting setting, List<Finding> out) {
        p.table()
                .ifPresent(
                        t -> {
                            for (int i = 0; i < t.header().size(); i++) {
                                check(new Column(t, i), out);
                            }
                        });
    }
}
