package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the scan before parsing refuses a body, line by line. */
class MarkdownLimitsTest {

    private static final String DEEP = "> ".repeat(MarkdownLimits.MAX_NESTING + 1) + "引用";

    @Test
    void fencedLinesAreNotCountedUntilTheSameFenceCloses() {
        String body =
                String.join("\n", "正文", "  ~~~", DEEP, "```", DEEP, "\u3000~~~", "第七行", DEEP, "");
        Optional<Finding> f = MarkdownLimits.check("a.md", body, 10);
        assertTrue(f.isPresent());
        assertEquals(
                17,
                f.get().where().line(),
                "the first deep line after the fence (line 8 of the body)");
    }

    @Test
    void aLargeBodyThenASmallOneOnTheSameThread() {
        String large = "普通的一段正文，没有嵌套。\n\n".repeat(90_000); // past the characters a thread keeps
        assertEquals(Optional.empty(), MarkdownLimits.check("large.md", large, 1));
        Optional<Finding> f = MarkdownLimits.check("small.md", "标题\n\n" + DEEP + "\n", 1);
        assertEquals(3, f.orElseThrow().where().line());
        assertEquals("small.md", f.get().where().file());
    }

    @Test
    void aTableRowIsAStretchOfItsOwn() {
        String row = "| " + "<".repeat(10_000) + " |";
        String para = "x".repeat(6_000);
        // one row alone stays under the bound; the same openers in a long paragraph do not
        assertEquals(
                Optional.empty(),
                MarkdownLimits.check("t.md", "| a |\n|---|\n" + row + "\n" + para + "\n", 1));
        assertTrue(MarkdownLimits.check("p.md", "<".repeat(10_000) + para + "\n", 1).isPresent());
    }
}
