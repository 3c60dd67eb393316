package org.gongkai.content;

import java.util.List;

/**
 * What a document is about, as lists, search and the metadata table show it: its 主题分类
 * (taxonomies.yaml topics, a name or 一级/二级), its 特色主题 (themes) and its 关键词 (keywords), each as the
 * front matter lists them.
 */
public record Subjects(List<String> topics, List<String> themes, List<String> keywords) {

    public Subjects {
        topics = List.copyOf(topics);
        themes = List.copyOf(themes);
        keywords = List.copyOf(keywords);
    }
}
