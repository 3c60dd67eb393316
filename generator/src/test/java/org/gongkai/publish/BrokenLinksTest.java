package org.gongkai.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.content.Finding;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokenLinksTest {

    @Test
    void resolvesRelativeLinksAsABrowserWould() {
        assertEquals(
                "notices/index.html",
                BrokenLinks.target("policies/2022/x/", "../../../notices/index.html"));
        assertEquals("notices/index.html", BrokenLinks.target("policies/", "../notices/"));
        assertEquals(
                "policies/2022/x/附件.pdf",
                BrokenLinks.target("policies/2022/x/", "%E9%99%84%E4%BB%B6.pdf"));
        assertEquals("feed.xml", BrokenLinks.target("a/", "../feed.xml?v=2#top"));
        assertEquals("index.html", BrokenLinks.target("a/b/", "../../"));
        assertNull(
                BrokenLinks.target("a/", "../../outside.html"),
                "climbing out of the site is broken");
    }

    @Test
    void reportsEachMissingTargetWithPageLineAndLink(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("notices/2026/a"));
        Files.createDirectories(root.resolve("assets"));
        Files.writeString(root.resolve("assets/gongkai.abc.css"), "");
        Files.writeString(
                root.resolve("index.html"),
                """
                <!DOCTYPE html>
                <html><head><link rel="stylesheet" href="assets/gongkai.abc.css"></head>
                <body>
                <a href="notices/2026/a/">通告</a>
                <a href="#main">跳到正文</a> <a href="https://www.gov.cn/">中国政府网</a> <a href="mailto:x@anle.gov.cn">邮件</a>
                <a href="notices/2026/b/index.html">不存在</a> <a href="/xxgk/notices/2026/a/">从根目录</a> <a href="/">门户</a>
                <img src="assets/missing.png" alt="">
                </body></html>
                """);
        Files.writeString(
                root.resolve("notices/2026/a/index.html"),
                "<a href=\"../../../index.html\">首页</a><a href=\"../../../notices/2026/a\">本页</a>");

        List<Finding> found = BrokenLinks.find(root, "site", "/xxgk/");

        assertEquals(2, found.size(), found.toString());
        Finding page = found.get(0);
        assertEquals("site/index.html", page.where().file());
        assertEquals(6, page.where().line());
        assertTrue(page.message().contains("notices/2026/b/index.html"));
        assertTrue(page.isError());
        assertEquals(7, found.get(1).where().line());
        List<Finding> atRoot = BrokenLinks.find(root, "site", "/");
        assertTrue(
                atRoot.stream().anyMatch(f -> f.message().contains("/xxgk/notices/2026/a/")),
                "served from the host's root, /xxgk/ is not inside the site");
        assertTrue(
                found.get(1).message().contains("assets/missing.png")
                        && found.get(1).message().contains("资源"));
    }

    @Test
    void scanFindsHrefAndSrcInTagsOnly() {
        String html =
                """
                <!DOCTYPE html><!-- <a href="commented.html"> -->
                <link rel=stylesheet href=a.css><img alt='x > y' src='b.png'>
                <p>写成 href="text.html" 的文字不是链接 &lt;a href="escaped.html"&gt;</p>
                <script>if (a<b && c) { img.src="in-script.png"; }</script>
                <A HREF="c/?x=1&amp;y=2">c</A><a title="a>b" href="d.html">d</a>
                """;
        List<String> found =
                MarkupAttributes.of(html).stream().map(a -> a.name() + "=" + a.value()).toList();
        assertEquals(List.of("href=a.css", "src=b.png", "href=c/?x=1&y=2", "href=d.html"), found);
        MarkupAttributes.Attribute img = MarkupAttributes.of(html).get(1);
        assertTrue(html.startsWith("src=", img.offset()), "the offset points at the attribute");
    }

    @Test
    void scanAgreesWithJsoupPageAfterPage() {
        // a page larger than the array a thread keeps, then small ones: nothing of one page reaches
        // the next
        StringBuilder big = new StringBuilder("<ul>");
        for (int i = 0; i < 60_000; i++) {
            big.append("<li><a class=\"doc\" href=\"p")
                    .append(i)
                    .append(".html\">第")
                    .append(i)
                    .append("号文件</a>");
        }
        List<String> pages =
                List.of(
                        big.toString(),
                        "<a href=x.html>x</a>",
                        "<img src=\"a.png\" alt=\"\">",
                        "<!-- x --><a href='y.html?a=1&amp;b=2'>y</a><script src=s.js></script><style>a{}</style>"
                                + "<link href=\"c.css\" rel=stylesheet>",
                        "<p>没有链接</p>");
        for (String html : pages) {
            List<String> jsoup =
                    Jsoup.parse(html).select("[href], [src]").stream()
                            .map(
                                    e ->
                                            e.hasAttr("href")
                                                    ? "href=" + e.attr("href")
                                                    : "src=" + e.attr("src"))
                            .toList();
            List<String> scanned =
                    MarkupAttributes.of(html).stream()
                            .map(a -> a.name() + "=" + a.value())
                            .toList();
            assertEquals(jsoup, scanned, html.length() > 200 ? "the large page" : html);
        }
    }

    @Test
    void targetsGatheredWhileWritingSeeAMissingFile() {
        BrokenLinks.Targets links = new BrokenLinks.Targets("/xxgk/");
        links.scan(
                "a/index.html",
                "<a href=\"../b/\">b</a><a href=\"/xxgk/feed.xml\">feed</a><a href=\"/other/\">x</a>");
        assertTrue(links.allExist(Set.of("b/index.html", "feed.xml")));
        assertEquals(false, links.allExist(Set.of("b/index.html")), "feed.xml is missing");
        BrokenLinks.Targets climbing = new BrokenLinks.Targets("/");
        climbing.scan("a/index.html", "<a href=\"../../up.html\">up</a>");
        assertEquals(
                false, climbing.allExist(Set.of("up.html")), "a link out of the site is broken");
    }

    @Test
    void theQuickResolutionAgreesWithTheSegmentBySegmentOne() {
        String[] segments = {"..", ".", "", "x", "y.css", "x.", "...", "index.html"};
        List<String> links = new ArrayList<>(List.of("", "/", "//"));
        for (String a : segments) {
            links.add(a);
            for (String b : segments) {
                links.add(a + "/" + b);
                for (String c : segments) {
                    links.add(a + "/" + b + "/" + c);
                    links.add("../../" + a + "/" + b + "/" + c + "/");
                }
            }
        }
        for (String dir : List.of("", "a/", "a/b/", "a/b/c/")) {
            for (String link : links) {
                assertEquals(
                        BrokenLinks.resolved(dir, link),
                        BrokenLinks.target(dir, link),
                        dir + " + " + link);
            }
        }
    }

    @Test
    void schemesAndProtocolRelativeLinksAreNotOurs() {
        for (String link :
                List.of(
                        "https://x.cn/",
                        "mailto:a@b.cn",
                        "tel:+86123",
                        "data:image/png;base64,x",
                        "//cdn.example/x.js",
                        "a+b.c-d:x")) {
            assertTrue(BrokenLinks.isExternal(link), link);
        }
        for (String link : List.of("x/y.html", "../a:b", "1http://x", "", "a/b:c", ":x")) {
            assertTrue(!BrokenLinks.isExternal(link), link);
        }
    }
}
