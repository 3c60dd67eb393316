package org.gongkai.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writing thread's buffer: a page's bytes are its UTF-8, whatever came through before. */
class PageBufferTest {

    @TempDir Path dir;

    @Test
    void aPageIsWrittenAsItsUtf8AfterALargerOneThroughTheSameBuffer() throws Exception {
        OutputTree out = new OutputTree(dir);
        PageBuffer buffer = new PageBuffer();
        StringBuilder large = new StringBuilder();
        while (large.length() < 1_200_000) { // past what a buffer keeps room for
            large.append("政府信息公开<a href=\"x.html\">链接</a>\n");
        }
        out.write("large.html", large, buffer);
        String small = "<p>安乐镇 😀</p>";
        out.write("small.html", small, buffer);
        out.write("reused.html", CharBuffer.wrap("<p>短</p>"), buffer);
        assertArrayEquals(
                large.toString().getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(dir.resolve("large.html")));
        assertEquals(small, Files.readString(dir.resolve("small.html")));
        assertEquals("<p>短</p>", Files.readString(dir.resolve("reused.html")));
    }

    @Test
    void aLoneSurrogateBecomesAQuestionMarkAsGetBytesHasIt() throws Exception {
        String text = "a\uD800b";
        new OutputTree(dir).write("s.txt", text);
        assertArrayEquals(
                text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(dir.resolve("s.txt")));
        assertEquals("a?b", Files.readString(dir.resolve("s.txt")));
    }

    @Test
    void theLinksOfAPageAreGatheredFromItsOwnCharacters() throws Exception {
        BrokenLinks.Targets links = new BrokenLinks.Targets("/");
        OutputTree out = new OutputTree(dir, false, links);
        PageBuffer buffer = new PageBuffer();
        char[] filler = new char[5000];
        Arrays.fill(filler, 'x');
        out.writePage(
                "a/index.html", "<a href=\"one.html\">" + new String(filler) + "</a>", buffer);
        BrokenLinks.PageLinks second =
                out.writePage("b/index.html", "<a href=\"two.html\">2</a>", buffer);
        assertEquals(List.of("b/two.html"), second.targets());
    }
}
