package org.gongkai.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.CheckResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.content.Finding;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;

/**
 * Every content example in the README's editor guide passes {@code check}: a ```markdown block
 * introduced by its path ({@code `content/policies/2024/x.md`}) is written at that path into a site
 * with the sample's site.yaml and taxonomies.yaml, beside the sample documents it refers to, and
 * must give no finding at all.
 */
class ReadmeExamplesTest {

    private static final Pattern EXAMPLE =
            Pattern.compile(
                    "`content/([^`\\s]+\\.md)`[^\\n]*\\n\\s*\\n```markdown\\n(.*?)\\n```",
                    Pattern.DOTALL);
    private static final Pattern REFERENCE =
            Pattern.compile(
                    "^(?:repeals|amends|interprets):\\s*\\[?([^\\]#\\n]+)", Pattern.MULTILINE);

    private static final Pattern PUBLISHED =
            Pattern.compile("^published:\\s*(\\d{4}-\\d{2}-\\d{2})", Pattern.MULTILINE);

    static Map<String, String> examples() throws IOException {
        String readme = Files.readString(Repo.root().resolve("README.md"), StandardCharsets.UTF_8);
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = EXAMPLE.matcher(readme);
        while (m.find()) {
            out.put(m.group(1), m.group(2) + "\n");
        }
        return out;
    }

    @Test
    void everyContentExampleInTheReadmePassesCheck() throws IOException {
        Map<String, String> examples = examples();
        assertFalse(examples.isEmpty(), "no example with a path found in README.md");
        Path content = Files.createTempDirectory("gongkai-readme").resolve("content");
        Files.createDirectories(content);
        for (String f : List.of("site.yaml", "taxonomies.yaml")) {
            Files.copy(Repo.content().resolve(f), content.resolve(f));
        }
        List<String> ids = new ArrayList<>();
        examples.forEach(
                (path, text) -> {
                    ids.add(path.substring(path.lastIndexOf('/') + 1, path.length() - 3));
                    write(content.resolve(path), text);
                });
        for (String text : examples.values()) {
            Matcher r = REFERENCE.matcher(text);
            while (r.find()) {
                for (String id : r.group(1).split(",")) {
                    if (!ids.contains(id.strip())) {
                        copySample(content, id.strip());
                    }
                }
            }
        }
        // as of the examples' own date: a column of two documents is stale years later, which is no
        // fault of theirs
        LocalDate asOf =
                examples.values().stream()
                        .flatMap(t -> PUBLISHED.matcher(t).results())
                        .map(p -> LocalDate.parse(p.group(1)))
                        .max(Comparator.naturalOrder())
                        .orElseThrow();
        CheckResult r =
                SiteBuilder.check(BuildConfig.of(content, content.resolveSibling("site"), asOf));
        List<String> mine =
                r.findings().stream()
                        .filter(f -> examples.containsKey(f.where().file()))
                        .map(Finding::format)
                        .toList();
        assertEquals(List.of(), mine);
    }

    private static void copySample(Path content, String id) {
        try (Stream<Path> files = Files.walk(Repo.content())) {
            Path found =
                    files.filter(p -> p.getFileName().toString().equals(id + ".md"))
                            .findFirst()
                            .orElseThrow();
            Path to = content.resolve(Repo.content().relativize(found).toString());
            Files.createDirectories(to.getParent());
            Files.copy(found, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
