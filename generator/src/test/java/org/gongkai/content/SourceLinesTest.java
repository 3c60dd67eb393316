package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceLinesTest {

    @Test
    void givesTheLinesSplitGives() {
        for (String text :
                List.of(
                        "",
                        "一",
                        "一\n",
                        "\n",
                        "\n\n",
                        "---\ntitle: 通知\n---\n正文第一段。\n\n第二段",
                        "a\r\nb\r\n",
                        "末行无换行\n最后")) {
            List<String> lines = new SourceLines(text);
            assertEquals(List.of(text.split("\n", -1)), lines, "«" + text + "»");
            assertEquals(text.split("\n", -1).length, lines.size());
        }
    }

    @Test
    void refusesLinesThatAreNotThere() {
        List<String> lines = new SourceLines("一\n二");
        assertThrows(IndexOutOfBoundsException.class, () -> lines.get(2));
        assertThrows(IndexOutOfBoundsException.class, () -> lines.get(-1));
        assertThrows(UnsupportedOperationException.class, () -> lines.add("三"));
    }
}
