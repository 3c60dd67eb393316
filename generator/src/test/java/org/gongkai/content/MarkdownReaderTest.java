package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
