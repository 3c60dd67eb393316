package org.gongkai.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * content/synonyms.txt applied at index time: a document that mentions any name of a group is also
 * indexed under the group's other names, so 低保 finds 最低生活保障 and back, in Lucene and in the static
 * export alike, without the browser knowing the groups.
 */
public record Synonyms(List<List<String>> groups, List<List<String>> normalised) {

    public Synonyms(List<List<String>> groups) {
        this(groups.stream().map(List::copyOf).toList(),
                groups.stream().map(g -> g.stream().map(n -> Analysis.normalise(n).strip()).toList()).toList());
    }

    /** The other names a text should also be found by, each once, in file order. */
    public List<String> expansions(String text) {
        String normalised = Analysis.normalise(text);
        Set<String> out = new LinkedHashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            List<String> group = groups.get(g);
            List<String> present = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                String name = this.normalised.get(g).get(i);
                if (!name.isEmpty() && normalised.contains(name)) {
                    present.add(group.get(i));
                }
            }
            if (!present.isEmpty()) {
                group.stream().filter(n -> !present.contains(n)).forEach(out::add);
            }
        }
        return List.copyOf(out);
    }

    /** The group a query word belongs to, for the "did you mean" line of an empty result. */
    public List<String> groupOf(String word) {
        String w = Analysis.normalise(word).strip();
        for (List<String> group : groups) {
            for (String name : group) {
                if (Analysis.normalise(name).equals(w)) {
                    return group;
                }
            }
        }
        return List.of();
    }
}
