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

    public TaxonomyUnknown() {
        super("taxonomy-unknown", "主题分类（topics）和特色主题（themes）必须是 taxonomies.yaml 中已有的名称");
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        Taxonomy tax = setting.taxonomy();
        Set<String> topics = tax.topicNames();
        Set<String> themes = Set.copyOf(tax.themes());
        unknown(d, "topics", d.subjects().topics(), topics, "主题分类", "；请写表中已有的名称（一级，或 一级/二级）", out);
        unknown(
                d,
                "themes",
                d.subjects().themes(),
                themes,
                "特色主题",
                "；请写表中已有的名称，或先在 taxonomies.yaml 的 themes 中添加",
                out);
    }

    /** Each name of {@code key} not in {@code known}, with the nearest known one as a hint. */
    private void unknown(
            Document d,
            String key,
            List<String> names,
            Set<String> known,
            String what,
            String advice,
            List<Finding> out) {
        for (String t : names) {
            if (!known.contains(t)) {
                out.add(
                        error(
                                d.at(key),
                                what
                                        + "“"
                                        + t
                                        + "”不在 taxonomies.yaml 中"
                                        + NearestName.hint(t, known).replace("。", advice)));
            }
        }
    }
}
