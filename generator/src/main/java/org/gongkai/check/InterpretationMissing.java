package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.site.Relation;
import org.gongkai.site.SiteModel;

/** "谁起草、谁解读": a published 行政规范性文件 without a public interpretation is sent back (退文). */
public final class InterpretationMissing extends CrossDocumentRule {

    public InterpretationMissing() {
        super("interpretation-missing", "已发布的行政规范性文件必须有政策解读（谁起草、谁解读；缺解读的予以退文）");
    }

    @Override
    void check(Document d, SiteModel model, List<Finding> out) {
        if (!d.policy().map(Details.Policy::normative).orElse(false) || !model.isPublished(d)) {
            return;
        }
        boolean interpreted =
                model.relations().of(Relation.INTERPRETATIONS, d.id()).stream()
                        .anyMatch(id -> model.find(id).map(Document::isPublic).orElse(false));
        if (!interpreted) {
            out.add(
                    error(
                            d.at("normative"),
                            "行政规范性文件《"
                                    + d.title()
                                    + "》没有政策解读，按规定予以退文："
                                    + "请起草科室在 interpretations/"
                                    + d.year()
                                    + "/ 下新建解读，写 interprets: "
                                    + d.id()));
        }
    }
}
