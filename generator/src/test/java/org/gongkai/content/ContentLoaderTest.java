package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/** Loading: typed documents, and every front-matter problem named by file and line. */
class ContentLoaderTest {

    private static List<Finding> findings(ContentTree t, String rule) {
        return t.load().findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static Finding only(ContentTree t, String rule) {
        List<Finding> f = findings(t, rule);
        assertEquals(
                1, f.size(), () -> "expected one " + rule + " finding, got " + t.load().findings());
        return f.get(0);
    }

    @Test
    void policyIsTypedWithDatesListsAndKeyPositions() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "policies/2022/anzhengfa-2022-32.md",
                                """
                ---
                title: 关于印发2022年政务公开工作要点的通知
                doc_number: 安政发〔2022〕32号
                issuer: 安乐镇人民政府
                written: 2022-06-21
                published: 2022-06-24
                disclosure: 主动公开
                normative: true
                valid_from: 2022-07-01
                valid_until: 2027-06-30
                amends: [old-1]
                topics: [综合政务/政务公开]
                ---

                ## 一、总体要求

                第一段。
                """);
        Content c = t.load();
        Document d = c.documents().get(0);
        assertEquals("anzhengfa-2022-32", d.id());
        assertEquals(DocumentType.POLICY, d.type());
        assertEquals(Optional.of(LocalDate.of(2022, 6, 24)), d.published());
        assertEquals(Optional.of(DisclosureAttribute.PROACTIVE), d.disclosure().stated());
        Details.Policy p = d.policy().orElseThrow();
        assertTrue(p.normative());
        assertEquals(Optional.of("安政发〔2022〕32号"), p.docNumber().map(DocNumber::written));
        assertEquals(List.of("old-1"), p.amends());
        assertEquals(new SourceRef("policies/2022/anzhengfa-2022-32.md", 3, 1), d.at("doc_number"));
        assertEquals(new SourceRef("policies/2022/anzhengfa-2022-32.md", 12, 1), d.at("topics"));
        // the body starts after the closing --- on line 13: the heading is on line 15
        assertEquals(15, d.body().headings().get(0).where().line());
        assertEquals("一、总体要求", d.body().headings().get(0).text());
        assertEquals(17, d.body().paragraphs().get(0).where().line());
    }

    @Test
    void yamlSyntaxErrorNamesTheLineInTheFile() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2024/a.md",
                                """
                ---
                title: 通知
                published: 2024-01-02
                topics: [综合政务
                ---
                正文
                """);
        Finding f = only(t, "yaml-syntax");
        assertEquals("notices/2024/a.md", f.where().file());
        assertTrue(f.where().line() >= 4 && f.where().line() <= 5, f.toString());
        assertTrue(f.isError());
    }

    @Test
    void tabIndentationIsExplainedInChinese() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2024/a.md",
                                "---\ntitle: 通知\npublished: 2024-01-02\nchannels:\n\temail: a@b.cn\n---\n正文\n");
        Finding f = only(t, "yaml-syntax");
        assertEquals(5, f.where().line());
        assertTrue(f.message().contains("制表符"), f.message());
    }

    @Test
    void unknownKeyIsAWarningWithTheNearestKnownKey() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2024/a.md",
                                """
                ---
                title: 通知
                pubished: 2024-01-02
                published: 2024-01-02
                ---
                正文
                """);
        Finding f = only(t, "unknown-key");
        assertEquals(new SourceRef("notices/2024/a.md", 3, 1), f.where());
        assertFalse(f.isError());
        assertTrue(f.message().contains("published"), f.message());
    }

    @Test
    void missingClosingDelimiterIsReported() {
        ContentTree t =
                ContentTree.create()
                        .file("notices/2024/a.md", "---\ntitle: 通知\npublished: 2024-01-02\n\n正文\n");
        assertEquals(1, only(t, "front-matter-unclosed").where().line());
    }

    @Test
    void fileWithoutFrontMatterIsReported() {
        ContentTree t = ContentTree.create().file("notices/2024/a.md", "只有正文\n");
        assertTrue(only(t, "front-matter-missing").isError());
    }

    @Test
    void emptyFileAndFrontMatterOnlyFile() {
        ContentTree t =
                ContentTree.create()
                        .file("notices/2024/empty.md", "")
                        .file(
                                "notices/2024/only.md",
                                "---\ntitle: 只有头信息\npublished: 2024-01-02\n---\n");
        assertEquals("notices/2024/empty.md", only(t, "empty-file").where().file());
        // front matter alone is a valid document with an empty body
        assertTrue(
                t.load().documents().stream()
                        .anyMatch(d -> d.id().equals("only") && d.body().text().isEmpty()));
    }

    @Test
    void nonIsoDatesAreUnderstoodAndFlaggedConsistently() {
        ContentTree t =
                ContentTree.create()
                        .file("notices/2024/a.md", "---\ntitle: 甲\npublished: 2024-6-21\n---\n正文\n")
                        .file(
                                "notices/2024/b.md",
                                "---\ntitle: 乙\npublished: 2024/06/21\n---\n正文\n")
                        .file(
                                "notices/2024/c.md",
                                "---\ntitle: 丙\npublished: 2024年6月21日\n---\n正文\n");
        Content c = t.load();
        assertEquals(3, c.documents().size());
        c.documents()
                .forEach(d -> assertEquals(Optional.of(LocalDate.of(2024, 6, 21)), d.published()));
        List<Finding> warnings = findings(t, "date-format");
        assertEquals(3, warnings.size());
        warnings.forEach(
                w -> {
                    assertEquals(3, w.where().line());
                    assertTrue(w.message().contains("2024-06-21"));
                });
    }

    @Test
    void impossibleDateIsAnErrorAtItsLine() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2024/a.md",
                                "---\ntitle: 甲\npublished: 2024-02-30\n---\n正文\n");
        Finding f = only(t, "date-invalid");
        assertEquals(3, f.where().line());
    }

    @Test
    void invalidDisclosureNeverFallsBackToPublishing() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "policies/2024/a.md",
                                "---\ntitle: 甲\npublished: 2024-02-01\ndisclosure: 公开\n---\n正文\n");
        assertEquals(4, only(t, "disclosure-invalid").where().line());
        assertFalse(t.load().documents().get(0).isPublic());
    }

    @Test
    void gbkFileIsNamedNotPrintedAsMojibake() {
        byte[] gbk =
                "---\ntitle: 关于做好防汛工作的通知\npublished: 2024-01-02\n---\n正文内容\n"
                        .getBytes(Charset.forName("GBK"));
        ContentTree t = ContentTree.create().bytes("notices/2024/gbk.md", gbk);
        Finding f = only(t, "encoding");
        assertTrue(f.message().contains("GBK"), f.message());
        assertTrue(t.load().documents().isEmpty());
    }

    @Test
    void byteOrderMarkAndCrlfAreAccepted() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text =
                "---\r\ntitle: 通知\r\npublished: 2024-01-02\r\n---\r\n\r\n正文。\r\n"
                        .getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        Content c = ContentTree.create().bytes("notices/2024/a.md", all).load();
        assertEquals(List.of(), c.findings());
        assertEquals("通知", c.documents().get(0).title());
        assertEquals(6, c.documents().get(0).body().paragraphs().get(0).where().line());
    }

    @Test
    void duplicateKeyIsAnError() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2024/a.md",
                                "---\ntitle: 甲\ntitle: 乙\npublished: 2024-01-02\n---\n正文\n");
        Finding f = only(t, "yaml-syntax");
        assertEquals(3, f.where().line());
    }

    @Test
    void aliasBombIsRefusedQuickly() {
        StringBuilder y =
                new StringBuilder(
                        "---\ntitle: 炸弹\npublished: 2024-01-02\na: &a [x,x,x,x,x,x,x,x,x]\n");
        String prev = "a";
        for (int i = 0; i < 8; i++) {
            String name = "l" + i;
            y.append(name).append(": &").append(name).append(" [");
            for (int j = 0; j < 9; j++) {
                y.append(j == 0 ? "" : ",").append('*').append(prev);
            }
            y.append("]\n");
            prev = name;
        }
        y.append("---\n正文\n");
        long t0 = System.nanoTime();
        ContentTree t = ContentTree.create().file("notices/2024/bomb.md", y.toString());
        assertTrue(only(t, "yaml-syntax").isError());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 5_000);
    }

    @Test
    void missingTitleAndPublishedAreErrors() {
        ContentTree t =
                ContentTree.create().file("notices/2024/a.md", "---\nissuer: 安乐镇人民政府\n---\n正文\n");
        assertTrue(only(t, "title-missing").isError());
        assertTrue(only(t, "published-missing").isError());
    }

    @Test
    void idThatCannotBeAUrlIsRefused() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2024/a b.md",
                                "---\ntitle: 甲\npublished: 2024-01-02\n---\n正文\n");
        assertTrue(only(t, "id-invalid").isError());
    }

    @Test
    void duplicateIdsAcrossFoldersAreErrors() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2024/same.md",
                                "---\ntitle: 甲\npublished: 2024-01-02\n---\n正文\n")
                        .file(
                                "notices/2025/same.md",
                                "---\ntitle: 乙\npublished: 2025-01-02\n---\n正文\n");
        Finding f = only(t, "id-duplicate");
        assertEquals("notices/2025/same.md", f.where().file());
        assertTrue(f.message().contains("notices/2024/same.md"));
    }

    @Test
    void attachmentOutsideContentIsRefused() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2024/a.md",
                                """
                ---
                title: 甲
                published: 2024-01-02
                attachments:
                  - {file: ../../../etc/passwd, title: 密码}
                  - {file: /etc/hosts, title: 主机}
                  - {file: 'C:\\\\Windows\\\\win.ini', title: 视窗}
                ---
                正文
                """);
        List<Finding> f = findings(t, "path-outside-content");
        assertEquals(3, f.size(), f::toString);
        assertEquals(List.of(5, 6, 7), f.stream().map(x -> x.where().line()).toList());
        assertTrue(t.load().documents().get(0).attachments().isEmpty());
    }

    @Test
    void attachmentBesideTheDocumentHasItsSize() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "policies/2024/a.md",
                                "---\ntitle: 甲\npublished: 2024-01-02\ndisclosure: 主动公开\n"
                                        + "attachments: [{file: a-附件1.csv, title: 附件1 名单}]\n---\n正文\n")
                        .file("policies/2024/a-附件1.csv", "序号,村\n1,东关村\n");
        Attachment a = t.load().documents().get(0).attachments().get(0);
        assertEquals("policies/2024/a-附件1.csv", a.path());
        assertEquals(23, a.size());
        assertEquals("CSV", a.kind());
    }

    @Test
    void publicityCsvIsReadWithLineNumbers() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "publicity/2025/p.md",
                                "---\ntitle: 公示\npublished: 2025-01-02\nvillage: 东关村\ndata: p.csv\n---\n正文\n")
                        .file("publicity/2025/p.csv", "序号,户主姓名,金额（元）\n1,张*明,100\n2,李*,200.5\n");
        Details.Publicity p = (Details.Publicity) t.load().documents().get(0).details();
        Table table = p.table().orElseThrow();
        assertEquals(List.of("序号", "户主姓名", "金额（元）"), table.header());
        assertEquals(2, table.rows().size());
        assertEquals(3, table.rows().get(1).line());
        assertEquals("李*", table.rows().get(1).cells().get(1));
    }

    @Test
    void unknownFolderIsAWarningNotASilentGap() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "polices/2024/a.md",
                                "---\ntitle: 甲\npublished: 2024-01-02\n---\n正文\n");
        assertEquals("polices/2024/a.md", only(t, "unknown-folder").where().file());
    }

    @Test
    void loadingGoesOnPastTheFirstProblem() {
        ContentTree t =
                ContentTree.create()
                        .file("notices/2024/a.md", "no front matter\n")
                        .file("notices/2024/b.md", "---\ntitle: [\n---\n")
                        .file(
                                "notices/2024/c.md",
                                "---\ntitle: 好的\npublished: 2024-01-02\n---\n正文\n");
        Content c = t.load();
        assertEquals(1, c.documents().size());
        assertEquals(2, c.findings().stream().filter(Finding::isError).count());
    }

    @Test
    void rawHtmlIsSanitised() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2024/a.md",
                                """
                ---
                title: 甲
                published: 2024-01-02
                ---
                正文<script>alert(1)</script><img src=x onerror=alert(2)>

                [点我](javascript:alert(3))
                """);
        Document d = t.load().documents().get(0);
        String html = d.body().html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("javascript:"), html);
        assertEquals(5, d.body().rawHtml().get(0).line());
    }

    @Test
    void contentFolderGivenAsASymbolicLinkIsReadWhereItPoints() throws Exception {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2024/a.md",
                                "---\ntitle: 通知\npublished: 2024-01-02\n---\n正文\n");
        Path link = Files.createTempDirectory("gk-link").resolve("content");
        Files.createSymbolicLink(link, t.root());
        Content c = new ContentLoader().load(link);
        assertEquals(1, c.documents().size(), c.findings().toString());
        assertEquals("notices/2024/a.md", c.documents().get(0).source().file());
    }
}
