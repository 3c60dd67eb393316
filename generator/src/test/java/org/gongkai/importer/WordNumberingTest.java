package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #23, point 4: Word's own numbering and bold headings. */
class WordNumberingTest {

    @TempDir Path dir;

    @Test
    void automaticNumberingStartsWhereTheListSays() throws Exception {
        Path docx =
                new DocxFixture()
                        .centred("安乐镇人民政府关于做好冬季安全生产工作的通知")
                        .p("各行政村：")
                        .list("chineseCounting", "%1、", 7, null)
                        .item("加强消防安全检查")
                        .item("做好道路交通安全")
                        .list("decimal", "（%1）", 1, 3)
                        .item("燃气安全")
                        .item("用电安全")
                        .right("安乐镇人民政府")
                        .right("2025年11月20日")
                        .save(dir, "winter.docx");
        OfficialDocument doc = DocumentImport.recognise(docx);
        List<String> texts =
                doc.body().stream()
                        .map(
                                b ->
                                        b instanceof OfficialDocument.BodyBlock.Heading h
                                                ? h.text()
                                                : b
                                                                instanceof
                                                                OfficialDocument.BodyBlock.Paragraph
                                                                        p
                                                        ? p.text()
                                                        : "")
                        .toList();
        assertTrue(
                texts.containsAll(List.of("七、加强消防安全检查", "八、做好道路交通安全", "（3）燃气安全", "（4）用电安全")),
                texts.toString());
    }

    @Test
    void aHeadingBoldEndToEndIsAHeadingWithoutStrayAsterisks() throws Exception {
        Path content = ImportSite.create(dir);
        Path docx =
                new DocxFixture()
                        .centred("安乐镇人民政府关于做好春耕生产工作的通知")
                        .p("各行政村：")
                        .p("**一、工作安排**")
                        .p("**(一)春耕备耕（2025年3月1日—4月30日）**")
                        .p("各村要及早谋划。")
                        .p("**（二）技术指导。**各村农技员要进村入户。")
                        .right("安乐镇人民政府")
                        .right("2025年2月20日")
                        .save(dir, "spring.docx");
        String md = Files.readString(ImportSite.importInto(content, docx).file());
        assertTrue(md.contains("\n## 一、工作安排\n"), md);
        assertTrue(md.contains("\n### （一）春耕备耕（2025年3月1日—4月30日）\n"), md);
        assertTrue(md.contains("\n（二）**技术指导**。各村农技员要进村入户。\n"), md);
        assertEquals(-1, md.indexOf("（**"), md);
    }
}
