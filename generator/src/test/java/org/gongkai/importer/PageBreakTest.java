package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.importer.PdfFixture.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #23, point 2: what page breaks glued together or split apart. */
class PageBreakTest {

    @TempDir Path dir;

    @Test
    void theDateAtTheFootOfAPageIsNotGluedToTheColophonOnTheNext() throws Exception {
        PdfFixture.assumeFont();
        Path pdf =
                new PdfFixture()
                        .linesPerPage(7)
                        .add(Kind.TITLE, "安乐镇人民政府关于做好秋季防火工作的通知")
                        .add(Kind.FLUSH, "各行政村：")
                        .p("当前已进入秋季森林防火期，请各村加强巡查，严防森林火灾，确保人民群众生命财产安全。")
                        .add(Kind.RIGHT, "安乐镇人民政府")
                        .add(
                                Kind.RIGHT_MARGIN,
                                "2025年10月8日") // the foot of page 1, against the right margin
                        .add(
                                Kind.FLUSH,
                                "抄送：县应急管理局。") // the head of page 2, against the left margin
                        .add(Kind.FLUSH, "安乐镇党政办公室　2025年10月8日印发")
                        .save(dir, "fire.pdf");
        OfficialDocument doc = DocumentImport.recognise(pdf);
        assertEquals(
                LocalDate.of(2025, 10, 8),
                doc.written().map(Recognised::value).orElse(null),
                doc.toString());
        assertTrue(
                doc.body().stream().noneMatch(b -> b.toString().contains("抄送")),
                doc.body().toString());
        assertTrue(
                doc.notes().dropped().stream()
                        .anyMatch(d -> d.startsWith("版记“抄送：县应急管理局。”（第 2 页第 1 行）")),
                doc.notes().dropped().toString());
    }

    @Test
    void aDateGluedToTheColophonInAWordFileIsCutFree() throws Exception {
        Path docx =
                new DocxFixture()
                        .centred("安乐镇人民政府关于做好秋季防火工作的通知")
                        .p("各行政村：")
                        .p("请加强巡查，严防森林火灾。")
                        .right("安乐镇人民政府")
                        .p("2025年10月8日抄送：县应急管理局。")
                        .p("共印30份")
                        .save(dir, "fire.docx");
        OfficialDocument doc = DocumentImport.recognise(docx);
        assertEquals(LocalDate.of(2025, 10, 8), doc.written().orElseThrow().value());
        assertEquals("安乐镇人民政府", doc.issuer().orElseThrow().value());
        assertTrue(
                doc.body().stream()
                        .noneMatch(b -> b.toString().contains("抄送") || b.toString().contains("共印")),
                doc.body().toString());
    }

    @Test
    void aTitleOverAPageBreakDoesNotTakeTheTableOfContents() throws Exception {
        Path docx =
                new DocxFixture()
                        .centred("安乐镇2025年政府信息公开工作年度报告")
                        .pageBreak()
                        .centred("目  录")
                        .p("一、总体情况……………………1")
                        .p("二、主动公开政府信息情况……………2")
                        .p("三、收到和处理政府信息公开申请情况………3")
                        .p("一、总体情况")
                        .p("2025年，安乐镇持续深化政务公开工作。")
                        .save(dir, "report.docx");
        OfficialDocument doc = DocumentImport.recognise(docx);
        assertEquals("安乐镇2025年政府信息公开工作年度报告", doc.title().orElseThrow().value());
        assertEquals(
                List.of(
                        new OfficialDocument.BodyBlock.Heading(2, "一、总体情况"),
                        new OfficialDocument.BodyBlock.Paragraph("2025年，安乐镇持续深化政务公开工作。")),
                doc.body());
        assertTrue(
                doc.notes().dropped().stream().anyMatch(d -> d.startsWith("目录")),
                doc.notes().dropped().toString());
    }

    @Test
    void aNumberedParagraphBrokenByAPageIsNotAHeadingAndAHalfSentence() throws Exception {
        Path docx =
                new DocxFixture()
                        .centred("安乐镇人民政府关于做好秋粮收购工作的通知")
                        .p("各行政村：")
                        .p("一、工作要求")
                        .p("1.加强组织领导，各村要高度重视，")
                        .pageBreak()
                        .p("切实把秋粮收购工作抓紧抓好。")
                        .p("2.做好宣传引导")
                        .p("各村要广泛宣传收购政策。")
                        .right("安乐镇人民政府")
                        .right("2025年9月1日")
                        .save(dir, "grain.docx");
        OfficialDocument doc = DocumentImport.recognise(docx);
        assertTrue(
                doc.body()
                        .contains(
                                new OfficialDocument.BodyBlock.Paragraph(
                                        "1.加强组织领导，各村要高度重视，切实把秋粮收购工作抓紧抓好。")),
                doc.body().toString());
        assertTrue(
                doc.body().contains(new OfficialDocument.BodyBlock.Heading(3, "2.做好宣传引导")),
                doc.body().toString());
        assertFalse(
                doc.body()
                        .contains(new OfficialDocument.BodyBlock.Heading(3, "1.加强组织领导，各村要高度重视，")));
    }
}
