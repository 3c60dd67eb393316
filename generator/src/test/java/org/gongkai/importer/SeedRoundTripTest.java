package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.content.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed work plan, with the defects a careless conversion left in it, rendered to .docx and to
 * PDF and imported: the result carries the seed's front matter facts and none of its conversion
 * defects.
 */
class SeedRoundTripTest {

    @TempDir Path dir;

    @Test
    void rawSeedHasTheDefectsTheImportMustRepair() throws Exception {
        String raw = "---\ntitle: x\n---\n\n" + String.join("\n\n", SeedDocument.lines());
        List<String> defects = ConversionDefects.in(raw);
        assertTrue(
                defects.stream()
                        .anyMatch(d -> d.startsWith("numbering at inconsistent heading levels")),
                defects.toString());
        assertTrue(
                defects.stream().anyMatch(d -> d.startsWith("paragraph ends mid-sentence")),
                defects.toString());
        assertTrue(
                defects.stream().anyMatch(d -> d.startsWith("half-width numbering")),
                defects.toString());
        assertTrue(defects.stream().anyMatch(d -> d.startsWith("stray space")), defects.toString());
    }

    @Test
    void seedDocxImportsWithoutConversionDefects() throws Exception {
        Path content = ImportSite.create(dir);
        DocumentImport.Result r = ImportSite.importInto(content, SeedDocument.docx(dir));
        assertSeedFacts(r);
        assertTrue(
                r.summary().recognised().contains("文号 doc_number：安政发〔2022〕32号 ← 第 2 段"),
                r.summary().recognised().toString());
        assertEquals(
                3,
                r.summary().repairs().stream().filter(s -> s.endsWith("已合并")).count(),
                r.summary().repairs().toString());
    }

    @Test
    void seedPdfImportsWithoutConversionDefects() throws Exception {
        PdfFixture.assumeFont();
        Path content = ImportSite.create(dir);
        DocumentImport.Result r = ImportSite.importInto(content, SeedDocument.pdf(dir));
        assertSeedFacts(r);
        assertTrue(
                r.summary().repairs().stream().anyMatch(s -> s.matches("已去掉：[0-9]+ 个页码")),
                r.summary().repairs().toString());
    }

    private static void assertSeedFacts(DocumentImport.Result r) throws Exception {
        String md = Files.readString(r.file());
        assertEquals("policies/2022/anzhengfa-2022-32.md", r.relative());
        assertEquals(List.of(), ConversionDefects.in(md));
        // the seed itself has 四、 and 五、 with the same words: that is in the text, not the
        // conversion, and only the editor knows the words meant; the import must point at it and
        // leave the rest clean
        List<String> sourceDuplicates = ConversionDefects.duplicateWords(SeedDocument.lines());
        assertEquals(List.of("紧扣夯实基础深化公开"), sourceDuplicates);
        List<Finding> conversion =
                r.findings().stream()
                        .filter(f -> ConversionDefects.RULES.contains(f.ruleId()))
                        .filter(
                                f ->
                                        !(f.ruleId().equals("heading-duplicate")
                                                && sourceDuplicates.stream()
                                                        .anyMatch(w -> f.message().contains(w))))
                        .toList();
        assertEquals(List.of(), conversion);
        assertTrue(
                r.summary().toFill().stream()
                        .anyMatch(
                                s ->
                                        s.contains("“五、紧扣夯实基础深化公开”与")
                                                && s.contains("“四、紧扣夯实基础深化公开”除序号外文字相同")),
                r.summary().toFill().toString());
        assertTrue(md.contains("\ntitle: 安乐镇人民政府办公室关于印发2022年政务公开工作要点的通知\n"), md);
        assertTrue(md.contains("\ndoc_number: 安政发〔2022〕32号\n"), md);
        assertTrue(md.contains("\nissuer: 安乐镇人民政府办公室\n"), md);
        assertTrue(md.contains("\nwritten: 2022-06-21\n"), md);
        assertTrue(md.contains("\ndisclosure: 主动公开\n"), md);
        assertTrue(md.contains("\n## 安乐镇人民政府2022年政务公开工作要点\n"), md);
        assertTrue(md.contains("\n### 五、紧扣夯实基础深化公开\n"), md);
        assertTrue(md.contains("\n（一）强化工作保障。"), md);
        assertTrue(md.contains("持续发布疫情防控进展信息"), md);
        assertFalse(md.contains("#### "), "no heading deeper than the numbering needs");
    }
}
