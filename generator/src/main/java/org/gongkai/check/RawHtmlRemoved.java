package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Body;
import org.gongkai.content.Finding;

/**
 * Raw HTML that sanitising cut down. The page is safe either way; the warning is for the editor,
 * who would otherwise wonder where their script, frame, style or event handler went (and for
 * whoever reviews the commit, since a {@code <script>} in a township notice is worth a second
 * look).
 */
public final class RawHtmlRemoved extends BodyPartRule<Body.RawHtml> {

    public RawHtmlRemoved() {
        super("raw-html-removed", "正文中的脚本、框架、样式和事件属性等 HTML 会被删除，不会出现在网页上", Body::rawHtml);
    }

    @Override
    void check(Body.RawHtml raw, List<Finding> out) {
        if (!raw.removed().isEmpty()) {
            out.add(
                    warning(
                            raw.where(),
                            "正文中的 HTML 已删除："
                                    + String.join("、", raw.removed())
                                    + "。网页不允许脚本和样式；请用 Markdown 书写（链接写成 [文字](地址)，图片写成 ![说明](文件名)）"));
        }
    }
}
