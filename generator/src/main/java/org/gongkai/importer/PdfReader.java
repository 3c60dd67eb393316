package org.gongkai.importer;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's text with Apache PDFBox and rebuilds paragraphs from the geometry of its lines: a
 * paragraph ends where a line stops short of the right margin, the next line is indented, centred,
 * set in another size or further down than the line spacing. Page numbers (— 3 —, -3-, 第3页) and
 * running headers and footers (the same line at the top or bottom of several pages) are dropped,
 * and a paragraph that runs over a page break is joined.
 *
 * <p>PDF keeps no tables, only positioned text. A run of lines set on a grid (cells far apart on
 * one line, in a smaller size than the body text, across two or more lines) is a table: where a
 * header row and the rows under it have the same columns it is rebuilt as a table, otherwise each
 * line is kept as a plain paragraph that is never taken for a heading, and the report asks the
 * editor to rebuild it.
 */
final class PdfReader {

    private static final Pattern PAGE_NUMBER =
            Pattern.compile(
                    "^[\\s—–\\-－－_~·]*[0-9０-９]{1,4}[\\s—–\\-－_~·]*$"
                            + "|^第\\s*[0-9０-９]{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*[0-9０-９]{1,4}\\s*页)?$"
                            + "|^[0-9]{1,4}\\s*/\\s*[0-9]{1,4}$|^-\\s*[0-9]{1,4}\\s*-$");

    private static final Pattern COLOPHON_START =
            Pattern.compile("^\\s*(抄\\s*送|分\\s*送|报\\s*送|印\\s*发|共印)");

    private PdfReader() {}

    /** One line of text on a page, where it starts and ends, its size, and its cells. */
    record Line(
            int page,
            int lineOnPage,
            String text,
            float x,
            float endX,
            float y,
            float size,
            boolean bold,
            float pageWidth,
            float pageHeight,
            List<Cell> cells) {

        String origin() {
            return "第 " + page + " 页第 " + lineOnPage + " 行";
        }
    }

    /** A stretch of a line with more than an em of white space on either side: a table cell. */
    record Cell(String text, float x, float endX) {}

    static SourceText read(PDDocument pdf, String fileName) throws IOException {
        LineCollector collector = new LineCollector();
        collector.setSortByPosition(true);
        collector.writeText(pdf, Writer.nullWriter());
        return fromLines(collector.lines, pdf.getNumberOfPages(), fileName, "PDF");
    }

    /**
     * Paragraphs and tables from positioned lines, whichever fixed-layout format they came from
     * (PDF, OFD).
     */
    static SourceText fromLines(List<Line> lines, int pages, String fileName, String format) {
        List<String> dropped = new ArrayList<>();
        List<Line> body = dropRunningLines(lines, pages, dropped);
        List<String> doubts = new ArrayList<>();
        return new SourceText(fileName, format, blocks(body, doubts), dropped, doubts);
    }

    /** Page numbers, and lines repeated at the top or bottom of two or more pages, are not text. */
    private static List<Line> dropRunningLines(List<Line> lines, int pages, List<String> dropped) {
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (Line l : lines) {
            if (atEdge(l)) {
                edgeCounts.merge(edgeKey(l), 1, Integer::sum);
            }
        }
        List<Line> kept = new ArrayList<>();
        Map<String, Integer> running = new java.util.LinkedHashMap<>();
        int pageNumbers = 0;
        for (Line l : lines) {
            String t = l.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (atEdge(l, 0.15f) && PAGE_NUMBER.matcher(t).matches()) {
                pageNumbers++;
                continue;
            }
            if (pages > 1 && atEdge(l) && edgeCounts.getOrDefault(edgeKey(l), 0) >= 2) {
                running.merge(
                        (l.y() < l.pageHeight() / 2 ? "页眉“" : "页脚“") + t + "”", 1, Integer::sum);
                continue;
            }
            kept.add(l);
        }
        if (pageNumbers > 0) {
            dropped.add(pageNumbers + " 个页码");
        }
        running.forEach((text, n) -> dropped.add(text + "（" + n + " 页）"));
        return kept;
    }

    /** In the top or bottom tenth of the page, where running headers and footers sit. */
    private static boolean atEdge(Line l) {
        return atEdge(l, 0.1f);
    }

    /**
     * GB/T 9704 puts the page number 7 mm below a 35 mm bottom margin, close to the tenth; a line
     * that is nothing but a page number is taken anywhere in the outer {@code share} of the page.
     */
    private static boolean atEdge(Line l, float share) {
        return l.y() < l.pageHeight() * share || l.y() > l.pageHeight() * (1 - share);
    }

    private static String edgeKey(Line l) {
        return (l.y() < l.pageHeight() / 2 ? "top:" : "bottom:")
                + l.text().strip().replaceAll("[0-9０-９]+", "#");
    }

    /** Prose is rebuilt into paragraphs, a grid of lines into a table (or kept line by line). */
    private static List<SourceBlock> blocks(List<Line> lines, List<String> doubts) {
        List<SourceBlock> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        float left = Float.MAX_VALUE;
        float right = 0;
        for (Line l : lines) {
            left = Math.min(left, l.x());
            right = Math.max(right, l.endX());
        }
        float bodySize = bodySize(lines);
        List<Line> prose = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = tableEnd(lines, i, bodySize);
            if (end > i) {
                out.addAll(paragraphs(prose, left, right));
                prose.clear();
                out.addAll(table(lines.subList(i, end), doubts));
                i = end;
            } else {
                prose.add(lines.get(i++));
            }
        }
        out.addAll(paragraphs(prose, left, right));
        return out;
    }

    /** The size most of the text is set in. */
    private static float bodySize(List<Line> lines) {
        Map<Float, Integer> chars = new HashMap<>();
        for (Line l : lines) {
            chars.merge((float) Math.round(l.size()), l.text().length(), Integer::sum);
        }
        return chars.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(0f);
    }

    private static boolean onGrid(Line l, float bodySize) {
        return l.cells().size() >= 2 || l.size() < bodySize - 1.5f;
    }

    /**
     * Where a table starting at {@code start} ends (exclusive), or {@code start} when none starts
     * there: consecutive lines that are split into cells or set smaller than the body (captions,
     * the stacked words of a header cell), of which at least two are split into cells.
     */
    private static int tableEnd(List<Line> lines, int start, float bodySize) {
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
    private static List<SourceBlock> table(List<Line> region, List<String> doubts) {
        List<SourceBlock> out = new ArrayList<>();
        int tables = 0;
        int loose = 0;
        int k = 0;
        while (k < region.size()) {
            Line l = region.get(k);
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
                    for (Line r : region.subList(k, e)) {
                        rows.add(r.cells().stream().map(Cell::text).toList());
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
            String text = String.join(" ", l.cells().stream().map(Cell::text).toList());
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
    static boolean aligned(Line header, Line row) {
        List<Cell> h = header.cells();
        for (int i = 0; i < h.size(); i++) {
            Cell c = row.cells().get(i);
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

    private static boolean isHeader(Line l) {
        return l.cells().stream()
                .allMatch(
                        c ->
                                c.text().codePoints().anyMatch(ChineseText::isHan)
                                        && !c.text().matches(".*[0-9０-９].*"));
    }

    private static List<SourceBlock> paragraphs(List<Line> lines, float left, float right) {
        List<SourceBlock> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        StringBuilder text = null;
        String origin = null;
        Line previous = null;
        boolean centred = false;
        boolean bold = true;
        for (Line l : lines) {
            boolean lineCentred = isCentred(l, left, right);
            boolean continues =
                    previous != null
                            && text != null
                            && !centred
                            && !lineCentred
                            && continues(previous, l, left, right);
            if (!continues) {
                if (text != null) {
                    out.add(paragraph(text.toString(), centred, bold, origin));
                }
                text = new StringBuilder();
                origin = l.origin();
                centred = lineCentred;
                bold = l.bold();
                text.append(l.text().strip());
            } else {
                String joined = ChineseText.join(text.toString(), l.text().strip());
                text.setLength(0);
                text.append(joined);
                bold &= l.bold();
            }
            previous = l;
        }
        out.add(paragraph(text.toString(), centred, bold, origin));
        return out;
    }

    private static SourceBlock.Paragraph paragraph(
            String text, boolean centred, boolean bold, String origin) {
        String t = bold ? ChineseText.BOLD_START + text + ChineseText.BOLD_END : text;
        return new SourceBlock.Paragraph(t, new SourceBlock.Layout(centred, false, bold), origin);
    }

    /**
     * Whether {@code next} goes on with the paragraph {@code prev} ends; across a page break too.
     */
    private static boolean continues(Line prev, Line next, float left, float right) {
        float em = Math.max(prev.size(), 1f);
        if (ChineseDate.parseLine(prev.text().replaceAll("\\s", "")).isPresent()
                || COLOPHON_START.matcher(next.text()).find()) {
            return false; // the 成文日期 ends its block; the 版记 starts its own, wherever they fall on
            // the page
        }
        if (Math.abs(prev.size() - next.size()) > em * 0.15f) {
            return false;
        }
        if (prev.endX() < right - 1.5f * em) {
            return false; // the previous line stopped short: its paragraph ended there
        }
        if (next.x() > left + 1.0f * em) {
            return false; // first-line indent: a new paragraph
        }
        if (prev.page() == next.page() && next.y() - prev.y() > 2.2f * em) {
            return false; // a blank line between
        }
        return true;
    }

    private static boolean isCentred(Line l, float left, float right) {
        float em = Math.max(l.size(), 1f);
        float before = l.x() - left;
        float after = right - l.endX();
        return before > 2.5f * em && after > 2.5f * em && Math.abs(before - after) < 2.0f * em;
    }

    /** Collects each line PDFBox's stripper writes, with the positions of its glyphs. */
    private static final class LineCollector extends PDFTextStripper {
        final List<Line> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private final List<TextPosition> positions = new ArrayList<>();
        private int lineOnPage;

        LineCollector() throws IOException {
            super();
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            lineOnPage = 0;
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) {
            current.append(text);
            positions.addAll(textPositions);
        }

        @Override
        protected void writeWordSeparator() {
            current.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            flush();
            super.endPage(page);
        }

        private void flush() {
            if (!positions.isEmpty() && !current.toString().isBlank()) {
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                float size = 0;
                boolean bold = true;
                for (TextPosition p : positions) {
                    size = Math.max(size, p.getFontSizeInPt());
                    String font =
                            p.getFont() == null || p.getFont().getName() == null
                                    ? ""
                                    : p.getFont().getName();
                    bold &= font.toLowerCase(java.util.Locale.ROOT).contains("bold");
                }
                lineOnPage++;
                PDPage page = getCurrentPage();
                // a PDF draws what it shows: a hyphen glyph mapped to U+00AD is a printed hyphen
                // (2014-2020年)
                String text =
                        ChineseText.withoutInvisible(current.toString().replace('\u00AD', '-'));
                lines.add(
                        new Line(
                                getCurrentPageNo(),
                                lineOnPage,
                                text,
                                first.getXDirAdj(),
                                last.getXDirAdj() + last.getWidthDirAdj(),
                                first.getYDirAdj(),
                                size,
                                bold,
                                page.getMediaBox().getWidth(),
                                page.getMediaBox().getHeight(),
                                cells()));
            }
            current.setLength(0);
            positions.clear();
        }

        /**
         * The line cut where more than an em of white space separates two glyphs: the cells of a
         * table row sit that far apart, the words of a sentence never do.
         */
        private List<Cell> cells() {
            List<Cell> cells = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            TextPosition start = positions.get(0);
            TextPosition previous = null;
            for (TextPosition p : positions) {
                if (previous != null) {
                    float gap =
                            p.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
                    float em =
                            Math.max(Math.max(previous.getFontSizeInPt(), p.getFontSizeInPt()), 1f);
                    if (gap > em) {
                        addCell(cells, text, start, previous);
                        start = p;
                    } else if (gap > 0.2f * em
                            && !text.isEmpty()
                            && text.charAt(text.length() - 1) < 0x2E80
                            && !p.getUnicode().isEmpty()
                            && p.getUnicode().charAt(0) < 0x2E80) {
                        text.append(' '); // between two Latin words or numbers
                    }
                }
                text.append(p.getUnicode());
                previous = p;
            }
            addCell(cells, text, start, previous);
            return cells;
        }

        private static void addCell(
                List<Cell> cells, StringBuilder text, TextPosition first, TextPosition last) {
            String t = ChineseText.withoutInvisible(text.toString().replace('\u00AD', '-')).strip();
            if (!t.isEmpty()) {
                cells.add(
                        new Cell(t, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj()));
            }
            text.setLength(0);
        }
    }
}
