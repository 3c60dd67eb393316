package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.content.Content;
import org.gongkai.content.ContentLoader;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One generated document per layout feature, imported into a small site; the written file (front
 * matter and body) must equal src/test/resources/import/NAME.md. To regenerate after an intended
 * change: {@code mvn test -Dtest=ImportGoldenTest -Dgongkai.regenerate=true}, then review the diff.
 */
class ImportGoldenTest {

    @TempDir Path dir;

    private DocumentImport.Result importAndCompare(String golden, Path source) throws Exception {
        Path content = ImportSite.create(dir);
        DocumentImport.Result r = ImportSite.importInto(content, source);
        String actual = Files.readString(r.file(), StandardCharsets.UTF_8);
        Path expected =
                Repo.root().resolve("generator/src/test/resources/import/" + golden + ".md");
        if (Boolean.getBoolean("gongkai.regenerate")) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, golden + ".md");
        return r;
    }

    @Test
    void headerFieldsAreReadOffTheLayoutAndBracketsRepaired() throws Exception {
        Path docx =
                new DocxFixture()
                        .centred("安乐镇人民政府文件")
                        .centred("安政发【2023】7号")
                        .centred("安乐镇人民政府关于做好2023年")
                        .centred("秋冬季森林防火工作的通知")
                        .p("各行政村、镇直各部门：")
                        .p("现将做好 2023 年秋冬季森林防火工作有关事项通知如下，请认真贯彻落实。")
                        .right("安乐镇人民政府")
                        .right("二〇二三年十月九日")
                        .p("（此件公开发布）")
                        .save(dir, "fire.docx");
        DocumentImport.Result r = importAndCompare("header-fields", docx);
        assertTrue(
                r.summary()
                        .recognised()
                        .contains("文号 doc_number：安政发〔2023〕7号 ← 第 2 段（年份括号“【】”改为六角括号〔〕）"),
                r.summary().recognised().toString());
        assertTrue(
                r.summary()
                        .recognised()
                        .contains(
                                "标题 title：安乐镇人民政府关于做好2023年秋冬季森林防火工作的通知 ← 第 3 段至第 4 段（2 行标题已合并为一行）"),
                r.summary().recognised().toString());
        assertTrue(
                r.summary().recognised().contains("成文日期 written：2023-10-09 ← 第 8 段"),
                r.summary().recognised().toString());
        assertEquals("policies/2023/anzhengfa-2023-7.md", r.relative());
    }

    @Test
    void numberingBecomesHeadingLevelsWithoutJumpsWhateverTheWordStyles() throws Exception {
        Path docx =
                new DocxFixture()
                        .centred("安乐镇人民政府办公室文件")
                        .centred("安政办发(2024)3号")
                        .centred("安乐镇人民政府办公室关于印发村级公益事业建设实施方案的通知")
                        .p("各行政村：")
                        .p("现将方案印发给你们，请遵照执行。")
                        .styled("Heading4", "一、总体要求")
                        .p("坚持群众自愿、民主决策，规范推进村级公益事业建设。")
                        .styled("Heading2", "二、主要任务")
                        .p("(一) 组织领导")
                        .p("各村成立工作专班。")
                        .p("1. 资金管理")
                        .p("1. 资金使用情况每季度公开一次，接受村民监督。")
                        .p("（二）建设内容。以村内道路、小型水利为重点，逐项公示。")
                        .right("安乐镇人民政府办公室")
                        .right("2024年3月5日")
                        .p("（此件公开发布）")
                        .save(dir, "village.docx");
        importAndCompare("numbering-levels", docx);
    }

    @Test
    void wordsOwnListNumberingComesBackAsTextAndHeadingsAndHeadersFootersStayOut()
            throws Exception {
        Path docx =
                new DocxFixture()
                        .headerAndFooter("安乐镇人民政府办公室", "— 1 —")
                        .centred("安乐镇人民政府关于做好2025年秸秆禁烧工作的通知")
                        .p("各行政村：")
                        .listItem(0, "总体要求")
                        .p("坚持疏堵结合，全面禁止露天焚烧秸秆。")
                        .listItem(0, "工作措施")
                        .listItem(1, "网格管理")
                        .p("各村划定责任网格，落实到人。")
                        .listItem(1, "综合利用")
                        .listItem(2, "秸秆还田按每亩20元给予补助。")
                        .right("安乐镇人民政府")
                        .right("2025年5月20日")
                        .p("（此件公开发布）")
                        .save(dir, "straw.docx");
        DocumentImport.Result r = importAndCompare("word-list-numbering", docx);
        String md = Files.readString(r.file());
        assertFalse(
                md.contains("— 1 —") || md.contains("安乐镇人民政府办公室"),
                "page header and footer are not text");
    }

    @Test
    void aDocumentUsingOnlySecondLevelNumberingStartsAtLevelTwo() throws Exception {
        Path docx =
                new DocxFixture()
                        .centred("安乐镇人民政府关于调整镇应急指挥部组成人员的通知")
                        .p("镇直各部门：")
                        .p("（一）指挥部")
                        .p("指挥长由镇长担任。")
                        .p("（二）办公室")
                        .p("办公室设在镇应急办。")
                        .right("安乐镇人民政府")
                        .right("2025年1月6日")
                        .p("（此件公开发布）")
                        .save(dir, "emergency.docx");
        importAndCompare("second-level-only", docx);
    }

    @Test
    void paragraphsBrokenByAPageBreakAreJoined() throws Exception {
        Path docx =
                new DocxFixture()
                        .centred("安乐镇人民政府关于开展农村人居环境整治的通知")
                        .p("各行政村：")
                        .p("为进一步改善农村人居环境，镇政府决定在全镇开展为期三个月的集中整治行动，重点清理村内生活垃圾、")
                        .pageBreak()
                        .p("畜禽粪污和乱堆乱放，各村要于每月底前报送进展情况。")
                        .p("整治结果纳入年度考核。")
                        .right("安乐镇人民政府")
                        .right("2024年5月8日")
                        .p("（此件公开发布）")
                        .save(dir, "environment.docx");
        DocumentImport.Result r = importAndCompare("page-broken", docx);
        assertTrue(
                r.summary().repairs().contains("第 3 段与第 4 段原是一段（前一段在句子中间断开，多为分页所致），已合并"),
                r.summary().repairs().toString());
    }

    @Test
    void tablesStayTablesAndEmphasisThatCarriesMeaningStaysBold() throws Exception {
        Path docx =
                new DocxFixture()
                        .centred("安乐镇人民政府关于公布2024年镇级财政补贴标准的通知")
                        .p("各行政村：")
                        .p("（一）**补贴对象。**本镇户籍的种粮农户，**不含**已享受其他同类补贴的农户。")
                        .table(
                                new String[] {"项目", "标准（元/亩）", "备注"},
                                new String[] {"耕地地力保护", "**105**", "按确权面积"},
                                new String[] {"稻谷 | 小麦", "20", ""})
                        .p("补贴资金由镇财政所直接发放到户。")
                        .right("安乐镇人民政府")
                        .right("2024年4月2日")
                        .p("（此件公开发布）")
                        .save(dir, "subsidy.docx");
        DocumentImport.Result r = importAndCompare("table-and-emphasis", docx);
        // what the site will show: the loader renders the written Markdown with the site's own
        // parser
        Content loaded = new ContentLoader().load(r.file().getParent().getParent().getParent());
        String html = loaded.documents().get(0).body().html();
        assertTrue(html.contains("<strong>补贴对象</strong>。本镇"), html);
        assertTrue(html.contains("<strong>不含</strong>"), html);
        assertTrue(html.contains("<table>") && html.contains("<td>稻谷 | 小麦</td>"), html);
    }

    @Test
    void attachmentsAndAnOnRequestMarkerAreRecognised() throws Exception {
        Path docx =
                new DocxFixture()
                        .centred("安乐镇人民政府文件")
                        .centred("安政发〔24〕11号")
                        .centred("安乐镇人民政府关于明确森林防火责任分工的通知")
                        .p("各行政村、镇直各部门：")
                        .p("现将责任分工和值班安排印发给你们，请认真落实。")
                        .p("附件：1. 安乐镇森林防火责任分工表")
                        .p("2. 安乐镇森林防火值班表；")
                        .right("安乐镇人民政府")
                        .right("2024年11月1日")
                        .p("(此件依申请公开)")
                        .save(dir, "duty.docx");
        DocumentImport.Result r = importAndCompare("attachments", docx);
        assertTrue(
                r.summary()
                        .recognised()
                        .contains("文号 doc_number：安政发〔2024〕11号 ← 第 2 段（年份“24”补全为 2024）"),
                r.summary().recognised().toString());
        assertTrue(
                r.findings().stream().anyMatch(f -> f.ruleId().equals("attachment-missing")),
                "the editor is told the attachment files are still missing: " + r.findings());
    }

    @Test
    void withoutASignatureTheIssuerComesFromTheOrganMarkAndAWithheldMarkerAsksForItsBasis()
            throws Exception {
        Path docx =
                new DocxFixture()
                        .centred("安乐镇人民政府办公室文件")
                        .centred("安政办发〔2026〕12号")
                        .centred("安乐镇人民政府办公室关于内部值班制度的通知")
                        .p("镇直各部门：")
                        .p("自即日起实行节假日二十四小时值班制度。")
                        .right("2026年9月1日")
                        .p("（此件不予公开）")
                        .save(dir, "internal.docx");
        DocumentImport.Result r = ImportSite.importInto(ImportSite.create(dir), docx);
        String md = Files.readString(r.file());
        assertTrue(md.contains("\nissuer: 安乐镇人民政府办公室\n"), md);
        assertTrue(
                r.summary().recognised().contains("发文机关 issuer：安乐镇人民政府办公室 ← 第 1 段（取自发文机关标志（无署名））"),
                r.summary().recognised().toString());
        assertTrue(
                r.summary().toFill().contains("成文日期上方没有发文机关署名，issuer 取自发文机关标志，请核对"),
                r.summary().toFill().toString());
        assertTrue(
                md.contains("\ndisclosure: 不予公开\n")
                        && md.contains("\nwithheld_basis:\n")
                        && md.contains("\nreview_by:\n"),
                md);
        assertTrue(
                r.findings().stream().anyMatch(f -> f.isError()),
                "a withheld document without its basis is an error the editor sees at once: "
                        + r.findings());
    }

    @Test
    void whatTheLayoutDoesNotSayIsLeftEmptyWithACommentNotGuessed() throws Exception {
        Path docx =
                new DocxFixture().p("近期我镇将对镇区主干道进行维修，施工期间请绕行。").p("特此告知").save(dir, "notice.docx");
        DocumentImport.Result r = importAndCompare("nothing-recognised", docx);
        assertTrue(
                r.summary().toFill().stream().anyMatch(s -> s.contains("没有认出标题")),
                r.summary().toFill().toString());
        assertTrue(
                r.summary().toFill().stream().anyMatch(s -> s.contains("公开属性")),
                r.summary().toFill().toString());
        assertTrue(
                r.hasErrors(),
                "a policy without title and disclosure fails the checks the editor sees");
    }

    @Test
    void pdfLosesPageNumbersAndHeadersAndKeepsParagraphsAcrossPages() throws Exception {
        PdfFixture.assumeFont();
        Path pdf =
                new PdfFixture()
                        .header("安乐镇人民政府")
                        .linesPerPage(9)
                        .add(PdfFixture.Kind.TITLE, "安乐镇人民政府文件")
                        .add(PdfFixture.Kind.CENTRED, "安政发〔2026〕2号")
                        .add(PdfFixture.Kind.TITLE, "安乐镇人民政府关于做好2026年")
                        .add(PdfFixture.Kind.TITLE, "春季植树造林工作的通知")
                        .add(PdfFixture.Kind.FLUSH, "各行政村：")
                        .p(
                                "为加快国土绿化，镇政府决定于三月至四月在全镇开展春季植树造林活动，各村要组织党员群众积极参与，"
                                        + "做好苗木调运、整地栽植和后期管护工作，确保栽一棵活一棵。")
                        .p("一、工作目标")
                        .p("全镇新增造林面积不少于300亩。")
                        .add(PdfFixture.Kind.RIGHT, "安乐镇人民政府")
                        .add(PdfFixture.Kind.RIGHT, "二〇二六年二月二十六日")
                        .p("（此件公开发布）")
                        .save(dir, "trees.pdf");
        DocumentImport.Result r = importAndCompare("pdf-layout", pdf);
        assertTrue(r.summary().repairs().contains("已去掉：2 个页码"), r.summary().repairs().toString());
        assertTrue(
                r.summary().repairs().contains("已去掉：页眉“安乐镇人民政府”（2 页）"),
                r.summary().repairs().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"— %d —", "-%d-", "- %d -", "第%d页", "第 %d 页 共 2 页", "%d/2"})
    void pageNumbersInTheFormsOfficesUseAreDropped(String format) throws Exception {
        PdfFixture.assumeFont();
        Path pdf =
                new PdfFixture()
                        .pageNumbers(format)
                        .linesPerPage(3) // the paragraph's second line starts page 2
                        .add(PdfFixture.Kind.TITLE, "安乐镇人民政府关于停水的通知")
                        .add(PdfFixture.Kind.FLUSH, "各行政村：")
                        .p("因管网维修，镇区将于本周六停水一天，请提前储水，给您带来不便，敬请谅解。")
                        .add(PdfFixture.Kind.RIGHT, "安乐镇人民政府")
                        .add(PdfFixture.Kind.RIGHT, "2026年7月1日")
                        .save(dir, "water.pdf");
        OfficialDocument doc = DocumentImport.recognise(pdf);
        assertTrue(doc.notes().dropped().contains("2 个页码"), format + ": " + doc.notes().dropped());
        assertTrue(
                doc.body()
                        .contains(
                                new OfficialDocument.BodyBlock.Paragraph(
                                        "因管网维修，镇区将于本周六停水一天，请提前储水，给您带来不便，敬请谅解。")),
                format + ": " + doc.body());
    }

    @Test
    void aTableInAPdfIsRebuiltFromItsColumnsAndTheEditorIsToldToCheckIt() throws Exception {
        PdfFixture.assumeFont();
        Path pdf =
                new PdfFixture()
                        .add(PdfFixture.Kind.TITLE, "安乐镇人民政府关于公布值班安排的通知")
                        .add(PdfFixture.Kind.FLUSH, "各行政村：")
                        .p("现将春节期间值班安排公布如下。")
                        .add(PdfFixture.Kind.ROW, "日期|值班领导|电话")
                        .add(PdfFixture.Kind.ROW, "2月1日|王镇长|0530-1234567")
                        .add(PdfFixture.Kind.RIGHT, "安乐镇人民政府")
                        .add(PdfFixture.Kind.RIGHT, "2026年1月20日")
                        .p("（此件公开发布）")
                        .save(dir, "duty.pdf");
        DocumentImport.Result r = ImportSite.importInto(ImportSite.create(dir), pdf);
        assertTrue(
                r.summary().toFill().contains("第 1 页第 4 行起的 1 个表格按各行文字的位置重建，请对照原件核对表格"),
                r.summary().toFill().toString());
        assertTrue(
                Files.readString(r.file())
                        .contains(
                                """
                | 日期 | 值班领导 | 电话 |
                | --- | --- | --- |
                | 2月1日 | 王镇长 | 0530-1234567 |
                """),
                Files.readString(r.file()));
    }
}
