package org.gongkai.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The section 三 table of the annual report (国办公开办函〔2021〕30号): applications by applicant type, with
 * the outcome rows and their sub-rows in the form's order.
 */
public record ApplicationTable(
        FigureRow received,
        FigureRow carriedOver,
        FigureRow granted,
        FigureRow partlyGranted,
        Group withheld,
        Group unable,
        Group notProcessed,
        Group other,
        Optional<FigureRow> statedTotal,
        FigureRow carriedForward) {

    /** The applicant columns; 法人或其他组织 spans the five in the middle. There is no 法人小计 column. */
    public static final List<String> COLUMNS =
            List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

    public static final int TOTAL_COLUMN = 6;

    /**
     * An outcome with sub-rows: （三）不予公开 … （六）其他处理. {@code statedTotal} is present when the editor
     * wrote the group's own total, which must then equal the sum of its sub-rows.
     */
    public record Group(
            String key,
            String label,
            List<FigureRow> items,
            Optional<FigureRow> statedTotal,
            SourceRef where) {
        public Group {
            items = List.copyOf(items);
        }

        public List<Long> sum() {
            return ApplicationTable.sum(items);
        }
    }

    /** （七）总计: the sum of every outcome row. */
    public List<Long> outcomeTotal() {
        List<FigureRow> rows = new ArrayList<>(List.of(granted, partlyGranted));
        for (Group g : groups()) {
            rows.addAll(g.items());
        }
        return sum(rows);
    }

    public List<Group> groups() {
        return List.of(withheld, unable, notProcessed, other);
    }

    static List<Long> sum(List<FigureRow> rows) {
        long[] s = new long[COLUMNS.size()];
        for (FigureRow r : rows) {
            for (int c = 0; c < s.length; c++) {
                s[c] += r.values().get(c);
            }
        }
        List<Long> out = new ArrayList<>(s.length);
        for (long v : s) {
            out.add(v);
        }
        return out;
    }
}
