package org.gongkai.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** taxonomies.yaml: the 主题分类 tree (a top-level name, or 一级/二级) and the flat 特色主题 list. */
public record Taxonomy(List<Topic> topics, List<String> themes) {

    public Taxonomy {
        topics = List.copyOf(topics);
        themes = List.copyOf(themes);
    }

    public record Topic(String name, List<String> children) {
        public Topic {
            children = List.copyOf(children);
        }
    }

    public static final String FILE = "taxonomies.yaml";

    /** Every name a document may use: top-level names and 一级/二级 paths. */
    public Set<String> topicNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Topic t : topics) {
            names.add(t.name());
            for (String c : t.children()) {
                names.add(t.name() + "/" + c);
            }
        }
        return names;
    }

    public boolean hasTopic(String name) {
        return topicNames().contains(name);
    }

    public boolean hasTheme(String name) {
        return themes.contains(name);
    }

    /** Top-level name of a topic path (综合政务/政务公开 → 综合政务). */
    public static String topLevel(String topic) {
        int slash = topic.indexOf('/');
        return slash < 0 ? topic : topic.substring(0, slash);
    }

    public List<String> allNames() {
        List<String> all = new ArrayList<>(topicNames());
        all.addAll(themes);
        return all;
    }
}
