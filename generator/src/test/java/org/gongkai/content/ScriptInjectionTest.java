package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each way of smuggling script into a body, and what is left of it in the page. */
class ScriptInjectionTest {

    private static final MarkdownReader READER = new MarkdownReader();

    static Body read(String markdown) {
        return READER.read("notices/2024/a.md", markdown, 5);
    }

    /** The invariant every body must keep: nothing in it can run. */
    static void assertInert(String html) {
        var doc = Jsoup.parseBodyFragment(html);
        assertTrue(
                doc.select(
                                "script, iframe, frame, object, embed, svg, math, style, link, meta, base, form")
                        .isEmpty(),
                html);
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on"), () -> key + " in " + html);
                assertFalse(
                        key.equals("style") || key.equals("srcdoc") || key.equals("formaction"),
                        html);
                String v = SafeUrls.browserView(a.getValue()).toLowerCase(Locale.ROOT);
                assertFalse(v.startsWith("javascript:") || v.startsWith("vbscript:"), html);
                if (key.equals("href")) {
                    assertFalse(v.startsWith("data:"), html);
                }
                if (key.equals("src")) {
                    assertTrue(!v.startsWith("data:") || v.startsWith("data:image/png"), html);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "正文<script>alert(1)</script>结束",
                "<script>\nalert(1)\n</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"x\" ONERROR=\"alert(1)\">",
                "<a href=\"javascript:alert(1)\">点</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">点</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">点</a>",
                "<iframe src=\"https://evil.example/\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<svg onload=alert(1)><script>alert(2)</script></svg>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "<math><mtext><script>alert(1)</script></mtext></math>",
                "<p style=\"background:url(javascript:alert(1))\">样式</p>",
                "<div style=\"width: expression(alert(1))\">IE</div>",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
                "<form action=\"https://evil.example/\"><input name=x><button formaction=javascript:alert(1)>提交</button></form>",
                "<base href=\"https://evil.example/\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<details open ontoggle=alert(1)>",
                "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
                "<!-- <script>alert(1)</script> -->",
                "<scr<script>ipt>alert(1)</script>",
            })
    void rawHtmlVectorIsRemovedAndNamed(String markdown) {
        Body b = read(markdown + "\n");
        assertInert(b.html());
        assertFalse(b.rawHtml().isEmpty(), "raw HTML must be recorded");
        assertTrue(
                b.rawHtml().stream().anyMatch(r -> !r.removed().isEmpty()),
                () -> "what was removed must be named: " + b.rawHtml());
        assertEquals(5, b.rawHtml().get(0).line());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[点我](javascript:alert(1))|javascript",
                "[点我](JaVaScRiPt:alert(1))|javascript",
                "[点我](&#106;avascript:alert(1))|javascript",
                "[点我](<java\tscript:alert(1)>)|javascript",
                "[点我](vbscript:msgbox(1))|vbscript",
                "[点我](data:text/html;base64,PHNjcmlwdD4=)|data:",
                "![图](javascript:alert(1))|javascript",
                "![图](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)|data:",
                "![图](https://tracker.example/pixel.png)|tracker",
                "![图](//tracker.example/pixel.png)|tracker",
                "[点我]: javascript:alert(1)\n\n[点我]|javascript",
                "<javascript:alert(1)>|javascript",
            })
    void markdownLinkWithUnsafeAddressLosesIt(String testCase) {
        String markdown = testCase.substring(0, testCase.lastIndexOf('|'));
        String gone = testCase.substring(testCase.lastIndexOf('|') + 1);
        Body b = read(markdown.replace("\\n", "\n") + "\n");
        assertInert(b.html());
        for (Element e : Jsoup.parseBodyFragment(b.html()).getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getValue().toLowerCase(Locale.ROOT).contains(gone), b.html());
            }
            // an address that was taken away leaves no empty href or src (which would point at the
            // page itself)
            assertFalse(e.hasAttr("href") && e.attr("href").isEmpty(), b.html());
            assertFalse(e.hasAttr("src") && e.attr("src").isEmpty(), b.html());
        }
    }

    @Test
    void safeLinksAndImagesStayAsWritten() {
        Body b =
                read(
                        """
                见[上一年的方案](../2021/fangan.md#第二条)、[网站](https://www.gov.cn/)、[来信](mailto:xxgk@anle.gov.cn)、\
                [电话](tel:0530-1234567)。

                ![示意图](map.png) ![小图](data:image/png;base64,iVBORw0KGgo=)
                """);
        String html = b.html();
        assertTrue(html.contains("href=\"" + Body.marked(0, "../2021/fangan.md#第二条") + "\""), html);
        assertTrue(html.contains("href=\"https://www.gov.cn/\""), html);
        assertTrue(html.contains("href=\"mailto:xxgk@anle.gov.cn\""), html);
        assertTrue(html.contains("href=\"tel:0530-1234567\""), html);
        assertTrue(html.contains("src=\"" + Body.marked(4, "map.png") + "\""), html);
        assertTrue(html.contains("src=\"data:image/png;base64,iVBORw0KGgo=\""), html);
        assertTrue(b.rawHtml().isEmpty());
    }

    @Test
    void relativeLinksSurviveWhenRawHtmlIsAlsoPresent() {
        // regression: with raw HTML present, cleaning with an empty base URI dropped every relative
        // href
        Body b = read("第一段<br>换行，见[附件说明](../2021/fangan.md)和![图](map.png)。\n");
        assertTrue(
                b.html().contains("href=\"" + Body.marked(0, "../2021/fangan.md") + "\""),
                b.html());
        assertTrue(b.html().contains("src=\"" + Body.marked(1, "map.png") + "\""), b.html());
        assertTrue(b.html().contains("<br>"), b.html());
    }

    @Test
    void aRelativeAddressInRawHtmlIsRefusedInPlaceAndMarkdownsOwnIsMarked() {
        // the loader lists and resolves only Markdown's links: raw HTML's path, even one the
        // Markdown also links, was never checked, so the page does not carry it
        Body b =
                read(
                        "<a href=\"b.md#x\" title=\"乙\">乙</a>，<img src=\"map.png\" alt=\"图\">与[乙](b.md)\n");
        assertTrue(b.html().contains("<a data-refused=\"\" title=\"乙\">乙</a>"), b.html());
        assertTrue(b.html().contains("<img data-refused=\"\" alt=\"图\">"), b.html());
        assertTrue(b.html().contains("href=\"" + Body.marked(0, "b.md") + "\""), b.html());
        assertEquals(1, b.links().size());
    }

    @Test
    void addressesThatAreNoPathsAreNeitherMarkedNorRefused() {
        Body b =
                read(
                        "[甲](#第一条) [乙](?page=2) [丙](https://www.gov.cn/a.md) [丁](mailto:a@b.cn)"
                                + "<a href=\"#第二条\">戊</a>\n");
        assertFalse(b.html().contains(Body.LINK_MARK), b.html());
        assertFalse(b.html().contains("data-refused"), b.html());
        assertTrue(BodySanitiser.isRelativePath("a.md#x:y"));
        assertTrue(BodySanitiser.isRelativePath("../2021/方案.md?v=1"));
        assertFalse(BodySanitiser.isRelativePath("C:\\文件\\a.pdf"));
        assertFalse(BodySanitiser.isRelativePath(""));
    }

    @Test
    void harmlessMarkupIsKeptWithoutAWarning() {
        Body b = read("上标 10<sup>3</sup> 与换行<br>以及<em>强调</em>\n");
        assertTrue(b.html().contains("<sup>3</sup>"), b.html());
        assertFalse(b.rawHtml().isEmpty());
        assertTrue(
                b.rawHtml().stream().allMatch(r -> r.removed().isEmpty()),
                () -> b.rawHtml().toString());
    }

    @Test
    void removalsAreNamedForTheEditor() {
        Body b =
                read(
                        "<img src=x onerror=alert(1)>\n\n段落<script>alert(1)</script>\n\n<p style=\"color:red\">红字</p>\n");
        List<String> all = b.rawHtml().stream().flatMap(r -> r.removed().stream()).toList();
        assertTrue(all.contains("img 的 onerror 事件属性（脚本）"), all.toString());
        assertTrue(all.contains("<script> 元素"), all.toString());
        assertTrue(all.contains("p 的 style 样式属性"), all.toString());
        assertEquals(List.of(5, 7, 7, 9), b.rawHtml().stream().map(Body.RawHtml::line).toList());
    }
}
