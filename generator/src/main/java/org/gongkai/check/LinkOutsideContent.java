package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Body;
import org.gongkai.content.ContentPath;
import org.gongkai.content.Finding;
import org.gongkai.content.LinkTarget;

/**
 * A link or image in a body that points at the machine's files rather than the column: {@code ../}
 * past content/, an absolute path, a {@code file:} address, a Windows path, or a symbolic link
 * whose real file is outside. The build never reads such a path (ContentPath refused it at load
 * time); the finding tells the editor the link cannot work and is often a pasted local path that
 * names someone's computer.
 */
public final class LinkOutsideContent extends BodyPartRule<Body.Link> {

    public LinkOutsideContent() {
        super(
                "link-outside-content",
                "正文中的链接和图片不能指向 content/ 之外（../ 越界、绝对路径、file: 地址、Windows 路径）",
                Body::links);
    }

    @Override
    void check(Body.Link link, List<Finding> out) {
        // resolved once by ContentPath when the document was loaded: ../ past content/, absolute,
        // Windows and file: paths, and symbolic links whose real file is outside
        if (link.target() instanceof LinkTarget.Refused refused
                && refused.rule().equals(ContentPath.OUTSIDE)) {
            out.add(error(link.where(), (link.image() ? "图片" : "链接") + refused.reason()));
        }
    }
}
