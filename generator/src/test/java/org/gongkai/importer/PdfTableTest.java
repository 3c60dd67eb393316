package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.importer.PdfFixture.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #23, point 1: a table in a PDF is a grid of lines. Rows starting with 一、/（一）/1. became ##
 * to ##### headings, the caption 第二十条第（一）项 became a ## heading and demoted the real sections after
 * it.
 */
class PdfTableTest {

    @TempDir Path dir;

    static List<String> headings(String md) {
        return md.lines().filter(l -> l.startsWith("#") && !l.startsWith("# ")).toList();
    }

    private Path report() throws Exception {
        return new PdfFixture()
                .add(Kind.TITLE, "安乐镇人民政府2025年政府信息公开工作年度报告")
                .p("本报告根据《中华人民共和国政府信息公开条例》编制。")
                .p("一、总体情况")
                .p("2025年，安乐镇坚持以公开促落实，持续深化政务公开工作。")
                .p("二、主动公开政府信息情况")
                .add(Kind.CAPTION, "第二十条第（一）项")
                .add(Kind.SMALL_ROW, "信息内容|本年制发件数|本年废止件数|现行有效件数")
                .add(Kind.SMALL_ROW, "规章|0|0|0")
                .add(Kind.SMALL_ROW, "行政规范性文件|1|0|3")
                .add(Kind.CAPTION, "第二十条第（五）项")
                .add(Kind.SMALL_ROW, "信息内容|本年处理决定数量")
                .add(Kind.SMALL_ROW, "行政许可|41")
                .p("三、收到和处理政府信息公开申请情况")
                .add(Kind.SMALL_ROW, "一、本年新收政府信息公开申请数量|3|0|0|0|0|0|3")
                .add(Kind.SMALL_ROW, "（一）予以公开|2|0|0|0|0|0|2")
                .add(Kind.SMALL_ROW, "1.属于国家秘密|0|0|0|0|0|0|0")
                .add(Kind.SMALL_ROW, "（七）总计|3|0|0|0|0|0|3")
                .p("四、政府信息公开行政复议、行政诉讼情况")
                .p("本年未发生政府信息公开行政复议、行政诉讼。")
                .save(dir, "report.pdf");
    }

    @Test
    void tableRowsAndCaptionsAreNeverHeadingsAndTheSectionsKeepTheirLevel() throws Exception {
        PdfFixture.assumeFont();
        Path content = ImportSite.create(dir);
        String md = Files.readString(ImportSite.importInto(content, report()).file());
        assertEquals(
                List.of(
                        "## 一、总体情况",
                        "## 二、主动公开政府信息情况",
                        "## 三、收到和处理政府信息公开申请情况",
                        "## 四、政府信息公开行政复议、行政诉讼情况"),
                headings(md),
                md);
    }

    @Test
    void aGridWithAWordHeaderRowIsRebuiltAsATable() throws Exception {
        PdfFixture.assumeFont();
        Path content = ImportSite.create(dir);
        DocumentImport.Result r = ImportSite.importInto(content, report());
        String md = Files.readString(r.file());
        assertTrue(
                md.contains(
                        """
                第二十条第（一）项

                | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
                | --- | --- | --- | --- |
                | 规章 | 0 | 0 | 0 |
                | 行政规范性文件 | 1 | 0 | 3 |
                """),
                md);
        assertTrue(md.contains("| 行政许可 | 41 |"), md);
        // no header row over the figures: kept line by line (one block, a hard break after each),
        // every figure there
        assertTrue(
                md.contains(
                        """

                一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3\\
                （一）予以公开 2 0 0 0 0 0 2\\
                1\\.属于国家秘密 0 0 0 0 0 0 0\\
                （七）总计 3 0 0 0 0 0 3

                """),
                md);
        assertTrue(
                r.summary().toFill().stream().anyMatch(d -> d.contains("列分不清")),
                r.summary().toFill().toString());
    }

    @Test
    void aRowWithTheHeadersCountButNotItsColumnsEndsTheTable() throws Exception {
        PdfFixture.assumeFont();
        Path content = ImportSite.create(dir);
        Path pdf =
                new PdfFixture()
                        .add(Kind.TITLE, "安乐镇人民政府关于行政许可办理情况的通报")
                        .p("现将有关情况通报如下。")
                        .add(Kind.SMALL_ROW, "信息内容|本年处理决定数量")
                        .add(Kind.SMALL_ROW, "行政许可|41")
                        .add(Kind.SMALL_ROW, "其他事项|7")
                        // two cells as the header has, but both right of the label column: not a
                        // row of this table
                        .add(Kind.SHIFTED_ROW, "数据来源|镇便民服务中心")
                        .p("特此通报。")
                        .save(dir, "permits.pdf");
        String md = Files.readString(ImportSite.importInto(content, pdf).file());
        assertTrue(
                md.contains(
                        """
                | 信息内容 | 本年处理决定数量 |
                | --- | --- |
                | 行政许可 | 41 |
                | 其他事项 | 7 |

                """),
                md);
        assertFalse(md.contains("| 数据来源 |"), md);
        assertTrue(md.contains("数据来源") && md.contains("镇便民服务中心"), "its text is kept: " + md);
    }

    @Test
    void aLineWithThreeSeparateNumbersIsNeverAHeading() throws Exception {
        Path content = ImportSite.create(dir);
        Path docx =
                new DocxFixture()
                        .centred("安乐镇人民政府关于2025年民生实事完成情况的通报")
                        .p("各村：")
                        .p("一、完成情况")
                        .p("（一）道路硬化 12 3 15")
                        .p("（二）改厕 2025 40 38")
                        .p("（三）路灯安装")
                        .p("全年安装路灯120盏。")
                        .right("安乐镇人民政府")
                        .right("2025年12月20日")
                        .save(dir, "a.docx");
        String md = Files.readString(ImportSite.importInto(content, docx).file());
        assertEquals(List.of("## 一、完成情况", "### （三）路灯安装"), headings(md), md);
        assertTrue(md.contains("\n（一）道路硬化12 3 15\n"), md); // the space after 化 is a stray one
    }
}
