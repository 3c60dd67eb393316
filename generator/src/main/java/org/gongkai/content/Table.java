package org.gongkai.content;

import java.util.List;

/**
 * A CSV table read beside a document (公示 data): the header row and each data row with its file
 * line.
 */
public record Table(String file, List<String> header, List<Row> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
