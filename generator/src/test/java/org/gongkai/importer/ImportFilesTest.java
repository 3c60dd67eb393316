package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.gongkai.content.DocumentType;
import org.gongkai.content.IndexNumber;
import org.gongkai.content.IndexScheme;
import org.gongkai.content.Scaffold;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #23, point 6: the files import writes, the 索引号 it gives them, and the characters it lets
 * through.
 */
class ImportFilesTest {

    private static final String ORG = "11371723004235384N";

    @TempDir Path dir;

    private Path plan(String name) throws Exception {
        return new DocxFixture()
                .centred("安乐镇人民政府文件")
                .centred("安政发〔2025〕9号")
                .centred("安乐镇人民政府关于印发2025年政务公开工作要点的通知")
                .p("各行政村、镇直各部门：")
                .p("现将要点印发给你们，请认真贯彻执行。")
                .right("安乐镇人民政府")
                .right("2025年3月3日")
                .p("（此件公开发布）")
                .save(dir, name);
    }

    private static String indexNo(Path file) throws Exception {
        return IndexNumber.written(file).orElseThrow();
    }

    @Test
    void indexNumberReadsAndWritesTheContentModelsForm() {
        IndexScheme standard = IndexScheme.standard(ORG);
        IndexNumber n = standard.parse(ORG + "/2026-00007").orElseThrow();
        assertEquals(new IndexNumber(ORG, 2026, 0, 7), n);
        assertEquals(ORG + "/2026-00007", n.in(standard));
        assertEquals(Optional.empty(), standard.parse("2026-00007"));
    }

    @Test
    void newAndImportFollowTheSitesOwnScheme() throws Exception {
        // a county whose 索引号 run by month with six digits (#22: site.yaml declares the scheme)
        Path content = ImportSite.create(dir);
        Files.writeString(
                content.resolve("site.yaml"),
                Files.readString(content.resolve("site.yaml"))
                        + "index_no: {format: 代码/YYYYMM-NNNNNN}\n");
        Scaffold.Created c =
                Scaffold.write(
                        content,
                        DocumentType.NOTICE,
                        "停水通知",
                        Repo.AS_OF,
                        Optional.empty(),
                        Optional.empty());
        assertEquals(
                ORG
                        + "/"
                        + Repo.AS_OF.getYear()
                        + String.format("%02d", Repo.AS_OF.getMonthValue())
                        + "-000001",
                c.indexNo());
        DocumentImport.Result r =
                DocumentImport.run(
                        new DocumentImport.Request(
                                plan("a.docx"), DocumentType.POLICY, content, Repo.AS_OF, false));
        assertEquals(
                ORG
                        + "/"
                        + Repo.AS_OF.getYear()
                        + String.format("%02d", Repo.AS_OF.getMonthValue())
                        + "-000002",
                indexNo(r.file()));
    }

    @Test
    void aFileThatDoesNotLoadStillHoldsItsIndexNumber() throws Exception {
        Path content = ImportSite.create(dir);
        Path broken = content.resolve("notices/2026/broken.md");
        Files.createDirectories(broken.getParent());
        // a tab in the YAML and an unclosed quote: the loader rejects the file, its number is still
        // taken
        Files.writeString(
                broken,
                "---\ntitle: \"坏文件\n\tpublished: 2026-02-30\nindex_no: "
                        + ORG
                        + "/2026-00007\n---\n正文\n",
                StandardCharsets.UTF_8);
        Path latin1 = content.resolve("notices/2026/gbk.md");
        Files.write(
                latin1,
                ("---\ntitle: \u00B0\u00B2\nindex_no: '" + ORG + "/2026-00011'\n---\n")
                        .getBytes(StandardCharsets.ISO_8859_1));

        DocumentImport.Result r =
                DocumentImport.run(
                        new DocumentImport.Request(
                                plan("a.docx"), DocumentType.POLICY, content, Repo.AS_OF, false));
        assertEquals(ORG + "/2026-00012", indexNo(r.file()));

        // `new` chooses the same way: the next number after the import's
        Scaffold.Created c =
                Scaffold.write(
                        content,
                        DocumentType.NOTICE,
                        "停水通知",
                        Repo.AS_OF,
                        Optional.empty(),
                        Optional.empty());
        assertEquals(ORG + "/2026-00013", c.indexNo());
        assertEquals(
                new IndexNumber(ORG, 2026, 0, 14),
                IndexNumber.next(content, IndexScheme.standard(ORG), Repo.AS_OF));
    }

    @Test
    void forcedReimportKeepsTheReplacedFilesIndexNumber() throws Exception {
        Path content = ImportSite.create(dir);
        Path source = plan("a.docx");
        DocumentImport.Result first =
                DocumentImport.run(
                        new DocumentImport.Request(
                                source, DocumentType.POLICY, content, Repo.AS_OF, false));
        Scaffold.write(
                content,
                DocumentType.NOTICE,
                "停水通知",
                Repo.AS_OF,
                Optional.empty(),
                Optional.empty());
        String number = indexNo(first.file());
        for (int i = 0; i < 2; i++) {
            DocumentImport.Result again =
                    DocumentImport.run(
                            new DocumentImport.Request(
                                    source, DocumentType.POLICY, content, Repo.AS_OF, true));
            assertEquals(first.file(), again.file());
            assertEquals(number, indexNo(again.file()));
            assertTrue(
                    again.summary().recognised().stream().anyMatch(l -> l.contains("沿用被替换文件的索引号")),
                    again.summary().recognised().toString());
        }
        assertEquals(
                new IndexNumber(ORG, 2026, 0, 3),
                IndexNumber.next(content, IndexScheme.standard(ORG), Repo.AS_OF));
    }

    @Test
    void duplicateDocNumberRefusalNamesTheFileThatHasIt() throws Exception {
        Path content = ImportSite.create(dir);
        // imported before into another year's folder (成文 and 发布 in different years, filed by hand)
        Path earlier = content.resolve("policies/2024/anzhengfa-2025-9.md");
        Files.createDirectories(earlier.getParent());
        Files.writeString(
                earlier,
                """
                ---
                title: 安乐镇人民政府关于印发2025年政务公开工作要点的通知
                doc_number: 安政发〔2025〕9号
                issuer: 安乐镇人民政府
                written: 2025-03-03
                published: 2025-03-04
                disclosure: 主动公开
                normative: false
                index_no: 11371723004235384N/2025-00004
                ---

                正文。
                """,
                StandardCharsets.UTF_8);
        FileAlreadyExistsException e =
                assertThrows(
                        FileAlreadyExistsException.class,
                        () ->
                                DocumentImport.run(
                                        new DocumentImport.Request(
                                                plan("a.docx"),
                                                DocumentType.POLICY,
                                                content,
                                                Repo.AS_OF,
                                                false)));
        assertEquals("policies/2024/anzhengfa-2025-9.md", e.getFile());

        DocumentImport.Result forced =
                DocumentImport.run(
                        new DocumentImport.Request(
                                plan("b.docx"), DocumentType.POLICY, content, Repo.AS_OF, true));
        assertEquals(earlier, forced.file(), "replaced where it is, not written a second time");
        assertFalse(Files.exists(content.resolve("policies/2025/anzhengfa-2025-9.md")));
        assertEquals(ORG + "/2025-00004", indexNo(earlier));
    }

    @Test
    void softHyphensAndZeroWidthCharactersDoNotSurvive() throws Exception {
        Path content = ImportSite.create(dir);
        Path source =
                new DocxFixture()
                        .centred("安乐镇人民政府关于\u00AD做好\u200B防汛工作的通知")
                        .p("各\uFEFF村：")
                        .p("请\u00AD做好\u200D防汛\u2060准备。")
                        .right("安乐镇人民政府")
                        .right("2025年6月3日")
                        .save(dir, "flood.docx");
        DocumentImport.Result r = ImportSite.importInto(content, source);
        String md = Files.readString(r.file());
        assertTrue(md.contains("title: 安乐镇人民政府关于做好防汛工作的通知"), md);
        assertTrue(md.contains("请做好防汛准备。"), md);
        assertTrue(
                md.codePoints()
                        .noneMatch(
                                c ->
                                        c == 0xAD
                                                || c == 0x200B
                                                || c == 0x200D
                                                || c == 0x2060
                                                || c == 0xFEFF),
                md);
    }
}
