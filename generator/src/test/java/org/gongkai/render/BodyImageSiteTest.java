package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.gongkai.build.BuildResult;
import org.gongkai.testing.ContentTree;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * An image in a notice's body, built end to end: it is published beside the page and reserves its
 * space.
 */
class BodyImageSiteTest {

    @Test
    void anImageBesideTheMarkdownIsPublishedWithItsDimensionsAndLoadsLazily() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(800, 450, BufferedImage.TYPE_INT_RGB), "png", png);
        ContentTree tree =
                ContentTree.create()
                        .bytes("notices/2026/图解-防汛.png", png.toByteArray())
                        .file(
                                "notices/2026/tzgg-2026-09.md",
                                """
                        ---
                        title: 关于做好汛期安全防范工作的通知
                        published: 2026-06-01
                        index_no: 11371723004235384N/2026-00090
                        topics: [综合政务/应急管理]
                        ---

                        # 防汛须知

                        汛期请远离河道。

                        ![防汛须知图解](图解-防汛.png)
                        """);
        BuildResult r = tree.build();
        assertTrue(r.written(), r.findings()::toString);
        Path page = tree.siteFolder().resolve("notices/2026/tzgg-2026-09/index.html");
        var doc = Jsoup.parse(page.toFile(), "UTF-8");
        Element img = doc.selectFirst("main img");
        assertTrue(img != null, doc.select("main").html());
        assertTrue(
                img.attr("width").equals("800") && img.attr("height").equals("450"),
                img.outerHtml());
        assertTrue(
                img.attr("loading").equals("lazy") && img.attr("alt").equals("防汛须知图解"),
                img.outerHtml());
        assertTrue(
                Files.isRegularFile(page.resolveSibling(img.attr("src"))),
                "image not published: " + img.attr("src"));
        assertTrue(doc.select("h1").size() == 1, "the body's own # heading became an h2");
        assertTrue(doc.select("main h2").first().text().equals("防汛须知"), doc.select("main").html());
    }
}
