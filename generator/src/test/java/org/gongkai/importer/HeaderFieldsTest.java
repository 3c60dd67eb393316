package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #23, point 5: the 版头 and signature fields real documents got wrong. */
class HeaderFieldsTest {

    @TempDir Path dir;

    private static String value(Optional<Recognised<String>> r) {
        return r.map(Recognised::value).orElse(null);
    }

    @Test
    void theSignerLineOfAnUpwardDocumentIsNeitherRecipientsNorTitle() throws Exception {
        Path docx =
                new DocxFixture()
                        .centred("安乐镇人民政府文件")
                        .centred("安政〔2025〕12号")
                        .right("签发人：")
                        .centred("安乐镇人民政府关于申请农村公路养护资金的请示")
                        .p("县交通运输局：")
                        .p("我镇农村公路里程长，养护任务重，现申请养护资金20万元。")
                        .p("妥否，请批示。")
                        .right("安乐镇人民政府")
                        .right("2025年4月2日")
                        .save(dir, "request.docx");
        OfficialDocument doc = DocumentImport.recognise(docx);
        assertEquals("安政〔2025〕12号", value(doc.docNumber()));
        assertEquals("安乐镇人民政府关于申请农村公路养护资金的请示", value(doc.title()));
        assertEquals("县交通运输局", value(doc.recipients()));
        assertTrue(
                doc.notes().dropped().stream().anyMatch(d -> d.startsWith("版头的签发人“签发人：”")),
                doc.notes().dropped().toString());
    }

    @Test
    void aSignerBesideTheDocNumberIsNotPartOfIt() throws Exception {
        Path docx =
                new DocxFixture()
                        .centred("安乐镇人民政府文件")
                        .p("安政〔2025〕12号　　　签发人：张明")
                        .centred("安乐镇人民政府关于申请农村公路养护资金的请示")
                        .p("县交通运输局：")
                        .p("妥否，请批示。")
                        .right("安乐镇人民政府")
                        .right("2025年4月2日")
                        .save(dir, "request.docx");
        OfficialDocument doc = DocumentImport.recognise(docx);
        assertEquals("安政〔2025〕12号", value(doc.docNumber()));
        assertEquals("安乐镇人民政府关于申请农村公路养护资金的请示", value(doc.title()));
    }

    @Test
    void aSignatureWrappedOverTwoLinesIsOneIssuer() throws Exception {
        Path docx =
                new DocxFixture()
                        .centred("关于开展农村人居环境整治春季行动的通知")
                        .p("各行政村：")
                        .p("请于4月底前完成春季清洁行动。")
                        .right("安乐镇农村人居环境整治")
                        .right("工作领导小组")
                        .right("2025年3月10日")
                        .save(dir, "clean.docx");
        OfficialDocument doc = DocumentImport.recognise(docx);
        assertEquals("安乐镇农村人居环境整治工作领导小组", value(doc.issuer()));
        assertEquals(LocalDate.of(2025, 3, 10), doc.written().orElseThrow().value());

        Path office =
                new DocxFixture()
                        .centred("关于做好防汛值班的通知")
                        .p("各村：")
                        .p("请安排好汛期值班。")
                        .right("安乐镇人民政府")
                        .right("办公室")
                        .right("2025年6月1日")
                        .save(dir, "office.docx");
        assertEquals("安乐镇人民政府办公室", value(DocumentImport.recognise(office).issuer()));
    }

    @Test
    void twoOrgansSigningAreTwoIssuers() throws Exception {
        Path docx =
                new DocxFixture()
                        .centred("关于开展安全生产大检查的通知")
                        .p("各村：")
                        .p("请认真开展自查。")
                        .right("安乐镇人民政府")
                        .right("安乐镇应急管理办公室")
                        .right("2025年3月10日")
                        .save(dir, "joint.docx");
        assertEquals("安乐镇人民政府、安乐镇应急管理办公室", value(DocumentImport.recognise(docx).issuer()));
    }

    @Test
    void aJointHeaderNamesEveryOrgan() throws Exception {
        Path lines =
                new DocxFixture()
                        .centred("安乐镇人民政府")
                        .centred("安乐镇财政所文件")
                        .centred("安政发〔2025〕3号")
                        .centred("关于印发农村集体资金管理办法的通知")
                        .p("各行政村：")
                        .p("现将办法印发给你们。")
                        .right("安乐镇人民政府")
                        .right("安乐镇财政所")
                        .right("2025年2月10日")
                        .save(dir, "joint.docx");
        OfficialDocument doc = DocumentImport.recognise(lines);
        assertEquals("安乐镇人民政府、安乐镇财政所", value(doc.organMark()));
        assertEquals("安乐镇人民政府、安乐镇财政所", value(doc.issuer()));
        assertTrue(
                doc.notes().doubts().stream().noneMatch(d -> d.contains("与发文机关标志")),
                doc.notes().doubts().toString());

        // Word sets a joint 版头 as a table: the names stacked in one cell, 文件 beside them
        Path table =
                new DocxFixture()
                        .table(new String[] {"安乐镇人民政府 安乐镇财政所", "文件"})
                        .centred("安政发〔2025〕3号")
                        .centred("关于印发农村集体资金管理办法的通知")
                        .p("各行政村：")
                        .p("现将办法印发给你们。")
                        .right("安乐镇人民政府")
                        .right("安乐镇财政所")
                        .right("2025年2月10日")
                        .save(dir, "joint-table.docx");
        OfficialDocument t = DocumentImport.recognise(table);
        assertEquals("安乐镇人民政府、安乐镇财政所", value(t.organMark()));
        assertEquals("安政发〔2025〕3号", value(t.docNumber()));
        assertEquals("关于印发农村集体资金管理办法的通知", value(t.title()));
    }

    @Test
    void aNumberThatIsNotAGbt9704DocNumberIsKeptAsWrittenWithAWarning() throws Exception {
        Path content = ImportSite.create(dir);
        Path docx =
                new DocxFixture()
                        .centred("南宁站〔2025〕（通知）柳梧10号")
                        .centred("关于调整列车运行时刻的通知")
                        .p("各相关单位：")
                        .p("自2025年7月1日起调整部分列车运行时刻。")
                        .right("南宁站")
                        .right("2025年6月20日")
                        .p("（此件公开发布）")
                        .save(dir, "station.docx");
        DocumentImport.Result r = ImportSite.importInto(content, docx);
        assertEquals("南宁站〔2025〕（通知）柳梧10号", value(r.document().docNumber()));
        assertEquals("关于调整列车运行时刻的通知", value(r.document().title()));
        String md = Files.readString(r.file());
        assertTrue(md.contains("doc_number: 南宁站〔2025〕（通知）柳梧10号"), md);
        assertTrue(
                r.summary().toFill().stream().anyMatch(d -> d.contains("不是 GB/T 9704 的文号格式")),
                r.summary().toFill().toString());
        assertEquals(
                "policies/2025/2025-06-20.md",
                r.relative(),
                "no 文号 to name the file: the date does");
    }
}
