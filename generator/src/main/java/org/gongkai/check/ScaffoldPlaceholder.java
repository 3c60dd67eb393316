package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Finding;
import org.gongkai.content.Scaffold;
import org.gongkai.site.SiteModel;

/** A document made by {@code gongkai new} is not published while its body still holds the outline's prompts. */
public final class ScaffoldPlaceholder implements Rule {

    @Override
    public String id() {
        return "scaffold-placeholder";
    }

    @Override
    public String description() {
        return "正文中还留有“（请在此填写正文）”提示的文件不能发布";
    }

    @Override
    public List<Finding> check(SiteModel model) {
        return model.documents().stream().flatMap(d -> d.body().paragraphs().stream()
                .filter(p -> p.text().contains(Scaffold.PLACEHOLDER))
                .map(p -> Finding.error(id(), p.where(),
                        "这里还是新建文件时的提示“" + p.text().strip() + "”：请写上正文，或删去这一段")))
                .toList();
    }
}
