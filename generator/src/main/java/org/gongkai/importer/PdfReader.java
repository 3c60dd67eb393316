package org.gongkai.importer;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads a PDF's text with Apache PDFBox and rebuilds paragraphs from the geometry of its lines: a
 * paragraph ends where a line stops short of the right margin, the next line is indented, centred,
 * set in another size or further down than the line spacing. Page numbers and running headers and
 * footers are dropped, and a paragraph that runs over a page break is joined.
 *
 * <p>The page furniture goes in {@link RunningLines}, tables in {@link LineTables}; PDFBox's lines
 * come from {@link PdfLineCollector}.
 */
final class PdfReader {

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
        PdfLineCollector collector = new PdfLineCollector();
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
        List<Line> body = RunningLines.drop(lines, pages, dropped);
        List<String> doubts = new ArrayList<>();
        return new SourceText(fileName, format, blocks(body, doubts), dropped, doubts);
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
            int end = LineTables.end(lines, i, bodySize);
            if (end > i) {
                out.addAll(paragraphs(prose, left, right));
                prose.clear();
                out.addAll(LineTables.blocks(lines.subList(i, end), doubts));
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
}
