package org.gongkai.importer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a .docx (Word or WPS) with Apache POI: body paragraphs and tables in order. Page headers and
 * footers live in separate parts of the file and are never read, so page numbers cannot leak in.
 * Numbering that Word generates (lists) is turned back into the 一、/（一）/1. text it shows.
 */
final class DocxReader {

    private DocxReader() {
    }

    static SourceText read(InputStream in, String fileName) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(in)) {
            List<SourceBlock> blocks = new ArrayList<>();
            ListNumbers numbers = new ListNumbers();
            int paragraphNo = 0;
            int tableNo = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String text = numbers.label(p) + runs(p);
                    if (ChineseText.withoutMarks(text).isBlank()) {
                        continue;
                    }
                    paragraphNo++;
                    blocks.add(new SourceBlock.Paragraph(text, layout(p), "第 " + paragraphNo + " 段"));
                } else if (element instanceof XWPFTable t) {
                    tableNo++;
                    blocks.add(new SourceBlock.Table(rows(t), "第 " + tableNo + " 个表格"));
                }
            }
            return new SourceText(fileName, "Word 文档", blocks, List.of(), List.of());
        }
    }

    /** Run texts with bold runs marked; tabs and line breaks inside a paragraph become nothing (Chinese). */
    private static String runs(XWPFParagraph p) {
        StringBuilder b = new StringBuilder();
        for (XWPFRun r : p.getRuns()) {
            String t = r.text();
            if (t == null || t.isEmpty()) {
                continue;
            }
            t = ChineseText.withoutInvisible(t.replace("\t", " ").replace("\n", "").replace("\r", ""));
            if (r.isBold() && !t.isBlank()) {
                b.append(ChineseText.BOLD_START).append(t).append(ChineseText.BOLD_END);
            } else {
                b.append(t);
            }
        }
        // adjacent bold runs (Word splits runs freely) are one emphasis
        return b.toString().replace("" + ChineseText.BOLD_END + ChineseText.BOLD_START, "");
    }

    private static SourceBlock.Layout layout(XWPFParagraph p) {
        String style = p.getStyleID() == null ? "" : p.getStyleID().toLowerCase();
        boolean heading = style.startsWith("heading") || style.equals("title") || style.startsWith("标题")
                || p.getCTP().getPPr() != null && p.getCTP().getPPr().getOutlineLvl() != null;
        boolean centred = p.getAlignment() == ParagraphAlignment.CENTER;
        boolean allBold = !p.getRuns().isEmpty() && p.getRuns().stream()
                .filter(r -> r.text() != null && !r.text().isBlank()).allMatch(XWPFRun::isBold);
        return new SourceBlock.Layout(centred, heading, allBold);
    }

    private static List<List<String>> rows(XWPFTable t) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                StringBuilder text = new StringBuilder();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    String r = runs(p);
                    if (!r.isBlank()) {
                        text.append(text.isEmpty() ? "" : " ").append(r.strip());
                    }
                }
                cells.add(text.toString());
                // a cell merged across columns keeps the columns of the rows around it
                BigInteger span = cell.getCTTc().getTcPr() != null && cell.getCTTc().getTcPr().getGridSpan() != null
                        ? cell.getCTTc().getTcPr().getGridSpan().getVal() : BigInteger.ONE;
                for (int i = 1; i < span.intValue(); i++) {
                    cells.add("");
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Word's automatic numbering: counters per list and level, formatted as the level's text says. */
    private static final class ListNumbers {
        private final Map<BigInteger, int[]> counters = new HashMap<>();

        String label(XWPFParagraph p) {
            BigInteger id = p.getNumID();
            if (id == null) {
                return "";
            }
            int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
            int[] c = counters.computeIfAbsent(id, k -> new int[9]);
            c[level]++;
            for (int i = level + 1; i < 9; i++) {
                c[i] = 0;
            }
            String fmt = p.getNumFmt();
            String text = p.getNumLevelText();
            if (fmt == null || text == null || "bullet".equals(fmt) || "none".equals(fmt)) {
                return "";
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                    int l = text.charAt(++i) - '1';
                    out.append(format(fmt, l >= 0 && l < 9 ? Math.max(1, c[l]) : 1));
                } else {
                    out.append(ch);
                }
            }
            return out.toString();
        }

        private static String format(String fmt, int n) {
            if (fmt.startsWith("chinese") || fmt.startsWith("ideograph") || fmt.startsWith("japaneseCounting")) {
                String digits = "零一二三四五六七八九";
                if (n < 10) {
                    return String.valueOf(digits.charAt(n));
                }
                return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十"
                        + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
            }
            return String.valueOf(n);
        }
    }
}
