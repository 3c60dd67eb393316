package org.gongkai.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * content/synonyms.txt applied at index time: a document that mentions any name of a group is also
 * indexed under the group's other names, so 低保 finds 最低生活保障 and back, in Lucene and in the static
 * export alike, without the browser knowing the groups.
 *
 * <p>"Mentions" means the name's normalised form occurs in the normalised text. Every text is read
 * once, whatever the number of names: each position is tried only against the names that start with
 * its character.
 */
public final class Synonyms {

    private final List<List<String>> groups;

    /** Per group, per name: {@link Analysis#normalise}d and stripped. */
    private final List<List<String>> normalised;

    /** First character of a normalised name → {group, name} pairs. */
    private final Map<Character, List<int[]>> byFirst = new HashMap<>();

    public Synonyms(List<List<String>> groups) {
        this.groups = groups.stream().map(List::copyOf).toList();
        this.normalised =
                groups.stream()
                        .map(g -> g.stream().map(n -> Analysis.normalise(n).strip()).toList())
                        .toList();
        for (int g = 0; g < normalised.size(); g++) {
            for (int i = 0; i < normalised.get(g).size(); i++) {
                String name = normalised.get(g).get(i);
                if (!name.isEmpty()) {
                    byFirst.computeIfAbsent(name.charAt(0), c -> new ArrayList<>())
                            .add(new int[] {g, i});
                }
            }
        }
    }

    public List<List<String>> groups() {
        return groups;
    }

    public boolean isEmpty() {
        return byFirst.isEmpty();
    }

    /** The other names a text should also be found by, each once, in file order. */
    public List<String> expansions(String text) {
        return isEmpty() ? List.of() : expansionsOfNormalised(List.of(Analysis.normalised(text)));
    }

    /**
     * As {@link #expansions}, for texts already {@link Analysis#normalised}: a name is mentioned if
     * any holds it.
     */
    List<String> expansionsOfNormalised(List<char[]> texts) {
        if (isEmpty()) {
            return List.of();
        }
        boolean[][] present = new boolean[groups.size()][];
        for (char[] s : texts) {
            for (int p = 0; p < s.length; p++) {
                List<int[]> names = byFirst.get(s[p]);
                if (names == null) {
                    continue;
                }
                for (int[] n : names) {
                    String name = normalised.get(n[0]).get(n[1]);
                    if (startsWith(s, p, name)) {
                        if (present[n[0]] == null) {
                            present[n[0]] = new boolean[groups.get(n[0]).size()];
                        }
                        present[n[0]][n[1]] = true;
                    }
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            if (present[g] == null) {
                continue;
            }
            List<String> group = groups.get(g);
            Set<String> mentioned = new LinkedHashSet<>();
            for (int i = 0; i < group.size(); i++) {
                if (present[g][i]) {
                    mentioned.add(group.get(i));
                }
            }
            group.stream().filter(n -> !mentioned.contains(n)).forEach(out::add);
        }
        return List.copyOf(out);
    }

    private static boolean startsWith(char[] s, int at, String name) {
        if (at + name.length() > s.length) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (s[at + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
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
