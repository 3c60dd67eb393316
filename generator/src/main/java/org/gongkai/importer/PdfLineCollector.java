package org.gongkai.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Collects each line PDFBox's stripper writes, with the positions of its glyphs. */
final class PdfLineCollector extends PDFTextStripper {
    final List<PdfReader.Line> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private final List<TextPosition> positions = new ArrayList<>();
    private int lineOnPage;

    PdfLineCollector() throws IOException {
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
                bold &= font.toLowerCase(Locale.ROOT).contains("bold");
            }
            lineOnPage++;
            PDPage page = getCurrentPage();
            // a PDF draws what it shows: a hyphen glyph mapped to U+00AD is a printed hyphen
            // (2014-2020年)
            String text = ChineseText.withoutInvisible(current.toString().replace('\u00AD', '-'));
            lines.add(
                    new PdfReader.Line(
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
     * The line cut where more than an em of white space separates two glyphs: the cells of a table
     * row sit that far apart, the words of a sentence never do.
     */
    private List<PdfReader.Cell> cells() {
        List<PdfReader.Cell> cells = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        TextPosition start = positions.get(0);
        TextPosition previous = null;
        for (TextPosition p : positions) {
            if (previous != null) {
                float gap = p.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
                float em = Math.max(Math.max(previous.getFontSizeInPt(), p.getFontSizeInPt()), 1f);
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
            List<PdfReader.Cell> cells, StringBuilder text, TextPosition first, TextPosition last) {
        String t = ChineseText.withoutInvisible(text.toString().replace('\u00AD', '-')).strip();
        if (!t.isEmpty()) {
            cells.add(
                    new PdfReader.Cell(
                            t, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj()));
        }
        text.setLength(0);
    }
}
