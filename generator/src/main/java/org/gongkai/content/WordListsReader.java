package org.gongkai.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a column's word lists beside site.yaml: taxonomies.yaml (the topic tree and the themes,
 * each name a folder of the site) and synonyms.txt (the groups search treats as one word). Apart
 * from {@link SettingsReader}, which reads the office's settings, because these two feed the
 * category pages and the search analysis rather than the site's identity.
 */
final class WordListsReader {

    private WordListsReader() {}

    /** taxonomies.yaml: the topic tree (or a flat list) and the themes. */
    static Taxonomy taxonomy(ContentPath paths, List<Finding> findings) throws IOException {
        Optional<FrontMatter> fm = SettingsReader.yamlFile(paths, Taxonomy.FILE, findings);
        if (fm.isEmpty()) {
            return new Taxonomy(Map.of(), List.of());
        }
        FrontMatter f = fm.get();
        f.warnUnknownKeys(Set.of("topics", "themes"), "taxonomies.yaml ");
        Map<String, List<String>> topics = new LinkedHashMap<>();
        Object raw = f.raw("topics");
        if (raw instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> topics.put(String.valueOf(k), names(v)));
                } else if (item != null) {
                    topics.put(String.valueOf(item), List.of());
                }
            }
        } else if (raw instanceof Map<?, ?> m) {
            m.forEach((k, v) -> topics.put(String.valueOf(k), names(v)));
        } else if (raw != null) {
            f.error("front-matter-type", f.at("topics"), "topics 应是主题名称的列表，或“一级: [二级, …]”的键值表");
        }
        List<String> themes = f.strings("themes");
        taxonomyNames(f, topics, themes);
        return new Taxonomy(topics, themes);
    }

    /**
     * Every topic and theme name is a folder in site/ (topics/综合政务/政务公开/): each must be usable as
     * one.
     */
    private static void taxonomyNames(
            FrontMatter f, Map<String, List<String>> topics, List<String> themes) {
        Map<String, SourceRef> where = new LinkedHashMap<>();
        collectNameRefs(f, f.raw("topics"), f.at("topics"), where);
        collectNameRefs(f, f.raw("themes"), f.at("themes"), where);
        List<String> names = new ArrayList<>();
        topics.forEach(
                (name, children) -> {
                    names.add(name);
                    names.addAll(children);
                });
        names.addAll(themes);
        for (String name : names) {
            OutputName.folderProblem(name)
                    .ifPresent(
                            problem ->
                                    f.error(
                                            "folder-name-invalid",
                                            where.getOrDefault(name, SourceRef.file(Taxonomy.FILE)),
                                            "分类名“"
                                                    + OutputName.shown(name)
                                                    + "”"
                                                    + problem
                                                    + "；它会成为网址中的文件夹名（topics/…、themes/…），请改成简短的名称，如 政务公开"));
        }
    }

    /** Where each name in a list or mapping of taxonomies.yaml stands. */
    private static void collectNameRefs(
            FrontMatter f, Object value, SourceRef fallback, Map<String, SourceRef> out) {
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String s) {
                    out.putIfAbsent(s, f.valueAt(item, "topics"));
                } else {
                    collectNameRefs(f, item, fallback, out);
                }
            }
        } else if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.putIfAbsent(
                        String.valueOf(e.getKey()),
                        f.keyOf(m, String.valueOf(e.getKey()), fallback));
                collectNameRefs(f, e.getValue(), fallback, out);
            }
        }
    }

    private static List<String> names(Object v) {
        if (v instanceof List<?> l) {
            return l.stream().filter(x -> x != null).map(String::valueOf).toList();
        }
        return v == null ? List.of() : List.of(String.valueOf(v));
    }

    /** synonyms.txt: groups of words search treats as one, a group a line. */
    static List<List<String>> synonyms(ContentPath paths, List<Finding> findings)
            throws IOException {
        Optional<Path> found = SettingsReader.configFile(paths, "synonyms.txt", findings);
        if (found.isEmpty() || !Files.isRegularFile(found.get())) {
            return List.of();
        }
        Path file = found.get();
        String text;
        try {
            text = TextFile.decode(Files.readAllBytes(file));
        } catch (TextFile.EncodingProblem e) {
            findings.add(Finding.error("encoding", SourceRef.file("synonyms.txt"), e.getMessage()));
            return List.of();
        }
        List<List<String>> groups = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            List<String> group =
                    Arrays.stream(l.split("[,，、\\s]+"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
            if (group.size() >= 2) {
                groups.add(group);
            }
        }
        return groups;
    }
}
