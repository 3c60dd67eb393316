package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.content.ApplicationForm;
import org.gongkai.content.MediaType;
import org.gongkai.testing.ContentTree;
import org.gongkai.testing.Repo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 依申请公开 page's application forms: written at build from site.yaml's {@code apply:}, linked from
 * the page, holding the office and what 条例 第二十九条 asks of an application, the same bytes from the
 * same input.
 */
class ApplicationFormsTest {

    private static final String SITE_YAML =
            ContentTree.SITE_YAML
                    + """
                    apply:
                      office: 安乐镇人民政府党政办公室（政务公开办公室）
                      address: 安乐镇人民路88号
                      postcode: '256300'
                      fax: 0530-8123457
                    """;

    private static final String APPLY_PAGE =
            """
            ---
            title: 依申请公开
            published: 2026-01-16
            ---

            申请表可以在本页下载，也可以到政务公开专区领取。
            """;

    private static final List<String> FILES =
            List.of(
                    "shenqingbiao-gongmin.docx",
                    "shenqingbiao-gongmin.pdf",
                    "shenqingbiao-faren.docx",
                    "shenqingbiao-faren.pdf");

    static Path first;
    static Path second;

    @BeforeAll
    static void buildTwice() throws IOException {
        first = build();
        second = build();
    }

    private static Path build() throws IOException {
        ContentTree t =
                ContentTree.create()
                        .file("site.yaml", SITE_YAML)
                        .file("pages/apply.md", APPLY_PAGE);
        Path out = t.root().resolveSibling("site");
        BuildResult r = SiteBuilder.build(BuildConfig.of(t.root(), out, Repo.AS_OF));
        assertTrue(r.written(), r.findings()::toString);
        assertTrue(
                r.findings().stream().noneMatch(f -> f.ruleId().equals("promised-download")),
                r.findings()::toString);
        return out.resolve("pages/apply");
    }

    @Test
    void theApplyPageLinksEachFormAndTheRoutes() throws IOException {
        Document page = Jsoup.parse(first.resolve("index.html").toFile(), "UTF-8");
        for (String name : FILES) {
            Element link = page.selectFirst(".apply-forms a[href$=/" + name + "]");
            assertTrue(link != null, "no link to " + name);
            // the href resolves to the written file
            assertTrue(
                    Files.isRegularFile(
                            first.resolve("index.html")
                                    .resolveSibling(link.attr("href"))
                                    .normalize()),
                    link.attr("href"));
        }
        Element mail = page.selectFirst(".apply-forms a[href^=mailto:]");
        assertTrue(mail.attr("href").startsWith("mailto:xxgk@anle.gov.cn?subject="));
        String routes = page.selectFirst(".apply-forms").text();
        assertTrue(routes.contains("邮寄至安乐镇人民路88号，邮政编码256300"), routes);
    }

    @Test
    void eachFormHoldsTheOfficeAndArticle29Contents() throws IOException {
        for (String name : FILES) {
            byte[] bytes = Files.readAllBytes(first.resolve(name));
            String text = (name.endsWith(".pdf") ? pdfText(bytes) : docxText(bytes));
            String flat = text.replaceAll("\\s+", "");
            for (String expected :
                    List.of(
                            "受理机关：安乐镇人民政府",
                            "安乐镇人民政府党政办公室（政务公开办公室）",
                            "安乐镇人民路88号",
                            "256300",
                            // phone and e-mail from contact:, which apply: does not repeat
                            "0530-1234567",
                            "0530-8123457",
                            "xxgk@anle.gov.cn",
                            "申请人的姓名或者名称、身份证明、联系方式",
                            "申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述",
                            "申请公开的政府信息的形式要求，包括获取信息的方式、途径",
                            "获取信息的方式",
                            "获取信息的途径",
                            "便于行政机关查询的其他特征性描述")) {
                assertTrue(flat.contains(expected), name + " lacks " + expected + ":\n" + text);
            }
            boolean citizen = name.contains("gongmin");
            assertTrue(flat.contains(citizen ? "证件号码" : "统一社会信用代码"), name);
            assertEquals(!citizen, flat.contains("法定代表人"), name);
        }
    }

    @Test
    void theFormsAreWhatTheirNamesSayByTheirBytes() throws IOException {
        for (String name : FILES) {
            assertEquals(
                    name.endsWith(".pdf") ? MediaType.PDF : MediaType.OFFICE_OPEN_XML,
                    MediaType.of(first.resolve(name)),
                    name);
        }
    }

    @Test
    void twoBuildsGiveTheSameBytes() throws IOException {
        for (String name : FILES) {
            assertArrayEquals(
                    Files.readAllBytes(first.resolve(name)),
                    Files.readAllBytes(second.resolve(name)),
                    name);
        }
        assertEquals(
                Files.readString(first.resolve("index.html")),
                Files.readString(second.resolve("index.html")));
    }

    /**
     * Equal bytes from two builds a second apart could still hide a clock read at a coarser grain:
     * no ZIP entry carries the build's time, no creation date is written, and the PDF's /ID is not
     * the clock's.
     */
    @Test
    void noFormCarriesTheTimeItWasMade() throws IOException {
        byte[] docx = Files.readAllBytes(first.resolve("shenqingbiao-gongmin.docx"));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
                if (e.getName().equals("docProps/core.xml")) {
                    String core = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    assertFalse(core.contains("created"), core);
                }
            }
        }
        try (PDDocument pdf =
                Loader.loadPDF(Files.readAllBytes(first.resolve("shenqingbiao-gongmin.pdf")))) {
            assertEquals(null, pdf.getDocumentInformation().getCreationDate());
            assertEquals(null, pdf.getDocumentInformation().getModificationDate());
            assertEquals("政府信息公开申请表（公民）", pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aSiteWithoutAnApplyPageHasNoForms() throws IOException {
        ContentTree t = ContentTree.create().file("site.yaml", SITE_YAML);
        t.policy("anzhengfa-2026-1", "2026-03-02", "", "正文。");
        Path out = t.root().resolveSibling("site");
        assertTrue(SiteBuilder.build(BuildConfig.of(t.root(), out, Repo.AS_OF)).written());
        try (var files = Files.walk(out)) {
            assertTrue(
                    files.noneMatch(
                            p ->
                                    List.of(ApplicationForm.values()).stream()
                                            .anyMatch(
                                                    f ->
                                                            p.getFileName()
                                                                    .toString()
                                                                    .equals(f.fileName("pdf")))));
        }
    }

    private static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static String docxText(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            return words.getText();
        }
    }
}
