package org.gongkai.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.SiteBuilder;
import org.gongkai.publish.CacheHeaders;
import org.gongkai.testing.Repo;
import org.gongkai.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve keeps what it read, checked and planned between saves; after every kind of edit an editor
 * makes (a title, a date, a topic, an amendment that changes another policy's validity, a new file,
 * a deleted one, a file moved to another folder, the site's name and address) the preview must hold
 * exactly what a full build writes.
 */
class PreviewEditsTest {

    private static final Pattern INDEX_NO = Pattern.compile("(?m)^index_no: (.*)/(\\d{4})-\\d{5}$");

    private Path content;
    private Preview preview;
    private Path scratch;
    private int builds;

    @Test
    void everyKindOfEditEqualsAFullBuild(@TempDir Path dir) throws IOException {
        scratch = dir;
        content = Repo.corpus(300);
        preview = new Preview(BuildConfig.of(content, dir.resolve("preview"), Repo.AS_OF));
        assertTrue(preview.rebuildAll().ok(), preview.last().errors().toString());
        Random random = new Random(20261128);

        preview.reindex();
        Path notice = pick(random, "notices");
        edit(notice, text -> text.replaceFirst("(?m)^title: (.*)$", "title: $1（修订）"));
        // the search index follows: only the shards of the title's terms and the document's
        // metadata are made again
        assertTrue(
                searchFilesRewritten > 0 && searchFilesRewritten < searchFiles / 4,
                searchFilesRewritten + " of " + searchFiles + " search files rewritten");

        Path policy = pick(random, "policies");
        edit(
                policy,
                text ->
                        text.replaceFirst(
                                        "(?m)^published: (\\d{4})-\\d\\d-\\d\\d$",
                                        "published: $1-12-31")
                                .replaceFirst(
                                        "(?m)^written: (\\d{4})-\\d\\d-\\d\\d$",
                                        "written: $1-12-30"));

        Path other = pick(random, "policies");
        String topics = line(Files.readString(pick(random, "notices")), "topics");
        edit(other, text -> text.replaceFirst("(?m)^topics: .*$", "topics: " + topics));

        // the newest policy amends the oldest one: the old one's validity label changes on every
        // list
        List<Path> policies = all("policies");
        Path oldest = policies.get(0);
        String oldestId = oldest.getFileName().toString().replace(".md", "");
        edit(
                policies.get(policies.size() - 1),
                text ->
                        text.replaceFirst("(?m)^---$\\n", "---\n")
                                .replaceFirst(
                                        "(?m)^disclosure: ",
                                        "amends: [" + oldestId + "]\ndisclosure: "));

        // a new notice, copied from another with a fresh id and 索引号
        Path source = pick(random, "notices");
        Path added = source.resolveSibling("added-notice.md");
        String copy = Files.readString(source);
        Matcher m = INDEX_NO.matcher(copy);
        assertTrue(m.find(), source.toString());
        Files.writeString(
                added,
                m.replaceFirst("index_no: $1/$2-99999")
                        .replaceFirst("(?m)^title: (.*)$", "title: $1（新增）"));
        rebuilt(Set.of(added));

        Path gone = pick(random, "publicity");
        Files.delete(gone);
        rebuilt(Set.of(gone));

        // a file moved to another folder keeps its id and address
        Path moved = pick(random, "notices");
        Path target = content.resolve("notices/archive").resolve(moved.getFileName());
        Files.createDirectories(target.getParent());
        Files.move(moved, target);
        rebuilt(Set.of(moved, target.getParent()));

        // the site's name and address: on every page's head, in the 目录's rows and its downloads'
        // links, all kept from before an edit
        edit(
                content.resolve("site.yaml"),
                text ->
                        text.replaceFirst("(?m)^name: (.*)$", "name: $1二")
                                .replaceFirst(
                                        "(?m)^base_url: .*$",
                                        "base_url: https://www.anle.gov.cn/"));
    }

    private void edit(Path file, UnaryOperator<String> change) throws IOException {
        String before = Files.readString(file);
        String after = change.apply(before);
        assertTrue(!after.equals(before), "the edit changes " + file);
        Files.writeString(file, after);
        rebuilt(Set.of(file));
    }

    private void rebuilt(Set<Path> changed) throws IOException {
        Preview.Outcome o = preview.rebuild(changed);
        assertTrue(o.ok(), changed + ": " + o.errors());
        Path full = scratch.resolve("full-" + ++builds);
        assertTrue(SiteBuilder.build(BuildConfig.of(content, full, Repo.AS_OF)).written());
        Predicate<String> pages =
                rel ->
                        !rel.endsWith(".gz")
                                && !rel.equals(CacheHeaders.FILE)
                                && (!rel.startsWith("search/") || rel.equals("search/index.html"));
        Map<String, byte[]> expected = Trees.files(full, pages);
        Map<String, byte[]> actual = Trees.files(preview.root(), pages);
        assertEquals(expected.keySet(), actual.keySet(), changed.toString());
        expected.forEach(
                (path, bytes) ->
                        assertArrayEquals(
                                bytes,
                                actual.get(path),
                                path + " differs from a full build after " + changed));

        // then the search index, written over the last one: the static index as a full build writes
        // it
        Predicate<String> staticIndex =
                rel ->
                        !rel.endsWith(".gz")
                                && (rel.startsWith("search/data/")
                                        || rel.equals("search/manifest.json"));
        Map<String, Long> before = modified(staticIndex);
        preview.reindex();
        Map<String, byte[]> expectedIndex = Trees.files(full, staticIndex);
        Map<String, byte[]> actualIndex = Trees.files(preview.root(), staticIndex);
        assertEquals(expectedIndex.keySet(), actualIndex.keySet(), changed.toString());
        expectedIndex.forEach(
                (path, bytes) ->
                        assertArrayEquals(
                                bytes,
                                actualIndex.get(path),
                                path + " differs from a full build after " + changed));
        Map<String, Long> after = modified(staticIndex);
        searchFiles = after.size();
        searchFilesRewritten =
                (int)
                        after.entrySet().stream()
                                .filter(e -> !e.getValue().equals(before.get(e.getKey())))
                                .count();
    }

    private int searchFiles;
    private int searchFilesRewritten;

    /**
     * The preview's files that {@code include} takes, with the time each was last written (to the
     * nanosecond).
     */
    private Map<String, Long> modified(Predicate<String> include) throws IOException {
        Map<String, Long> out = new HashMap<>();
        for (String rel : Trees.files(preview.root(), include).keySet()) {
            out.put(
                    rel,
                    Files.getLastModifiedTime(preview.root().resolve(rel))
                            .to(TimeUnit.NANOSECONDS));
        }
        return out;
    }

    private Path pick(Random random, String folder) {
        return Trees.pickMarkdown(random, content.resolve(folder));
    }

    private List<Path> all(String folder) {
        return Trees.markdown(content.resolve(folder));
    }

    private static String line(String text, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ": (.*)$").matcher(text);
        assertTrue(m.find(), key);
        return m.group(1);
    }
}
