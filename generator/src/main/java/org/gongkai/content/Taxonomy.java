package org.gongkai.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * taxonomies.yaml: the 主题分类 tree and the flat 特色主题 list.
 *
 * @param topics each top-level name, in file order, with its 二级 names (none for a name written
 *     alone)
 */
public record Taxonomy(Map<String, List<String>> topics, List<String> themes) {

    public static final String FILE = "taxonomies.yaml";

    public Taxonomy {
        Map<String, List<String>> tree = new LinkedHashMap<>();
        topics.forEach((name, children) -> tree.put(name, List.copyOf(children)));
        topics = Collections.unmodifiableMap(tree);
        themes = List.copyOf(themes);
    }

    /** Every name a document may use: top-level names and 一级/二级 paths. */
    public Set<String> topicNames() {
        Set<String> names = new LinkedHashSet<>();
        topics.forEach(
                (name, children) -> {
                    names.add(name);
                    children.forEach(c -> names.add(name + "/" + c));
                });
        return names;
    }

    /** The top-level names, in file order: the search page's topic filter. */
    public List<String> topLevelNames() {
        return List.copyOf(topics.keySet());
    }

    /** Top-level name of a topic path (综合政务/政务公开 → 综合政务). */
    public static String topLevel(String topic) {
        int slash = topic.indexOf('/');
        return slash < 0 ? topic : topic.substring(0, slash);
    }
}
