package org.gongkai.importer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Builds .docx fixtures in the tests with POI itself, so no binary of unknown origin enters the
 * repository. Paragraph text may mark bold runs with {@code **…**}.
 */
final class DocxFixture {

    private final XWPFDocument doc = new XWPFDocument();

    /** A body paragraph (first-line indent, justified, as 仿宋 body text is set). */
    DocxFixture p(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(640);
        runs(p, text);
        return this;
    }

    DocxFixture centred(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        runs(p, text);
        return this;
    }

    DocxFixture right(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        runs(p, text);
        return this;
    }

    /** A paragraph in a Word heading style, as careless authors and converters assign them. */
    DocxFixture styled(String styleId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styleId);
        runs(p, text);
        return this;
    }

    /** Running header and footer text, as Word keeps them: in their own parts, outside the body. */
    DocxFixture headerAndFooter(String header, String footer) {
        doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(header);
        doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(footer);
        return this;
    }

    /**
     * A paragraph numbered by Word itself (a multi-level list: 一、 / （一） / 1.), so the number is not
     * in the text, only in the list definition.
     */
    DocxFixture listItem(int level, String text) {
        if (listId == null) {
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ZERO);
            String[][] levels = {
                {"chineseCounting", "%1、"}, {"chineseCounting", "（%2）"}, {"decimal", "%3."}
            };
            for (int i = 0; i < levels.length; i++) {
                CTLvl l = abs.addNewLvl();
                l.setIlvl(BigInteger.valueOf(i));
                l.addNewStart().setVal(BigInteger.ONE);
                l.addNewNumFmt().setVal(STNumberFormat.Enum.forString(levels[i][0]));
                l.addNewLvlText().setVal(levels[i][1]);
            }
            XWPFNumbering numbering = doc.createNumbering();
            listId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
        }
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(listId);
        p.setNumILvl(BigInteger.valueOf(level));
        runs(p, text);
        return this;
    }

    private BigInteger listId;
    private BigInteger ownList;

    /**
     * Starts a one-level list of its own, numbered as {@code fmt} and {@code lvlText} say from
     * {@code start} (w:start); with {@code startOverride}, the list instance restarts there instead
     * (w:lvlOverride/w:startOverride), as Word writes "set numbering value". Items follow with
     * {@link #item}.
     */
    DocxFixture list(String fmt, String lvlText, int start, Integer startOverride) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        XWPFNumbering numbering =
                doc.getNumbering() == null ? doc.createNumbering() : doc.getNumbering();
        BigInteger absId = BigInteger.valueOf(10 + numbering.getAbstractNums().size());
        abs.setAbstractNumId(absId);
        CTLvl l = abs.addNewLvl();
        l.setIlvl(BigInteger.ZERO);
        l.addNewStart().setVal(BigInteger.valueOf(start));
        l.addNewNumFmt().setVal(STNumberFormat.Enum.forString(fmt));
        l.addNewLvlText().setVal(lvlText);
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
        ownList = numbering.addNum(abstractId);
        if (startOverride != null) {
            numbering.getNum(ownList).getCTNum().addNewLvlOverride().setIlvl(BigInteger.ZERO);
            numbering
                    .getNum(ownList)
                    .getCTNum()
                    .getLvlOverrideArray(0)
                    .addNewStartOverride()
                    .setVal(BigInteger.valueOf(startOverride));
        }
        return this;
    }

    DocxFixture item(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(ownList);
        p.setNumILvl(BigInteger.ZERO);
        runs(p, text);
        return this;
    }

    /**
     * A paragraph holding a picture (an image of {@code format}: "png", "jpg", "gif", "bmp")
     * between the texts before and after it, as Word embeds one inline.
     */
    DocxFixture picture(String before, String format, String after) throws Exception {
        BufferedImage img = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0xCC0000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, format, bytes);
        PictureType type =
                switch (format) {
                    case "png" -> PictureType.PNG;
                    case "jpg" -> PictureType.JPEG;
                    case "gif" -> PictureType.GIF;
                    case "bmp" -> PictureType.BMP;
                    default -> throw new IllegalArgumentException(format);
                };
        XWPFParagraph p = doc.createParagraph();
        if (!before.isEmpty()) {
            p.createRun().setText(before);
        }
        p.createRun()
                .addPicture(
                        new ByteArrayInputStream(bytes.toByteArray()),
                        type,
                        "image." + format,
                        Units.toEMU(80),
                        Units.toEMU(60));
        if (!after.isEmpty()) {
            p.createRun().setText(after);
        }
        return this;
    }

    DocxFixture empty() {
        doc.createParagraph();
        return this;
    }

    /** A paragraph holding only a page break, as Word writes a hard page break. */
    DocxFixture pageBreak() {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        return this;
    }

    DocxFixture table(String[]... rows) {
        XWPFTable t = doc.createTable(rows.length, rows[0].length);
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = t.getRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                XWPFParagraph cell = row.getCell(c).getParagraphs().get(0);
                runs(cell, rows[r][c]);
            }
        }
        return this;
    }

    private static void runs(XWPFParagraph p, String text) {
        String[] parts = text.split("\\*\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            XWPFRun r = p.createRun();
            r.setText(parts[i]);
            r.setBold(i % 2 == 1);
        }
    }

    Path save(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        doc.close();
        return file;
    }

    /** The .docx with an open password, as Word's 用密码进行加密 writes it (an OLE2 wrapper). */
    static Path encrypt(Path docx, String password, Path target) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(docx, os); // the whole .docx zip is the encrypted payload
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        return target;
    }
}
