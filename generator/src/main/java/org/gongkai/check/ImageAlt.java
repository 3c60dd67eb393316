package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Body;
import org.gongkai.content.Finding;

/**
 * Screen readers read an image's alt text; without it, a 图解 says nothing to a blind resident (GB/T
 * 37668).
 */
public final class ImageAlt extends BodyPartRule<Body.Link> {

    public ImageAlt() {
        super("image-alt-missing", "图片必须有替代文字：![图片内容说明](文件名)，供读屏软件朗读", Body::links);
    }

    @Override
    void check(Body.Link link, List<Finding> out) {
        if (link.image() && link.text().isBlank()) {
            out.add(
                    error(
                            link.where(),
                            "图片“"
                                    + link.destination()
                                    + "”没有替代文字：请在方括号中写明图片内容，"
                                    + "如 ![2024年低保标准调整对照图]("
                                    + link.destination()
                                    + ")"));
        }
    }
}
