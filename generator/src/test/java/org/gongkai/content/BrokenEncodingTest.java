package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/**
 * Files as Windows tools, copy and paste and broken converters leave them. Each is either read
 * right (with the right line numbers) or refused with a finding that says what the file is; never
 * mojibake, never a crash, never a silent gap. (BOM, GBK, CRLF, tabs, missing ---, dates, empty
 * files are in ContentLoaderTest.)
 */
class BrokenEncodingTest {

    private static final String NOTICE =
            "---\ntitle: 关于停水的通知\npublished: 2024-01-02\n---\n\n正文第一段。\n";

    private static List<Finding> findings(ContentTree t, String rule) {
        return t.load().findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static Finding only(ContentTree t, String rule) {
        List<Finding> f = findings(t, rule);
        assertEquals(
                1, f.size(), () -> "expected one " + rule + " finding, got " + t.load().findings());
        return f.get(0);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void utf16WithByteOrderMarkIsNamed() {
        for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bom =
                    cs.equals(StandardCharsets.UTF_16LE)
                            ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                            : new byte[] {(byte) 0xFE, (byte) 0xFF};
            ContentTree t =
                    ContentTree.create()
                            .bytes("notices/2024/u16.md", concat(bom, NOTICE.getBytes(cs)));
            Finding f = only(t, "encoding");
            assertTrue(f.message().contains("UTF-16"), f.message());
            assertEquals("notices/2024/u16.md", f.where().file());
            assertTrue(t.load().documents().isEmpty());
        }
    }

    @Test
    void utf16WithoutByteOrderMarkIsNamedNotReadAsTextWithNuls() {
        // ASCII in UTF-16LE is valid UTF-8 with a NUL after every letter: it must not slip through
        // as text
        String ascii =
                "---\ntitle: Notice\npublished: 2024-01-02\n---\n\nWater will be off on Monday.\n";
        ContentTree t =
                ContentTree.create()
                        .bytes("notices/2024/u16.md", ascii.getBytes(StandardCharsets.UTF_16LE));
        assertTrue(only(t, "encoding").message().contains("UTF-16"));
    }

    @Test
    void nulByteIsRefusedWithItsLine() {
        byte[] text =
                "---\ntitle: 通知\npublished: 2024-01-02\n---\n\n第一段\u0000第二段\n"
                        .getBytes(StandardCharsets.UTF_8);
        ContentTree t = ContentTree.create().bytes("notices/2024/nul.md", text);
        Finding f = only(t, "encoding");
        assertTrue(f.message().contains("第 6 行") && f.message().contains("NUL"), f.message());
    }

    @Test
    void mixedLineEndingsKeepLineNumbers() {
        // CRLF from one editor, LF from another and a lone CR from an old Mac export, in one file
        String text =
                "---\r\ntitle: 通知\npublished: 2024-01-02\r---\r\n\n第一段。\r\n\r\n第二段。\r## 小标题\n";
        Content c =
                ContentTree.create()
                        .bytes("notices/2024/mixed.md", text.getBytes(StandardCharsets.UTF_8))
                        .load();
        assertEquals(List.of(), c.findings());
        Document d = c.documents().get(0);
        assertEquals("通知", d.title());
        assertEquals(
                List.of(6, 8), d.body().paragraphs().stream().map(p -> p.where().line()).toList());
        assertEquals(9, d.body().headings().get(0).where().line());
    }

    @Test
    void loneCarriageReturnsAreLineEnds() {
        String text = "---\rtitle: 通知\rpublished: 2024-01-02\rbad: [\r---\r\r正文\r";
        ContentTree t =
                ContentTree.create()
                        .bytes("notices/2024/cr.md", text.getBytes(StandardCharsets.UTF_8));
        Finding f = only(t, "yaml-syntax");
        // the unclosed list opens on line 4; the parser notices at the end of the front matter
        assertTrue(f.where().line() >= 4 && f.where().line() <= 5, f.format());
    }

    @Test
    void yamlSyntaxErrorLineIsRightAfterCrlf() {
        String text = "---\r\ntitle: 通知\r\npublished: 2024-01-02\r\ntopics: [a, b\r\n---\r\n正文\r\n";
        ContentTree t =
                ContentTree.create()
                        .bytes("notices/2024/crlf.md", text.getBytes(StandardCharsets.UTF_8));
        Finding f = only(t, "yaml-syntax");
        assertTrue(f.where().line() >= 4 && f.where().line() <= 5, f.format());
    }

    @Test
    void frontMatterThatIsAListIsExplained() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2024/list.md",
                                "---\n- title: 通知\n- published: 2024-01-02\n---\n正文\n");
        Finding f = only(t, "front-matter-empty");
        assertTrue(f.message().contains("键: 值"), f.message());
        assertTrue(t.load().documents().isEmpty());
    }

    @Test
    void frontMatterThatIsAScalarIsExplained() {
        ContentTree t =
                ContentTree.create().file("notices/2024/scalar.md", "---\n关于停水的通知\n---\n正文\n");
        assertTrue(only(t, "front-matter-empty").message().contains("键: 值"));
    }

    @Test
    void fileThatIsOnlyTheOpeningDelimiter() {
        for (String text : List.of("---", "---\n", "---\r\n", "---\n\n\n")) {
            ContentTree t = ContentTree.create().file("notices/2024/dash.md", text);
            Finding f = only(t, "front-matter-unclosed");
            assertEquals(1, f.where().line());
            assertTrue(t.load().documents().isEmpty());
        }
    }

    @Test
    void emptyFrontMatterIsExplained() {
        ContentTree t = ContentTree.create().file("notices/2024/nothing.md", "---\n---\n正文\n");
        assertTrue(only(t, "front-matter-empty").message().contains("title"));
    }

    @Test
    void binaryFileWithMarkdownNameIsRefused() {
        byte[] docx = {
            0x50,
            0x4B,
            0x03,
            0x04,
            0x14,
            0x00,
            0x06,
            0x00,
            0x08,
            0x00,
            0x00,
            0x00,
            0x21,
            0x00,
            (byte) 0xDF,
            (byte) 0xA4,
            (byte) 0xD2,
            0x6C,
            0x5A,
            0x01
        };
        ContentTree t = ContentTree.create().bytes("notices/2024/word.md", docx);
        assertTrue(only(t, "encoding").isError());
    }
}
