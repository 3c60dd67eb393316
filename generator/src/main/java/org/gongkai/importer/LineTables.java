package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables out of positioned lines. PDF and OFD keep no tables, only text: a run of lines set on a
 * grid (cells far apart on one line, in a smaller size than the body text, across two or more
 * lines) is a table. Where a header row and the rows under it have the same columns it is rebuilt
 * as a table, otherwise each line is kept as a plain paragraph that is never taken for a heading,
 * and the report asks the editor to rebuild it.
 */
final class LineTables {

    private LineTables() {}

    private static boolean onGrid(PdfReader.Line l, float bodySize) {
        return l.cells().size() >= 2 || l.size() < bodySize - 1.5f;
    }

    /**
     * Where a table starting at {@code start} ends (exclusive), or {@code start} when none starts
     * there: consecutive lines that are split into cells or set smaller than the body (captions,
     * the stacked words of a header cell), of which at least two are split into cells.
     */
    static int end(List<PdfReader.Line> lines, int start, float bodySize) {
        int end = start;
        int split = 0;
        while (end < lines.size() && onGrid(lines.get(end), bodySize)) {
            if (lines.get(end).cells().size() >= 2) {
                split++;
            }
            end++;
        }
        return split >= 2 ? end : start;
    }

    /**
     * A header row whose cells are all words, and the rows under it with as many cells, make a
     * table; anything else (a caption, a row whose label wrapped onto lines of its own, a header
     * over several lines) is kept line by line, cells apart by a space, and marked as a table line.
     */
    static List<SourceBlock> blocks(List<PdfReader.Line> region, List<String> doubts) {
        List<SourceBlock> out = new ArrayList<>();
        int tables = 0;
        int loose = 0;
        int k = 0;
        while (k < region.size()) {
            PdfReader.Line l = region.get(k);
            int columns = l.cells().size();
            if (columns >= 2 && isHeader(l)) {
                int e = k + 1;
                while (e < region.size()
                        && region.get(e).cells().size() == columns
                        && aligned(l, region.get(e))) {
                    e++;
                }
                // a second header row under a spanning one (行政复议 | 行政诉讼 over their sub-columns) is
                // no table
                boolean figures = region.subList(k + 1, e).stream().anyMatch(r -> !isHeader(r));
                if (e - k >= 3 || (e - k == 2 && figures)) {
                    List<List<String>> rows = new ArrayList<>();
                    for (PdfReader.Line r : region.subList(k, e)) {
                        rows.add(r.cells().stream().map(PdfReader.Cell::text).toList());
                    }
                    out.add(new SourceBlock.Table(rows, l.origin() + "起的表格"));
                    tables++;
                    k = e;
                    continue;
                }
            }
            if (columns >= 2) {
                loose++;
            }
            String text = String.join(" ", l.cells().stream().map(PdfReader.Cell::text).toList());
            out.add(
                    new SourceBlock.Paragraph(
                            text, new SourceBlock.Layout(false, false, false, true), l.origin()));
            k++;
        }
        String where = region.get(0).origin() + "起";
        if (tables > 0) {
            doubts.add(where + "的 " + tables + " 个表格按各行文字的位置重建，请对照原件核对表格");
        }
        if (loose > 0) {
            doubts.add(
                    where
                            + "有 "
                            + loose
                            + " 行表格的列分不清（合并单元格、换行的表头），按行作为段落导入，"
                            + "请对照原件重排为表格（或改用 Word 原件导入）");
        }
        return out;
    }

    /**
     * Whether each of {@code row}'s cells stands under the header cell of its place: its middle
     * lies between the midpoints of the gaps beside that header cell. Equal counts alone are not
     * enough: a wrapped line of two phrases under a two-column header has two cells too, but not
     * under the columns.
     */
    static boolean aligned(PdfReader.Line header, PdfReader.Line row) {
        List<PdfReader.Cell> h = header.cells();
        for (int i = 0; i < h.size(); i++) {
            PdfReader.Cell c = row.cells().get(i);
            float middle = (c.x() + c.endX()) / 2;
            float from =
                    i == 0 ? Float.NEGATIVE_INFINITY : (h.get(i - 1).endX() + h.get(i).x()) / 2;
            float to =
                    i == h.size() - 1
                            ? Float.POSITIVE_INFINITY
                            : (h.get(i).endX() + h.get(i + 1).x()) / 2;
            if (middle < from || middle >= to) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHeader(PdfReader.Line l) {
        return l.cells().stream()
                .allMatch(
                        c ->
                                c.text().codePoints().anyMatch(ChineseText::isHan)
                                        && !c.text().matches(".*[0-9０-９].*"));
    }
}
