package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    @Test
    void bodyTextParagraphsAndHeadingsAreStripped() {
        Body body =
                new MarkdownReader()
                        .read(
                                "policies/2022/x.md",
                                "## \u3000一、总体要求 \n\n\u3000\u3000各村（社区）要高度重视。  \n\n正文第二段\n",
                                10);
        assertEquals("一、总体要求", body.headings().get(0).text());
        assertEquals("各村（社区）要高度重视。", body.paragraphs().get(0).text());
        // the body's text keeps each paragraph as written inside it (indents too) and is stripped
        // at its ends
        assertEquals("一、总体要求\n\u3000\u3000各村（社区）要高度重视。\n正文第二段", body.text());
    }

    /** The anchor loop must give what the regex it replaced gave: ASCII white space runs to -. */
    @Test
    void anchorsJoinWordsAsTheWhiteSpaceRegexDid() {
        for (String t :
                List.of(
                        "一、总体要求",
                        " 决策 结果 ",
                        "a \t\u000B\f\r\nb",
                        "第一\u3000条  说明",
                        "x\u00A0y",
                        "\u3000",
                        "",
                        "- a -")) {
            String t2 = t.strip();
            String want = t2.replaceAll("\\s+", "-");
            assertEquals(want.isEmpty() ? "section" : want, MarkdownReader.anchor(t), t);
        }
        Body body = new MarkdownReader().read("x.md", "## 决策  结果\n\n## 决策 结果\n", 1);
        assertEquals(
                List.of("决策-结果", "决策-结果-2"),
                body.headings().stream().map(Body.Heading::anchor).toList());
        assertTrue(body.html().contains("<h2 id=\"决策-结果\">"), body.html());
    }
}
