package org.gongkai.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.gongkai.content.Digest;

/**
 * An {@link ApplicationSheet} as a PDF (Apache PDFBox), for an applicant who prints the form.
 *
 * <p>The Chinese text is set in STSong-Light, not embedded, with the UniGB-UCS2-H CMap: one of the
 * Adobe-GB1 fonts every PDF reader must provide (PDF 32000 §9.7.5.2, the way iText and Acrobat's
 * own forms set Chinese without a font file). The file stays a few kilobytes, the repository holds
 * no font and no font licence, and the reader shows the text in its own Song face. A character
 * outside the Basic Multilingual Plane cannot be encoded in UCS-2 and prints as a box; an office
 * name or address needing one is very rare.
 *
 * <p>The text is written into the page's content stream directly (two-byte codes under that CMap):
 * PDFBox encodes text only through a font it can load, which a non-embedded font is not. The file
 * is deterministic: no dates in it, and its /ID is a digest of the sheet, not the clock PDFBox
 * would otherwise use.
 */
final class FormPdf {

    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float MARGIN = 56;
    private static final float LABEL_WIDTH = 150;
    private static final float ROW = 26;
    private static final float BODY = 10.5f;
    private static final float NOTE = 9;

    /**
     * STSong-Light's advance widths of the proportional Latin glyphs, CIDs 1–95 (U+0020–U+007E), in
     * thousandths of the size: the /W the reader positions by, and what the layout wraps by.
     */
    private static final int[] LATIN = {
        207, 270, 342, 467, 462, 797, 710, 239, 374, 374, 423, 605, 238, 375, 238, 334, 462, 462,
        462, 462, 462, 462, 462, 462, 462, 462, 238, 238, 605, 605, 605, 344, 748, 684, 560, 695,
        739, 563, 511, 729, 793, 318, 312, 666, 526, 896, 758, 772, 544, 772, 628, 465, 607, 753,
        711, 972, 647, 620, 607, 374, 333, 374, 606, 500, 239, 417, 503, 427, 529, 415, 264, 444,
        518, 241, 230, 495, 228, 793, 527, 524, 524, 504, 338, 336, 277, 517, 450, 652, 466, 452,
        407, 370, 258, 370, 605
    };

    private FormPdf() {}

    static byte[] write(ApplicationSheet sheet) {
        Layout layout = new Layout();
        layout.centred(sheet.title(), 18);
        layout.gap(6);
        layout.centred("受理机关：" + sheet.authority(), 12);
        layout.gap(8);
        for (ApplicationSheet.Line l : sheet.office()) {
            layout.paragraph(l.label() + "：" + l.value(), BODY, 0);
        }
        for (ApplicationSheet.Section s : sheet.sections()) {
            // a section stays on one page: a table cut from its heading is hard to fill in
            float height = 12 * 1.6f + 14;
            for (ApplicationSheet.Line row : s.rows()) {
                height += rowHeight(row.label(), row.value());
            }
            layout.room(height + 10);
            layout.gap(10);
            layout.paragraph(s.heading(), 12, 0);
            layout.gap(4);
            for (ApplicationSheet.Line row : s.rows()) {
                layout.row(row.label(), row.value());
            }
        }
        layout.gap(12);
        layout.paragraph("填表说明", BODY, 0);
        int n = 1;
        for (String note : sheet.notes()) {
            layout.paragraph(n++ + ". " + note, NOTE, 12);
        }
        return layout.pdf(sheet);
    }

    /** Lays the sheet out top to bottom, starting a new page where the next line does not fit. */
    private static final class Layout {
        private final List<StringBuilder> pages = new ArrayList<>();
        private StringBuilder ops;
        private float y;

        Layout() {
            newPage();
        }

        private void newPage() {
            ops = new StringBuilder("0.5 w\n");
            pages.add(ops);
            y = HEIGHT - MARGIN;
        }

        void room(float height) {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void gap(float height) {
            y -= height;
        }

        void centred(String text, float size) {
            room(size * 1.5f);
            y -= size * 1.5f;
            text((WIDTH - width(text, size)) / 2, y + size * 0.3f, size, text);
        }

        /** Wrapped text; {@code indent} for the lines after the first (a numbered note's). */
        void paragraph(String text, float size, float indent) {
            List<String> lines = wrap(text, size, WIDTH - 2 * MARGIN, indent);
            for (int i = 0; i < lines.size(); i++) {
                room(size * 1.6f);
                y -= size * 1.6f;
                text(MARGIN + (i == 0 ? 0 : indent), y + size * 0.4f, size, lines.get(i));
            }
        }

        /** A bordered row: the label, and the value (pre-printed choices, or room to write). */
        void row(String label, String value) {
            float valueWidth = WIDTH - 2 * MARGIN - LABEL_WIDTH;
            List<String> labels = wrap(label, BODY, LABEL_WIDTH - 12, 0);
            List<String> values = wrap(value, BODY, valueWidth - 12, 0);
            float height = rowHeight(label, value);
            room(height);
            y -= height;
            ops.append(
                    String.format(
                            Locale.ROOT,
                            "%.2f %.2f %.2f %.2f re %.2f %.2f %.2f %.2f re S%n",
                            MARGIN,
                            y,
                            LABEL_WIDTH,
                            height,
                            MARGIN + LABEL_WIDTH,
                            y,
                            valueWidth,
                            height));
            float top = y + height - 6 - BODY;
            for (int i = 0; i < labels.size(); i++) {
                text(MARGIN + 6, top - i * BODY * 1.5f, BODY, labels.get(i));
            }
            for (int i = 0; i < values.size(); i++) {
                text(MARGIN + LABEL_WIDTH + 6, top - i * BODY * 1.5f, BODY, values.get(i));
            }
        }

        private void text(float x, float baseline, float size, String text) {
            if (text.isEmpty()) {
                return;
            }
            ops.append(
                    String.format(Locale.ROOT, "BT /F1 %.1f Tf %.2f %.2f Td <", size, x, baseline));
            // UniGB-UCS2-H: each character its UCS-2 code, big-endian
            text.chars().forEach(c -> ops.append(String.format(Locale.ROOT, "%04X", c)));
            ops.append("> Tj ET\n");
        }

        byte[] pdf(ApplicationSheet sheet) {
            try (PDDocument doc = new PDDocument()) {
                PDResources resources = new PDResources();
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), songLight());
                resources.getCOSObject().setItem(COSName.FONT, fonts);
                for (StringBuilder content : pages) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    page.setResources(resources);
                    PDStream stream = new PDStream(doc);
                    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                        out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
                    }
                    page.setContents(stream);
                    doc.addPage(page);
                }
                doc.getDocumentInformation().setTitle(sheet.title());
                doc.getDocumentInformation().setAuthor(sheet.authority());
                doc.getDocumentCatalog().setLanguage("zh-CN");
                // the /ID PDFBox would make from the clock: from the sheet instead
                COSString id =
                        new COSString(
                                Digest.hex(sheet.toString().getBytes(StandardCharsets.UTF_8)));
                COSArray ids = new COSArray();
                ids.add(id);
                ids.add(id);
                doc.getDocument().getTrailer().setItem(COSName.ID, ids);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static float rowHeight(String label, String value) {
        int lines =
                Math.max(
                        wrap(label, BODY, LABEL_WIDTH - 12, 0).size(),
                        wrap(value, BODY, WIDTH - 2 * MARGIN - LABEL_WIDTH - 12, 0).size());
        return Math.max(ROW, lines * BODY * 1.5f + 12);
    }

    /** STSong-Light under UniGB-UCS2-H, not embedded (see the class comment). */
    private static COSDictionary songLight() {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setItem(COSName.FONT_NAME, COSName.getPDFName("STSong-Light"));
        descriptor.setInt(COSName.FLAGS, 6);
        descriptor.setItem(COSName.FONT_BBOX, ints(-25, -254, 1000, 880));
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 857);
        descriptor.setInt(COSName.DESCENT, -143);
        descriptor.setInt(COSName.CAP_HEIGHT, 857);
        descriptor.setInt(COSName.STEM_V, 91);
        COSDictionary system = new COSDictionary();
        system.setString(COSName.REGISTRY, "Adobe");
        system.setString(COSName.ORDERING, "GB1");
        system.setInt(COSName.SUPPLEMENT, 2);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cid.setItem(COSName.BASE_FONT, COSName.getPDFName("STSong-Light"));
        cid.setItem(COSName.CIDSYSTEMINFO, system);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        COSArray widths = new COSArray();
        widths.add(COSInteger.get(1));
        widths.add(ints(LATIN));
        cid.setItem(COSName.W, widths);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setItem(COSName.BASE_FONT, COSName.getPDFName("STSong-Light"));
        font.setItem(COSName.ENCODING, COSName.getPDFName("UniGB-UCS2-H"));
        COSArray descendants = new COSArray();
        descendants.add(cid);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        return font;
    }

    private static COSArray ints(int... values) {
        COSArray a = new COSArray();
        for (int v : values) {
            a.add(COSInteger.get(v));
        }
        return a;
    }

    /**
     * The width of {@code text} at {@code size}: CJK full width, Latin by STSong-Light's widths.
     */
    static float width(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += advance(text.charAt(i)) * size / 1000;
        }
        return w;
    }

    private static int advance(char c) {
        return c >= 0x20 && c <= 0x7E ? LATIN[c - 0x20] : 1000;
    }

    private static boolean latinWord(char c) {
        return c > 0x20 && c <= 0x7E;
    }

    /**
     * Lines of at most {@code width}, broken anywhere (Chinese has no spaces to break at), except
     * inside a Latin word.
     */
    static List<String> wrap(String text, float size, float width, float indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float w = advance(c) * size / 1000;
            float limit = lines.isEmpty() ? width : width - indent;
            if (used + w > limit && line.length() > 0) {
                // an e-mail address, a phone number or a code moves whole to the next line
                int cut = line.length();
                while (cut > 0 && latinWord(line.charAt(cut - 1)) && latinWord(c)) {
                    cut--;
                }
                if (cut == 0) {
                    cut = line.length(); // a word longer than the line: broken where it must be
                }
                String carried = line.substring(cut);
                lines.add(line.substring(0, cut));
                line.setLength(0);
                line.append(carried);
                used = width(carried, size);
            }
            line.append(c);
            used += w;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
