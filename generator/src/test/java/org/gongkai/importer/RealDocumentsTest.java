package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Finding;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #23 on the real documents in ../shared/import-real (see its SOURCES.md): every field the
 * original shows is recognised or left to fill, the outline has the original's levels, no table row
 * is a heading, and the checks find only the original's own defects.
 */
class RealDocumentsTest {

    @TempDir Path dir;

    static Path real(String name) {
        return Repo.shared().resolve("import-real").resolve(name);
    }

    static List<String> headings(String md) {
        return PdfTableTest.headings(md);
    }

    @Test
    void aJointNoticeOfTwoMinistriesComesThroughWithEveryField() throws Exception {
        PdfFixture.assumeFont(); // the PDF's own fonts are embedded; the assumption only keeps CI
        // honest
        Path content = ImportSite.create(dir);
        DocumentImport.Result r =
                ImportSite.importInto(content, real("01_govdoccn_397_发改办财金规2019-860.pdf"));
        OfficialDocument doc = r.document();
        assertEquals("发改办财金规〔2019〕860号", doc.docNumber().orElseThrow().value());
        assertEquals("关于加强个人所得税纳税信用建设的通知", doc.title().orElseThrow().value());
        assertEquals("国家发展改革委办公厅、税务总局办公厅", doc.issuer().orElseThrow().value());
        assertEquals(
                "发展改革委办公厅、税务总局办公厅", doc.organMark().orElseThrow().value(), "both organs of the 版头");
        assertEquals(LocalDate.of(2019, 8, 20), doc.written().orElseThrow().value());
        String md = Files.readString(r.file());
        assertEquals(
                List.of(
                        "## 一、总体要求",
                        "## 二、建立个人所得税纳税信用管理机制",
                        "### （一）全面实施个人所得税申报信用承诺制",
                        "### （二）建立健全个人所得税纳税信用记录",
                        "### （三）建立自然人失信行为认定机制",
                        "## 三、完善守信联合激励和失信联合惩戒机制",
                        "### （一）对个人所得税守信纳税人提供更多便利和机会",
                        "### （二）对个人所得税严重失信当事人实施联合惩戒",
                        "## 四、加强信息安全和权益维护",
                        "### （一）强化信息安全和隐私保护",
                        "### （二）建立异议解决和失信修复机制",
                        "## 五、强化组织实施",
                        "### （一）加强组织领导和统筹协调",
                        "### （二）加强纳税人诚信教育"),
                headings(md));
        assertTrue(
                md.contains("社会信用体系建设规划纲要（2014-2020年）"),
                "the PDF's hyphen glyph (U+00AD) prints as a hyphen");
        assertTrue(md.codePoints().noneMatch(c -> c == 0xAD), md);
        // the only finding is what the original does not say: its 公开属性
        assertEquals(
                List.of("disclosure-attribute-missing"),
                r.findings().stream().map(Finding::ruleId).toList(),
                r.findings().toString());
    }

    @Test
    void theDistrictsAnnualReportLandsInReportsWithItsFigures() throws Exception {
        PdfFixture.assumeFont();
        Path content = ImportSite.create(dir);
        DocumentImport.Result r =
                DocumentImport.run(
                        new DocumentImport.Request(
                                real("02_kiro_hzq2023_annual_report.pdf"),
                                null,
                                content,
                                Repo.AS_OF,
                                false));
        assertEquals(
                "reports/2023.md", r.relative(), "recognised as an annual report by its title");
        String md = Files.readString(r.file());
        assertEquals(
                List.of(
                        "## 一、总体情况",
                        "## 二、主动公开政府信息情况",
                        "## 三、收到和处理政府信息公开申请情况",
                        "## 四、政府信息公开行政复议、行政诉讼情况",
                        "## 五、存在的主要问题及改进情况",
                        "## 六、其他需要报告的事项"),
                headings(md));
        assertTrue(md.contains("year: 2023\nissuer: 洪泽区人民政府\n"), md);
        assertTrue(md.contains("  new: [21, 0, 0, 0, 0, 0, 21]\n"), md);
        assertTrue(
                md.contains("  partly_granted: [4, 0, 0, 0, 0, 0, 4]\n"),
                "figures on a line under their label: " + md);
        assertTrue(md.contains("    not_held: [10, 0, 0, 0, 0, 0, 10]\n"), md);
        assertTrue(md.contains("    confirmation: [0, 0, 0, 0, 0, 0, 0]\n"), md);
        assertTrue(md.contains("reviews: [10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0]\n"), md);
        assertTrue(
                md.contains("permits: 550\npenalties: 4119\nenforcement: 195\nfees: 7730.28\n"),
                md);
        assertTrue(md.contains("normative: {issued: 0, repealed: 5, valid: 5}\n"), md);
        assertFalse(md.contains("请填写：7 个数"), "every row of the original is read: " + md);
        // the original prints no date: the import day (2026) would make it report-late, so the
        // legal deadline stands in
        assertTrue(md.contains("published: 2024-01-31\n"), md);
        assertTrue(
                r.findings().stream().noneMatch(f -> f.ruleId().equals("report-late")),
                r.findings().toString());
        // the checks ran at once; what they find is the original's: its 行政复议 and 复议后起诉 totals are 0
        assertEquals(
                List.of("report-reviews-balance", "report-reviews-balance"),
                r.findings().stream().filter(Finding::isError).map(Finding::ruleId).toList(),
                r.findings().toString());
        assertTrue(
                md.contains("disclosure: 主动公开\n"),
                "an annual report is published by law (art. 50): " + md);
    }

    @Test
    void anImportedReportIsPublishedOnTheDateItIsSignedNotOnTheImportDay() throws Exception {
        Path content = ImportSite.create(dir);
        Path docx =
                new DocxFixture()
                        .centred("安乐镇人民政府2024年政府信息公开工作年度报告")
                        .p("本报告根据《中华人民共和国政府信息公开条例》编制。")
                        .right("安乐镇人民政府")
                        .right("2025年1月20日")
                        .save(dir, "report.docx");
        DocumentImport.Result r =
                DocumentImport.run(
                        new DocumentImport.Request(
                                docx, DocumentType.REPORT, content, Repo.AS_OF, false));
        String md = Files.readString(r.file());
        assertTrue(md.contains("published: 2025-01-20\n"), md);
        assertTrue(
                md.contains("index_no: 11371723004235384N/2025-"),
                "the 索引号 follows the publication year: " + md);
        assertTrue(
                r.findings().stream().noneMatch(f -> f.ruleId().equals("report-late")),
                r.findings().toString());
    }

    @Test
    void theDistrictsAnnualReportAsAPolicyKeepsEveryFigureAndNoRowIsAHeading() throws Exception {
        PdfFixture.assumeFont();
        Path content = ImportSite.create(dir);
        DocumentImport.Result r =
                ImportSite.importInto(content, real("02_kiro_hzq2023_annual_report.pdf"));
        String md = Files.readString(r.file());
        assertEquals(6, headings(md).size(), headings(md).toString());
        assertTrue(
                headings(md).stream().allMatch(h -> h.startsWith("## ")), headings(md).toString());
        for (String row :
                List.of(
                        "| 行政规范性文件 | 0 | 5 | 5 |",
                        "| 行政许可 | 550 |",
                        "| 行政处罚 | 4119 |",
                        "| 行政事业性收费 | 7730.28 |",
                        "一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21",
                        "（七）总计 21 0 0 0 0 0 21",
                        "四、结转下年度继续办理 0 0 0 0 0 0 0",
                        "10 1 0 0 0 0 0 0 0 0 5 0 0 0 0")) {
            assertTrue(md.contains(row), row + " in\n" + md);
        }
        assertTrue(
                r.findings().stream()
                        .noneMatch(
                                f ->
                                        f.ruleId().equals("paragraph-broken")
                                                || f.ruleId().startsWith("heading")),
                r.findings().toString());
    }

    @Test
    void theNationalTemplateAsAReportHasItsSixSectionsAndEveryFigureToFill() throws Exception {
        Path content = ImportSite.create(dir);
        DocumentImport.Result r =
                DocumentImport.run(
                        new DocumentImport.Request(
                                real("09_govnianbao_annual_report_template.docx"),
                                DocumentType.REPORT,
                                content,
                                Repo.AS_OF,
                                false));
        assertEquals(
                "reports/2025.md",
                r.relative(),
                "no year in the title: the year before the import");
        String md = Files.readString(r.file());
        assertEquals(
                List.of(
                        "## 一、总体情况",
                        "## 二、主动公开政府信息情况",
                        "## 三、收到和处理政府信息公开申请情况",
                        "## 四、政府信息公开行政复议、行政诉讼情况",
                        "## 五、存在的主要问题及改进情况",
                        "## 六、其他需要报告的事项"),
                headings(md));
        // an empty template: every figure is left to fill, none invented
        assertTrue(md.contains("  # 请填写：7 个数（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）\n  new:\n"), md);
        assertTrue(
                md.contains("reviews:\n") && md.contains("permits:\n") && md.contains("fees:\n"),
                md);
        assertFalse(md.contains("normative: {"), md);
    }

    @Test
    void theNationalTemplateAsAPolicyKeepsItsTables() throws Exception {
        Path content = ImportSite.create(dir);
        DocumentImport.Result r =
                ImportSite.importInto(content, real("09_govnianbao_annual_report_template.docx"));
        String md = Files.readString(r.file());
        assertTrue(md.contains("|  | （三）不予公开 | 1.属于国家秘密 |"), md);
        assertTrue(md.contains("| 行政事业性收费 |  |  |  |"), md);
        assertEquals(6, headings(md).size(), headings(md).toString());
    }
}
