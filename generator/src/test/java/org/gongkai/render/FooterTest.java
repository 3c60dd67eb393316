package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.testing.Repo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What a government site must carry on every page, from site.yaml, with links that lead somewhere.
 */
class FooterTest {

    @Test
    void everyPageCarriesOrganContactIdentifiersAndLinksToSiteMapAndGuide() throws IOException {
        Path site = Repo.sampleSite();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 100);
        for (Path page : pages) {
            Element footer = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("footer");
            String where = site.relativize(page).toString();
            assertTrue(footer != null, where);
            String text = footer.text();
            for (String must :
                    List.of(
                            "主办单位：安乐镇人民政府",
                            "地址：安乐镇人民路88号",
                            "电话：0530-8123456",
                            "电子邮箱：xxgk@anle.gov.cn",
                            "网站标识码：3717230012",
                            "鲁ICP备05021836号-1",
                            "鲁公网安备 37172302000163号")) {
                assertTrue(text.contains(must), where + " footer lacks " + must + ": " + text);
            }
            assertEquals(
                    "tel:05308123456", footer.selectFirst("a[href^=tel:]").attr("href"), where);
            assertEquals(
                    "http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=37172302000163",
                    footer.selectFirst("a:containsOwn(公网安备)").attr("href"),
                    where);
            assertEquals(
                    "https://beian.miit.gov.cn/",
                    footer.selectFirst("a:containsOwn(ICP备)").attr("href"),
                    where);
            Element conac =
                    footer.selectFirst(".conac a[href^=https://bszs.conac.cn/] img[alt^=党政机关网站标识]");
            assertTrue(conac != null, where + " has no 党政机关网站标识");
            String src = conac.attr("src");
            Path icon =
                    src.startsWith("/")
                            ? site.resolve(src.substring(src.indexOf('/', 1) + 1))
                            : page.getParent().resolve(src).normalize();
            assertTrue(Files.isRegularFile(icon), where + ": the 党政机关网站标识 icon is missing: " + src);
            for (String label : List.of("网站地图", "信息公开指南")) {
                Element link = footer.selectFirst("a:containsOwn(" + label + ")");
                assertTrue(link != null, where + " has no link to " + label);
                String href = link.attr("href");
                Path target =
                        href.startsWith("/")
                                ? site.resolve(href.substring(href.indexOf('/', 1) + 1))
                                : page.getParent().resolve(href).normalize();
                assertTrue(
                        Files.isRegularFile(target),
                        where + ": " + label + " link leads nowhere: " + href);
            }
        }
    }
}
