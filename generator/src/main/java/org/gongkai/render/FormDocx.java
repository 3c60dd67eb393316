package org.gongkai.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * An {@link ApplicationSheet} as a Word document (Apache POI XWPF), for an applicant who fills the
 * form in on a computer. Deterministic: no creation date in its properties, and every ZIP entry
 * with one fixed time ({@link StableZip}), so an unchanged site.yaml gives the same bytes.
 */
final class FormDocx {

    /** 宋体 for Chinese, as official forms are set; a reader without it substitutes its own. */
    private static final String FONT = "宋体";

    private FormDocx() {}

    static byte[] write(ApplicationSheet sheet) {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setCreated(Optional.empty());
            doc.getProperties().getCoreProperties().setCreator(sheet.authority());
            doc.getProperties().getCoreProperties().setTitle(sheet.title());
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, sheet.title(), 18, true);
            XWPFParagraph authority = doc.createParagraph();
            authority.setAlignment(ParagraphAlignment.CENTER);
            run(authority, "受理机关：" + sheet.authority(), 12, false);
            for (ApplicationSheet.Line l : sheet.office()) {
                run(doc.createParagraph(), l.label() + "：" + l.value(), 10.5, false);
            }
            for (ApplicationSheet.Section s : sheet.sections()) {
                run(doc.createParagraph(), s.heading(), 12, true);
                XWPFTable table = doc.createTable(s.rows().size(), 2);
                table.setWidth("100%");
                for (int i = 0; i < s.rows().size(); i++) {
                    ApplicationSheet.Line l = s.rows().get(i);
                    XWPFTableRow row = table.getRow(i);
                    row.setHeight(480);
                    row.getCell(0).setWidth("30%");
                    row.getCell(1).setWidth("70%");
                    run(row.getCell(0).getParagraphs().get(0), l.label(), 10.5, false);
                    run(row.getCell(1).getParagraphs().get(0), l.value(), 10.5, false);
                }
            }
            run(doc.createParagraph(), "填表说明", 10.5, true);
            int n = 1;
            for (String note : sheet.notes()) {
                run(doc.createParagraph(), n++ + ". " + note, 9, false);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return StableZip.of(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(XWPFParagraph p, String text, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
    }
}
