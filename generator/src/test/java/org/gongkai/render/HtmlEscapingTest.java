package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * Every value a template prints is escaped unless its reference says it is HTML or JSON already.
 */
class HtmlEscapingTest {

    private final HtmlEscaping handler = new HtmlEscaping();

    @Test
    void referencesEndingInHtmlJsonOrRawAreInsertedAsTheyAre() {
        String markup = "<p>正文 & “引号”</p>";
        for (String ref :
                new String[] {
                    "$page.bodyHtml", "$!{view.bodyHtml}", "${site.searchJson}", "$!x.headRaw"
                }) {
            assertSame(markup, handler.referenceInsert(null, ref, markup), ref);
        }
        for (String ref :
                new String[] {"$page.title", "$!{view.html}", "${doc.HtmlTitle}", "$!x.rawText"}) {
            assertEquals(
                    "&lt;p&gt;正文 &amp; “引号”&lt;/p&gt;",
                    handler.referenceInsert(null, ref, markup),
                    ref);
        }
        // the decision is kept per reference: the same reference again, and a new handler (one per
        // page)
        assertEquals("a&lt;b", new HtmlEscaping().referenceInsert(null, "$page.title", "a<b"));
        assertSame(markup, new HtmlEscaping().referenceInsert(null, "$page.bodyHtml", markup));
    }

    @Test
    void escapesOnlyWhatHtmlNeeds() {
        assertEquals("&amp;&lt;&gt;&quot;&#39;安乐镇", HtmlEscaping.escape("&<>\"'安乐镇"));
        String clean = "安乐镇人民政府 2026年";
        assertSame(
                clean, HtmlEscaping.escape(clean), "nothing to escape: the same string, no copy");
        assertEquals("12", handler.referenceInsert(null, "$count", 12));
    }
}
