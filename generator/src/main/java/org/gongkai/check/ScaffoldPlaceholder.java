package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Body;
import org.gongkai.content.Finding;
import org.gongkai.content.Scaffold;

/**
 * A document made by {@code gongkai new} is not published while its body still holds the outline's
 * prompts.
 */
public final class ScaffoldPlaceholder extends BodyPartRule<Body.Paragraph> {

    public ScaffoldPlaceholder() {
        super("scaffold-placeholder", "正文中还留有“（请在此填写正文）”提示的文件不能发布", Body::paragraphs);
    }

    @Override
    void check(Body.Paragraph p, List<Finding> out) {
        if (p.text().contains(Scaffold.PLACEHOLDER)) {
            out.add(error(p.where(), "这里还是新建文件时的提示“" + p.text().strip() + "”：请写上正文，或删去这一段"));
        }
    }
}
