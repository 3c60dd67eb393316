package org.gongkai.content;

import java.util.List;

/**
 * One row of the section 三 table: its label as the national form prints it, its front-matter key,
 * and the seven numbers (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计).
 */
public record FigureRow(String key, String label, List<Long> values, SourceRef where) {

    public FigureRow {
        values = List.copyOf(values);
    }

    public long total() {
        return values.get(ApplicationTable.TOTAL_COLUMN);
    }
}
