package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongkai.content.Finding;
import org.gongkai.content.LoaderRules;
import org.gongkai.testing.ContentTree;
import org.gongkai.testing.JavaSources;
import org.gongkai.testing.JavaSources.Source;
import org.junit.jupiter.api.Test;

/**
 * Every id a finding can carry is registered ({@link Rules#listed()}), so {@code check --rules} and
 * SARIF describe all of them: a new {@code Finding.error("some-id", …)} without a description fails
 * here.
 */
class FindingIdsRegisteredTest {

    /**
     * An id with a hyphen anywhere in a file that makes findings (constants, enum arguments,
     * calls).
     */
    private static final Pattern HYPHENATED =
            Pattern.compile("\"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\"");

    /** A one-word id, only as the first argument of a finding factory ({@code "encoding"}). */
    private static final Pattern FIRST_ARGUMENT =
            Pattern.compile("(?:error|warning)\\(\\s*\"([a-z][a-z0-9-]*)\"");

    private static Set<String> registered() {
        return Rules.listed().stream().map(Rule::id).collect(Collectors.toSet());
    }

    @Test
    void everyIdTheSourcesEmitIsRegistered() throws IOException {
        TreeMap<String, Path> emitted = new TreeMap<>();
        for (Source f : JavaSources.under(JavaSources.MAIN)) {
            if (!f.text().contains("Finding")) {
                continue;
            }
            for (Pattern p : List.of(HYPHENATED, FIRST_ARGUMENT)) {
                Matcher m = p.matcher(f.text());
                while (m.find()) {
                    // the tool's own names (its threads) are not finding ids
                    if (!m.group(1).startsWith("gongkai-")) {
                        emitted.putIfAbsent(m.group(1), f.file());
                    }
                }
            }
        }
        assertTrue(
                emitted.containsKey("yaml-syntax") && emitted.containsKey("encoding"),
                "the scan finds ids");
        Set<String> known = registered();
        TreeSet<String> unknown = new TreeSet<>(emitted.keySet());
        unknown.removeAll(known);
        assertTrue(
                unknown.isEmpty(),
                () ->
                        "finding ids with no description in Rules or LoaderRules: "
                                + unknown.stream()
                                        .map(id -> id + " (" + emitted.get(id) + ")")
                                        .toList());
    }

    @Test
    void theIdsABrokenSiteGetsAreRegistered() {
        ContentTree t =
                ContentTree.create()
                        .policy("good", "2024-01-02", "", "正文。")
                        .file(
                                "notices/2024/bad-date.md",
                                "---\ntitle: 通知\npublished: 2024-13-01\n---\n正文\n")
                        .file("notices/2024/bad-yaml.md", "---\ntitle: [通知\n---\n正文\n")
                        .file("notices/2024/no-front-matter.md", "正文\n")
                        .file("notices/2024/unclosed.md", "---\ntitle: 通知\n")
                        .file("notices/2024/empty.md", "")
                        .file(
                                "notices/2024/odd-key.md",
                                "---\ntitle: 通知\npublished: 2024-01-02\ntitel: x\nkind: 新闻\n---\n正文\n")
                        .file("stray.md", "---\ntitle: 不在栏目中\n---\n")
                        .bytes(
                                "notices/2024/gbk.md",
                                new byte[] {'-', '-', '-', '\n', (byte) 0xB1, (byte) 0xEA, '\n'});
        Set<String> ids =
                t.check().findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
        assertTrue(
                ids.containsAll(
                        Set.of(
                                "date-invalid",
                                "yaml-syntax",
                                "front-matter-missing",
                                "front-matter-unclosed",
                                "empty-file",
                                "unknown-key",
                                "notice-kind",
                                "unknown-folder",
                                "encoding")),
                ids.toString());
        TreeSet<String> unknown = new TreeSet<>(ids);
        unknown.removeAll(registered());
        assertEquals(Set.of(), unknown);
    }

    @Test
    void aDescriptionIsAskedOnlyOfARegisteredId() {
        assertTrue(LoaderRules.description("yaml-syntax").contains("YAML"));
        assertThrows(IllegalArgumentException.class, () -> LoaderRules.description("no-such-id"));
    }
}
