package org.gongkai.check;

import java.util.List;
import org.gongkai.content.DisclosureAttribute;
import org.gongkai.content.DisclosureMark;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Finding;

/**
 * 先确定公开属性，再运转呈签: every policy states its disclosure attribute, and so does every document of any
 * type whose body is marked as not public — the default 主动公开 of a notice must not publish a text
 * the issuing office marked （此件不予公开）.
 */
public final class DisclosureAttributeMissing extends DocumentRule {

    public DisclosureAttributeMissing() {
        super("disclosure-attribute-missing", "政策文件必须写明公开属性（先确定公开属性，再运转呈签）；正文标注不公开的任何文件也必须写明");
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        if (d.disclosure().stated().isPresent()) {
            return;
        }
        if (d.keys().has("disclosure")) {
            out.add(
                    error(
                            d.at("disclosure"),
                            "公开属性没有写明（空的或不是一个值）：请写 主动公开、依申请公开 或 不予公开；" + "写明之前这份文件按不予公开处理，不会发布"));
            return;
        }
        if (d.type() == DocumentType.POLICY) {
            out.add(
                    error(
                            d.source().atLine(2),
                            "政策文件未写公开属性：请加一行 disclosure: 主动公开（或 依申请公开、不予公开）；未确定属性的文件不会发布"));
            return;
        }
        for (DisclosureMark m : d.disclosure().marks()) {
            if (!m.attribute().isPublic()) {
                out.add(
                        m.error(
                                id(),
                                "，但 front matter 没有写公开属性："
                                        + "请加一行 disclosure: "
                                        + m.attribute().label()
                                        + (m.attribute() == DisclosureAttribute.WITHHELD
                                                ? "（并写 withheld_basis 和 review_by）"
                                                : "（并写 review_by）")
                                        + "；写明之前这份文件按不予公开处理，不会发布"));
                return;
            }
        }
    }
}
