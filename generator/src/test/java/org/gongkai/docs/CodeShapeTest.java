package org.gongkai.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongkai.testing.JavaSources;
import org.gongkai.testing.JavaSources.Source;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;

/**
 * What issue #20 folded stays folded, and the README's developer section keeps naming what the code
 * holds: a second clock or digest, a class grown past 400 lines without saying why, or a README
 * class that was renamed away fails here rather than in a reader's hands.
 */
class CodeShapeTest {

    /**
     * A type name in the README's inline code: two or more capitalised humps ({@code PagePlanner},
     * {@code render.PageSink}), so plain words and constants are not taken for one.
     */
    private static final Pattern TYPE_NAME =
            Pattern.compile("(?<![\\w.:+-])(?:[a-z]+\\.)*([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)\\b");

    private static final Pattern DECLARED =
            Pattern.compile("\\b(?:class|record|interface|enum)\\s+([A-Z]\\w*)");

    private static final Pattern IMPORTED =
            Pattern.compile("(?m)^import\\s+[\\w.]+\\.([A-Z]\\w*);");

    @Test
    void everyTypeTheDeveloperSectionNamesIsOneTheCodeDeclaresOrUses() throws IOException {
        String readme = Files.readString(Repo.root().resolve("README.md"), StandardCharsets.UTF_8);
        // from the package table to the build's warnings; the benchmarks after them are a history,
        // which may name what has since gone
        int start = readme.indexOf("\n## For developers");
        int end = readme.indexOf("\n### Benchmarks", start + 1);
        assertTrue(start >= 0 && end > start, "README.md has a developer section");
        String section = readme.substring(start, end).replaceAll("(?s)```.*?```", "");
        Set<String> named = new TreeSet<>();
        Matcher code = Pattern.compile("`([^`\\n]+)`").matcher(section);
        while (code.find()) {
            Matcher m = TYPE_NAME.matcher(code.group(1));
            while (m.find()) {
                named.add(m.group(1));
            }
        }
        assertTrue(named.contains("PagePlanner") && named.contains("LinkTarget"), "names found");
        // the project's own types, what its sources import (Lucene's LongHeap, Maven's exceptions),
        // java.lang, and the Error Prone checks the build names
        Set<String> known = new TreeSet<>();
        String pom = Files.readString(Repo.root().resolve("pom.xml"), StandardCharsets.UTF_8);
        for (Source f : JavaSources.under(Path.of("src"))) {
            known.addAll(all(DECLARED, f.text()));
            known.addAll(all(IMPORTED, f.text()));
        }
        TreeSet<String> unknown = new TreeSet<>();
        for (String n : named) {
            if (!known.contains(n) && !inJavaLang(n) && !pom.contains("-Xep:" + n + ":")) {
                unknown.add(n);
            }
        }
        assertEquals(Set.of(), unknown, "README's developer section names types the code lacks");
    }

    @Test
    void noMainClassPassesFourHundredLinesWithoutSayingWhyItStaysWhole() {
        TreeMap<String, Long> long400 = new TreeMap<>();
        for (Source f : JavaSources.under(JavaSources.MAIN)) {
            String text = f.text();
            long lines = text.lines().count();
            Matcher type = DECLARED.matcher(text);
            String head = type.find() ? text.substring(0, type.start()) : text;
            if (lines > 400 && !head.matches("(?s).*stays? whole.*")) {
                long400.put(f.relative(), lines);
            }
        }
        assertEquals(
                new TreeMap<String, Long>(),
                long400,
                "over 400 lines: split the class, or say at its top why it must stay whole");
    }

    @Test
    void todayInBeijingIsWorkedOutInOnePlace() {
        assertEquals(List.of("org/gongkai/build/BuildConfig.java"), holding("LocalDate.now("));
        assertEquals(List.of("org/gongkai/build/BuildConfig.java"), holding("\"Asia/Shanghai\""));
    }

    @Test
    void fingerprintsComeFromDigestAndFnvOnlyFromTheShardPlanSearchJsMirrors() {
        assertEquals(
                List.of("org/gongkai/content/Digest.java"), holding("MessageDigest.getInstance("));
        // FNV-1a's offset basis: the shard hash, which search.js computes too
        assertEquals(List.of("org/gongkai/search/ShardPlan.java"), holding("0x811c9dc5"));
    }

    /** The main source files, relative to src/main/java, whose text holds {@code s}. */
    private static List<String> holding(String s) {
        return JavaSources.under(JavaSources.MAIN).stream()
                .filter(f -> f.text().contains(s))
                .map(Source::relative)
                .sorted()
                .toList();
    }

    private static Set<String> all(Pattern p, String text) {
        return p.matcher(text).results().map(r -> r.group(1)).collect(Collectors.toSet());
    }

    private static boolean inJavaLang(String name) {
        try {
            Class.forName("java.lang." + name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
