package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which names can be one file or folder name in site/, and why the others cannot. */
class OutputNameTest {

    @Test
    void usableNamesPass() {
        for (String name :
                List.of(
                        "anzhengfa-2022-32",
                        "东关村",
                        "安乐镇人民政府办公室",
                        "a.b",
                        "a..b",
                        "2024",
                        "v1.2",
                        "console",
                        "nullable",
                        "pages",
                        "搜索",
                        "\uE000村")) {
            assertEquals(Optional.empty(), OutputName.problem(name), name);
        }
    }

    @Test
    void namesTheFileSystemOrTheSiteRefuseAreNamedWithTheReason() {
        record Case(String name, String says) {}
        for (Case c :
                List.of(
                        new Case("", "空"),
                        new Case(".", ". 或 .."),
                        new Case("..", ". 或 .."),
                        new Case("a/b", "斜杠"),
                        new Case("a\\b", "斜杠"),
                        new Case("西河\0村", "U+0000"),
                        new Case("a\u202eb", "U+202E"),
                        new Case("a\u200bb", "U+200B"),
                        new Case("a\ud800b", "U+D800"),
                        new Case("a\u2028b", "U+2028"),
                        new Case("abc.", "结尾不能是点"),
                        new Case("abc ", "空格"),
                        new Case(" abc", "空格"),
                        new Case("index.html", "同名"),
                        new Case("INDEX.HTML", "同名"),
                        new Case("404.html", "同名"),
                        new Case("feed.xml", "同名"),
                        new Case("sitemap.xml", "同名"),
                        new Case("search", "同名"),
                        new Case("assets", "同名"),
                        new Case("page", "同名"),
                        new Case("figures.csv", "同名"),
                        new Case("con", "设备名"),
                        new Case("NUL.txt", "设备名"),
                        new Case("com1", "设备名"),
                        new Case("a".repeat(101), "101 字节"),
                        new Case("村".repeat(34), "102 字节"))) {
            String problem =
                    OutputName.problem(c.name()).orElseThrow(() -> new AssertionError(c.name()));
            assertTrue(problem.contains(c.says()), c.name() + ": " + problem);
        }
    }

    @Test
    void theLengthLimitCountsUtf8BytesOfOneName() {
        String at = "村".repeat(33) + "a";
        assertEquals(OutputName.MAX_BYTES, at.getBytes(StandardCharsets.UTF_8).length);
        assertTrue(OutputName.problem(at).isEmpty());
        assertTrue(OutputName.problem(at + "a").isPresent());
        assertTrue(
                OutputName.problem("😀".repeat(25)).isEmpty(),
                "25 four-byte characters are 100 bytes");
        assertTrue(OutputName.problem("😀".repeat(26)).isPresent());
    }
}
