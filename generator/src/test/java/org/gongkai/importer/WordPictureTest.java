package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.gongkai.content.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #23, point 3: pictures in Word files were dropped. */
class WordPictureTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir Path dir;

    @Test
    void eachPictureIsWrittenBesideTheDocumentWhereItStoodWithAnAltTextToFill() throws Exception {
        Path content = ImportSite.create(dir);
        Path docx =
                new DocxFixture()
                        .centred("安乐镇人民政府文件")
                        .centred("安政发〔2025〕21号")
                        .centred("安乐镇人民政府关于公布2025年低保标准的通知")
                        .p("各行政村：")
                        .p("2025年低保标准调整如下图所示。")
                        .picture("", "png", "")
                        .picture("调整前后对照：", "gif", "（单位：元）")
                        .p("请各村做好宣传。")
                        .right("安乐镇人民政府")
                        .right("2025年5月6日")
                        .p("（此件公开发布）")
                        .save(dir, "dibao.docx");
        DocumentImport.Result r = ImportSite.importInto(content, docx);
        assertEquals("policies/2025/anzhengfa-2025-21.md", r.relative());
        String md = Files.readString(r.file());
        assertTrue(
                md.contains(
                        """
                2025年低保标准调整如下图所示。

                ![图1（请填写图片说明）](anzhengfa-2025-21-图1.png)

                调整前后对照：![图2（请填写图片说明）](anzhengfa-2025-21-图2.png)（单位：元）

                请各村做好宣传。
                """),
                md);
        Path first = r.file().resolveSibling("anzhengfa-2025-21-图1.png");
        Path second = r.file().resolveSibling("anzhengfa-2025-21-图2.png");
        assertArrayEquals(PNG, Arrays.copyOf(Files.readAllBytes(first), 4));
        assertArrayEquals(
                PNG, Arrays.copyOf(Files.readAllBytes(second), 4), "a GIF is converted to PNG");

        List<Finding> alt =
                r.findings().stream().filter(f -> f.ruleId().equals("image-alt-missing")).toList();
        assertEquals(2, alt.size(), r.findings().toString());
        int line = md.lines().toList().indexOf("![图1（请填写图片说明）](anzhengfa-2025-21-图1.png)") + 1;
        assertEquals(line, alt.get(0).where().line());
        assertTrue(alt.get(0).message().contains("替代文字"), alt.get(0).message());
        assertTrue(
                r.summary().toFill().stream()
                        .anyMatch(t -> t.startsWith("图1（原在第 6 段）已存为 anzhengfa-2025-21-图1.png")),
                r.summary().toFill().toString());
        assertFalse(r.hasErrors(), r.findings().toString());
    }
}
