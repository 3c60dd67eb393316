package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void escapesMarkupAndDropsWhatXml10Forbids() {
        assertEquals(
                "a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", XmlText.escape("a <b> & \"c\" 'd'"));
        assertEquals("第一行 第二行 分页", XmlText.escape("第一行\u000B第二行\u000C分页"));
        assertEquals("停水通知", XmlText.escape("停\u0001水\u0000通\uFFFE知\uFFFF"));
        assertEquals("半个", XmlText.escape("半\uD800个\uDC00"));
        assertEquals("tab\tnl\ncr\r\uD83D\uDE00", XmlText.escape("tab\tnl\ncr\r\uD83D\uDE00"));
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String s = "安乐镇人民政府关于做好秋季防火工作的通知";
        assertSame(s, XmlText.escape(s));
    }

    @Test
    void termPathsCarryNoControlCharacters() {
        // the sitemap drops them from <loc>: the file itself must not have them either, or the
        // entry points nowhere
        assertEquals("综合政务/应急-管理", SitePaths.segment("综合政务/应急\u0003管理"));
    }
}
