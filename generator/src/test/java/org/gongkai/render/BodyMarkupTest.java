package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyMarkupTest {

    @Test
    void plainBodiesPassThroughByteForByte() {
        String html = "<h2 id=\"a\">一、总体要求</h2>\n<p>正文<br />换行</p>\n";
        assertEquals(html, BodyMarkup.apply(html, "标题", src -> Optional.empty()));
    }

    @Test
    void bodyHeadingsMoveDownALevelWhenTheBodyHasAnH1SoThePageKeepsOne() {
        String out =
                BodyMarkup.apply(
                        "<h1>通知</h1><h2>一、目标</h2><h3>（一）</h3><p>x</p>",
                        "标题",
                        s -> Optional.empty());
        assertEquals("<h2>通知</h2><h3>一、目标</h3><h4>（一）</h4><p>x</p>", out);
    }

    @Test
    void aTableGetsTheHeadingBeforeItAsCaptionColumnScopesAndAFocusableScrollBox() {
        String out =
                BodyMarkup.apply(
                        """
                <h2>联系方式</h2><p>如下：</p><table><thead><tr><th>科室</th><th>电话</th></tr></thead>\
                <tbody><tr><td>党政办</td><td>8123456</td></tr></tbody></table>""",
                        "机构职能",
                        s -> Optional.empty());
        assertTrue(
                out.contains(
                        "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"body-table-1\">"
                                + "<table><caption id=\"body-table-1\">联系方式</caption>"),
                out);
        assertTrue(out.contains("<th scope=\"col\">科室</th>"), out);
    }

    @Test
    void aTableBeforeAnyHeadingIsCaptionedWithTheDocumentTitleAndAnExistingCaptionIsKept() {
        String out =
                BodyMarkup.apply(
                        "<table><tbody><tr><td>1</td></tr></tbody></table>"
                                + "<h2>二</h2><table><caption>表2 补贴标准</caption><tbody><tr><td>2</td></tr></tbody></table>",
                        "补贴办法",
                        s -> Optional.empty());
        assertTrue(out.contains("<caption id=\"body-table-1\">补贴办法</caption>"), out);
        assertTrue(out.contains("<caption id=\"body-table-2\">表2 补贴标准</caption>"), out);
        assertEquals(
                3,
                out.split("<caption", -1).length,
                "one caption per table, none added twice: " + out);
    }

    @Test
    void aLocalImageGetsItsWidthAndHeightAndLoadsLazily(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("图解.png");
        ImageIO.write(new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        String out =
                BodyMarkup.apply(
                        "<p><img src=\"图解.png\" alt=\"政策图解\" loading=\"lazy\"></p>",
                        "标题",
                        src -> src.equals("图解.png") ? Optional.of(png) : Optional.empty());
        assertTrue(out.contains("width=\"640\""), out);
        assertTrue(out.contains("height=\"360\""), out);
        assertTrue(out.contains("loading=\"lazy\"") && out.contains("decoding=\"async\""), out);
    }

    @Test
    void anImageThatIsNotALocalReadableFileKeepsItsTagWithoutDimensions(@TempDir Path dir)
            throws Exception {
        Path notImage = dir.resolve("x.png");
        Files.writeString(notImage, "not an image");
        String out =
                BodyMarkup.apply(
                        "<p><img src=\"x.png\" alt=\"\"><img src=\"missing.png\" alt=\"\"></p>",
                        "t",
                        src -> Optional.of(dir.resolve(src)));
        assertTrue(!out.contains("width=") && out.contains("src=\"missing.png\""), out);
    }
}
