package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Finding;

/** 先确定公开属性，再运转呈签: every policy states its disclosure attribute. */
public final class DisclosureAttributeMissing extends DocumentRule {

    @Override
    public String id() {
        return "disclosure-attribute-missing";
    }

    @Override
    public String description() {
        return "政策文件必须写明公开属性（先确定公开属性，再运转呈签）";
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        if (d.type() == DocumentType.POLICY && d.disclosure().isEmpty()) {
            out.add(Finding.error(id(), d.source().atLine(2),
                    "政策文件未写公开属性：请加一行 disclosure: 主动公开（或 依申请公开、不予公开）；未确定属性的文件不会发布"));
        }
    }
}
