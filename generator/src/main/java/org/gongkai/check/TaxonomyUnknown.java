package org.gongkai.check;

import java.util.List;
import java.util.Set;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.NearestName;
import org.gongkai.content.Taxonomy;

/**
 * Topics and themes come from taxonomies.yaml; anything else makes a category page of one, usually
 * a typo.
 */
public final class TaxonomyUnknown extends DocumentRule {

    @Override
    public String id() {
        return "taxonomy-unknown";
    }

    @Override
    public String description() {
        return "主题分类（topics）和特色主题（themes）必须是 taxonomies.yaml 中已有的名称";
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        Taxonomy tax = setting.taxonomy();
        Set<String> topics = tax.topicNames();
        Set<String> themes = Set.copyOf(tax.themes());
        for (String t : d.topics()) {
            if (!topics.contains(t)) {
                out.add(
                        Finding.error(
                                id(),
                                d.at("topics"),
                                "主题分类“"
                                        + t
                                        + "”不在 taxonomies.yaml 中"
                                        + NearestName.hint(t, topics)
                                                .replace("。", "；请写表中已有的名称（一级，或 一级/二级）")));
            }
        }
        for (String t : d.themes()) {
            if (!themes.contains(t)) {
                out.add(
                        Finding.error(
                                id(),
                                d.at("themes"),
                                "特色主题“"
                                        + t
                                        + "”不在 taxonomies.yaml 中"
                                        + NearestName.hint(t, themes)
                                                .replace(
                                                        "。",
                                                        "；请写表中已有的名称，或先在 taxonomies.yaml 的 themes 中添加")));
            }
        }
    }
}
