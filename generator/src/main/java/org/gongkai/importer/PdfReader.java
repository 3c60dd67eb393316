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
 * paragraph ends where a line stops short of the right margin, the next line is indented, centred, set
 * in another size or further down than the line spacing. Page numbers (— 3 —, -3-, 第3页) and running
 * headers and footers (the same line at the top or bottom of several pages) are dropped, and a
 * paragraph that runs over a page break is joined.
 *
 * <p>PDF keeps no tables, only positioned text: a table's cells come through as lines of text, and the
 * editor has to rebuild the table from the original (the report says so when a line looks like one).
 */
final class PdfReader {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[\\s—–\\-－－_~·]*[0-9０-９]{1,4}[\\s—–\\-－_~·]*$"
                    + "|^第\\s*[0-9０-９]{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*[0-9０-９]{1,4}\\s*页)?$"
                    + "|^[0-9]{1,4}\\s*/\\s*[0-9]{1,4}$|^-\\s*[0-9]{1,4}\\s*-$");

    private PdfReader() {
    }

    /** One line of text on a page, where it starts and ends, and its size. */
    record Line(int page, int lineOnPage, String text, float x, float endX, float y, float size, boolean bold,
                float pageWidth, float pageHeight, boolean tableLike) {
    }

    static SourceText read(PDDocument pdf, String fileName) throws IOException {
        LineCollector collector = new LineCollector();
        collector.setSortByPosition(true);
        collector.writeText(pdf, Writer.nullWriter());
        List<Line> lines = collector.lines;
        List<String> dropped = new ArrayList<>();
        List<Line> body = dropRunningLines(lines, pdf.getNumberOfPages(), dropped);
        List<String> doubts = new ArrayList<>();
        List<Line> rows = body.stream().filter(Line::tableLike).toList();
        if (!rows.isEmpty()) {
            Line first = rows.get(0);
            doubts.add("第 " + first.page() + " 页第 " + first.lineOnPage() + " 行起有 " + rows.size()
                    + " 行像是表格：PDF 不保存表格结构，这些行按文字导入了，请对照原件重排为表格（或改用 Word 原件导入）");
        }
        return new SourceText(fileName, "PDF", paragraphs(body), dropped, doubts);
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
                running.merge((l.y() < l.pageHeight() / 2 ? "页眉“" : "页脚“") + t + "”", 1, Integer::sum);
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
     * GB/T 9704 puts the page number 7 mm below a 35 mm bottom margin, close to the tenth; a line that is
     * nothing but a page number is taken anywhere in the outer {@code share} of the page.
     */
    private static boolean atEdge(Line l, float share) {
        return l.y() < l.pageHeight() * share || l.y() > l.pageHeight() * (1 - share);
    }

    private static String edgeKey(Line l) {
        return (l.y() < l.pageHeight() / 2 ? "top:" : "bottom:") + l.text().strip().replaceAll("[0-9０-９]+", "#");
    }

    private static List<SourceBlock> paragraphs(List<Line> lines) {
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
        StringBuilder text = null;
        String origin = null;
        Line previous = null;
        boolean centred = false;
        boolean bold = true;
        for (Line l : lines) {
            boolean lineCentred = isCentred(l, left, right);
            boolean continues = previous != null && text != null && !centred && !lineCentred
                    && continues(previous, l, left, right);
            if (!continues) {
                if (text != null) {
                    out.add(paragraph(text.toString(), centred, bold, origin));
                }
                text = new StringBuilder();
                origin = "第 " + l.page() + " 页第 " + l.lineOnPage() + " 行";
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

    private static SourceBlock.Paragraph paragraph(String text, boolean centred, boolean bold, String origin) {
        String t = bold ? ChineseText.BOLD_START + text + ChineseText.BOLD_END : text;
        return new SourceBlock.Paragraph(t, new SourceBlock.Layout(centred, false, bold), origin);
    }

    /** Whether {@code next} goes on with the paragraph {@code prev} ends; across a page break too. */
    private static boolean continues(Line prev, Line next, float left, float right) {
        float em = Math.max(prev.size(), 1f);
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
                int wideGaps = 0;
                for (int i = 1; i < positions.size(); i++) {
                    TextPosition a = positions.get(i - 1);
                    TextPosition b = positions.get(i);
                    // cells of a table row sit far apart on one line; words of a sentence never do
                    if (b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj()) > 2.5f * Math.max(a.getFontSizeInPt(), 1f)) {
                        wideGaps++;
                    }
                }
                for (TextPosition p : positions) {
                    size = Math.max(size, p.getFontSizeInPt());
                    String font = p.getFont() == null || p.getFont().getName() == null ? "" : p.getFont().getName();
                    bold &= font.toLowerCase().contains("bold");
                }
                lineOnPage++;
                PDPage page = getCurrentPage();
                // a PDF draws what it shows: a hyphen glyph mapped to U+00AD is a printed hyphen (2014-2020年)
                String text = ChineseText.withoutInvisible(current.toString().replace('\u00AD', '-'));
                lines.add(new Line(getCurrentPageNo(), lineOnPage, text, first.getXDirAdj(),
                        last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(), size, bold,
                        page.getMediaBox().getWidth(), page.getMediaBox().getHeight(), wideGaps >= 2));
            }
            current.setLength(0);
            positions.clear();
        }
    }
}
