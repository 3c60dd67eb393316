package org.gongkai.importer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Lays out an official document on A4 pages with PDFBox, as an office's "export to PDF" does: 16 pt
 * text wrapped at the margins, first-line indents, centred titles, right-aligned signature, a
 * running header and "— N —" page numbers in the footer. Needs a TrueType font with Chinese glyphs
 * (Debian's fonts-wqy-microhei, installed by .ci/run).
 */
final class PdfFixture {

    static final String[] FONT_FILES = {
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    };

    /**
     * ROW is a table row: cells separated by | are drawn at fixed column positions; SMALL_ROW the
     * same in 12 pt, as report tables are set; CAPTION a centred 12 pt line (第二十条第（一）项 above a
     * table); SHIFTED_ROW a 12 pt line of separate phrases that stand under no table column (from a
     * third of the width on).
     */
    enum Kind {
        BODY,
        FLUSH,
        CENTRED,
        TITLE,
        RIGHT,
        RIGHT_MARGIN,
        ROW,
        SMALL_ROW,
        CAPTION,
        SHIFTED_ROW
    }

    private record Block(Kind kind, String text) {}

    private final List<Block> blocks = new ArrayList<>();
    private String header;
    private int linesPerPage = 22;
    private String pageNumberFormat = "— %d —";

    static Optional<File> font() {
        for (String f : FONT_FILES) {
            File file = new File(f);
            if (file.isFile()) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /**
     * Skips a PDF test where no Chinese font is installed; on CI, where .ci/run installs one, its
     * absence fails the test instead, so PDF import can never go untested unnoticed.
     */
    static void assumeFont() {
        if (font().isEmpty() && System.getenv("CI") != null) {
            Assertions.fail(
                    "no Chinese TrueType font: .ci/run should have installed fonts-wqy-microhei");
        }
        Assumptions.assumeTrue(
                font().isPresent(),
                "needs a Chinese TrueType font (apt-get install fonts-wqy-microhei)");
    }

    PdfFixture header(String text) {
        header = text;
        return this;
    }

    /**
     * The footer's page number, as String.format with the page number: "— %d —", "-%d-", "第%d页".
     */
    PdfFixture pageNumbers(String format) {
        pageNumberFormat = format;
        return this;
    }

    PdfFixture linesPerPage(int n) {
        linesPerPage = n;
        return this;
    }

    PdfFixture add(Kind kind, String text) {
        blocks.add(new Block(kind, text));
        return this;
    }

    PdfFixture p(String text) {
        return add(Kind.BODY, text);
    }

    Path save(Path dir, String name) throws IOException {
        return save(dir, name, null);
    }

    Path save(Path dir, String name, String password) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument pdf = new PDDocument();
                TrueTypeCollection ttc = new TrueTypeCollection(font().orElseThrow())) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(
                    f -> {
                        if (first[0] == null) {
                            first[0] = f;
                        }
                    });
            PDType0Font font = PDType0Font.load(pdf, first[0], true);
            new Layout(pdf, font).run();
            if (password != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy(
                                "owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    /** Writes the blocks page by page. */
    private final class Layout {
        private static final float LEFT = 80;
        private static final float RIGHT = 515;
        private static final float TOP = 730; // GB/T 9704: 37 mm top margin
        private static final float LEADING = 28;
        private final PDDocument pdf;
        private final PDType0Font font;
        private PDPageContentStream page;
        private int pageNo;
        private int line;

        Layout(PDDocument pdf, PDType0Font font) {
            this.pdf = pdf;
            this.font = font;
        }

        void run() throws IOException {
            newPage();
            for (Block b : blocks) {
                if (b.kind() == Kind.ROW
                        || b.kind() == Kind.SMALL_ROW
                        || b.kind() == Kind.SHIFTED_ROW) {
                    if (line >= linesPerPage) {
                        newPage();
                    }
                    String[] cells = b.text().split("\\|");
                    float size = b.kind() == Kind.ROW ? 16 : 12;
                    for (int c = 0; c < cells.length; c++) {
                        // a small row gives its label column a quarter (half, beside many figures)
                        // of the width
                        float label = cells.length > 4 ? 0.5f : 0.25f;
                        float x =
                                b.kind() == Kind.SHIFTED_ROW
                                        ? LEFT + (RIGHT - LEFT) * (0.35f + 0.35f * c)
                                        : b.kind() == Kind.ROW || cells.length < 2
                                                ? LEFT + c * (RIGHT - LEFT) / cells.length
                                                : c == 0
                                                        ? LEFT
                                                        : LEFT
                                                                + (RIGHT - LEFT)
                                                                        * (label
                                                                                + (1 - label)
                                                                                        * (c - 1)
                                                                                        / (cells.length
                                                                                                - 1));
                        text(cells[c].strip(), x, TOP - line * LEADING, size);
                    }
                    line++;
                    continue;
                }
                float size = b.kind() == Kind.TITLE ? 22 : b.kind() == Kind.CAPTION ? 12 : 16;
                float indent = b.kind() == Kind.BODY ? 2 * size : 0;
                List<String> lines = wrap(b.text(), size, indent);
                for (int i = 0; i < lines.size(); i++) {
                    if (line >= linesPerPage) {
                        newPage();
                    }
                    String l = lines.get(i);
                    float width = width(l, size);
                    float x =
                            switch (b.kind()) {
                                case CENTRED, TITLE, CAPTION -> (LEFT + RIGHT - width) / 2;
                                case RIGHT -> RIGHT - width - 32;
                                case RIGHT_MARGIN -> RIGHT - width;
                                case BODY -> LEFT + (i == 0 ? indent : 0);
                                case FLUSH, ROW, SMALL_ROW, SHIFTED_ROW -> LEFT;
                            };
                    text(l, x, TOP - line * LEADING, size);
                    line++;
                }
            }
            page.close();
        }

        private List<String> wrap(String text, float size, float indent) throws IOException {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            float avail = RIGHT - LEFT - indent;
            for (int cp : text.codePoints().toArray()) {
                String next = cur.toString() + Character.toString(cp);
                if (width(next, size) > avail) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    avail = RIGHT - LEFT;
                }
                cur.appendCodePoint(cp);
            }
            if (!cur.isEmpty()) {
                out.add(cur.toString());
            }
            return out;
        }

        private float width(String s, float size) throws IOException {
            return font.getStringWidth(s) / 1000 * size;
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            pdf.addPage(p);
            page = new PDPageContentStream(pdf, p);
            pageNo++;
            line = 0;
            if (header != null) {
                text(header, LEFT, 810, 10.5f);
            }
            String number = String.format(pageNumberFormat, pageNo);
            text(number, (LEFT + RIGHT - width(number, 14)) / 2, 40, 14);
        }

        private void text(String s, float x, float y, float size) throws IOException {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(s);
            page.endText();
        }
    }
}
