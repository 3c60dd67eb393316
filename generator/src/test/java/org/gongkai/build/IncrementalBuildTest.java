package org.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.gongkai.publish.BuildRecord;
import org.gongkai.search.SearchIndexer;
import org.gongkai.testing.Repo;
import org.gongkai.testing.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --incremental}, as CI runs it with site/ and .gongkai-cache/ kept from the last run:
 * after every kind of edit the site must be byte for byte what a full build writes, .gz files,
 * search index and all, while the pages the edit does not touch are taken from the previous site.
 */
class IncrementalBuildTest {

    @TempDir Path dir;
    private Path content;
    private Path site;
    private int builds;

    @BeforeEach
    void firstBuild() throws IOException {
        // 500 documents: frequent terms have score tiers past their shard entry, kept or made like
        // shards
        content = Repo.corpus(500);
        site = dir.resolve("site");
        BuildResult first = incremental();
        assertEquals(0, first.pagesReused(), "nothing to take on the first build");
        assertTrue(Files.isRegularFile(BuildRecord.file(site)));
        assertTrue(Files.isDirectory(site.resolve("search/data/t")), "frequent terms have tiers");
        assertTrue(
                Files.isDirectory(BuildRecord.blocks(site)),
                "the Lucene index's blocks are kept for the next build");
    }

    @Test
    void everyKindOfEditEqualsAFullBuild() throws IOException {
        Object manifest = fileKey("search/manifest.json");
        BuildResult same = incremental();
        assertEquals(same.pages(), same.pagesReused(), "no edit: every page is taken");
        assertEquals(
                manifest, fileKey("search/manifest.json"), "no edit: the search index is taken");
        sameAsFullBuild("no edit");

        Random random = new Random(20261128);
        Path notice = pick(random, "notices");
        edit(notice, text -> text.replaceFirst("(?m)^title: (.*)$", "title: $1（修订）"));
        Map<String, Object> searchFiles = searchFileKeys();
        BuildResult retitled = incremental();
        assertTrue(
                retitled.pagesReused() > retitled.pages() / 2,
                "a title touches its page and some lists: "
                        + retitled.pagesReused()
                        + " of "
                        + retitled.pages());
        assertTrue(retitled.pagesReused() < retitled.pages(), "the edited page is rendered again");
        assertTrue(
                !manifest.equals(fileKey("search/manifest.json")),
                "a new title is searched for: a new index");
        // only the shards of the old and new title's terms, and the metadata of the document, are
        // made again
        int kept = kept(searchFiles);
        assertTrue(
                kept >= searchFiles.size() * 3 / 4 && kept < searchFiles.size(),
                "search files kept: " + kept + " of " + searchFiles.size());
        sameAsFullBuild("a new title");

        // a new document, the newest: it takes the next doc id, and every other document's metadata
        // stays
        Path newest = all("notices").get(all("notices").size() - 1);
        // dated today, and first by id among documents of its date: the last in index order
        Path added = newest.resolveSibling("2026-00000.md");
        Files.writeString(
                added,
                Files.readString(newest)
                        .replaceFirst("(?m)^title: (.*)$", "title: 新增的通知")
                        .replaceFirst("(?m)^published: .*$", "published: " + Repo.AS_OF)
                        .replaceFirst("(?m)^index_no: .*\\n", ""));
        Map<String, Object> metadata = new java.util.TreeMap<>(searchFileKeys());
        metadata.keySet().removeIf(p -> !p.contains("/m/"));
        incremental();
        int metadataKept = kept(metadata);
        assertTrue(
                metadataKept >= metadata.size() - 2,
                "metadata files kept: " + metadataKept + " of " + metadata.size());
        sameAsFullBuild("a new document");

        // the newest policy amends the oldest one: the old one's validity label changes on every
        // list
        List<Path> policies = all("policies");
        String oldestId = policies.get(0).getFileName().toString().replace(".md", "");
        edit(
                policies.get(policies.size() - 1),
                text ->
                        text.replaceFirst(
                                "(?m)^disclosure: ", "amends: [" + oldestId + "]\ndisclosure: "));
        incremental();
        sameAsFullBuild("an amendment");

        Path gone = pick(random, "publicity");
        Files.delete(gone);
        incremental();
        sameAsFullBuild("a deleted file");

        // what every page shows: nothing can be taken
        edit(
                content.resolve("site.yaml"),
                text -> text.replaceFirst("(?m)^name: (.*)$", "name: $1镇"));
        BuildResult renamed = incremental();
        assertEquals(0, renamed.pagesReused(), "a new site name is on every page");
        sameAsFullBuild("a new site name");
    }

    @Test
    void aPageChangedInSiteAfterTheBuildIsRenderedAgain() throws IOException {
        Path home = site.resolve("index.html");
        Files.writeString(
                home,
                Files.readString(home).replace("</body>", "<script src=x.js></script></body>"));
        Files.setLastModifiedTime(
                home, FileTime.fromMillis(Files.getLastModifiedTime(home).toMillis() + 5000));
        BuildResult again = incremental();
        assertEquals(again.pages() - 1, again.pagesReused());
        sameAsFullBuild("a page edited in site/");
    }

    @Test
    void aBuildWithoutTheRecordLeavesNoneBehind() throws IOException {
        assertTrue(SiteBuilder.build(BuildConfig.of(content, site, Repo.AS_OF)).written());
        assertFalse(Files.exists(BuildRecord.file(site)), "the record no longer matches site/");
        assertFalse(Files.exists(BuildRecord.blocks(site)), "nor are the index blocks kept");
        assertEquals(0, incremental().pagesReused());
    }

    @Test
    void aDamagedRecordMeansAFullBuild() throws IOException {
        Path record = BuildRecord.file(site);
        byte[] bytes = Files.readAllBytes(record);
        Files.write(record, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(0, incremental().pagesReused());
        sameAsFullBuild("a damaged record");
    }

    /** The static index's shards and metadata files by path, with their identity. */
    private Map<String, Object> searchFileKeys() throws IOException {
        Map<String, Object> keys = new java.util.TreeMap<>();
        for (String path :
                Trees.files(site.resolve("search/data"), rel -> rel.endsWith(".json")).keySet()) {
            keys.put("search/data/" + path, fileKey("search/data/" + path));
        }
        return keys;
    }

    /**
     * How many of {@code before} are still the same files: taken from the previous site, not
     * written again.
     */
    private int kept(Map<String, Object> before) throws IOException {
        int kept = 0;
        for (Map.Entry<String, Object> e : before.entrySet()) {
            kept += e.getValue().equals(keyOrNull(e.getKey())) ? 1 : 0;
        }
        return kept;
    }

    private Object keyOrNull(String path) {
        try {
            return Files.exists(site.resolve(path)) ? fileKey(path) : null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The file's identity (device and inode): a file taken from the last build is the same file.
     */
    private Object fileKey(String path) throws IOException {
        Object key =
                Files.readAttributes(
                                site.resolve(path),
                                java.nio.file.attribute.BasicFileAttributes.class)
                        .fileKey();
        return key != null
                ? key
                : Files.readString(site.resolve(path))
                        + Files.getLastModifiedTime(site.resolve(path));
    }

    private BuildResult incremental() {
        try {
            BuildResult r =
                    SiteBuilder.build(
                            BuildConfig.of(content, site, Repo.AS_OF).withIncremental(true));
            assertTrue(r.written(), r.findings().toString());
            return r;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void sameAsFullBuild(String after) throws IOException {
        Path full = dir.resolve("full-" + ++builds).resolve("site");
        assertTrue(SiteBuilder.build(BuildConfig.of(content, full, Repo.AS_OF)).written());
        Map<String, byte[]> expected = Trees.files(full, rel -> true);
        Map<String, byte[]> actual = Trees.files(site, rel -> true);
        assertEquals(expected.keySet(), actual.keySet(), after);
        expected.forEach(
                (path, bytes) -> {
                    if (path.startsWith(SearchIndexer.LUCENE_FOLDER)) {
                        // Lucene gives every segment a random id: two full builds differ there too,
                        // in those bytes only
                        assertEquals(
                                bytes.length, actual.get(path).length, path + " after " + after);
                    } else {
                        assertArrayEquals(
                                bytes,
                                actual.get(path),
                                path + " differs from a full build after " + after);
                    }
                });
    }

    private void edit(Path file, UnaryOperator<String> change) throws IOException {
        String before = Files.readString(file);
        String after = change.apply(before);
        assertTrue(!after.equals(before), "the edit changes " + file);
        Files.writeString(file, after);
    }

    private Path pick(Random random, String folder) {
        return Trees.pickMarkdown(random, content.resolve(folder));
    }

    private List<Path> all(String folder) {
        return Trees.markdown(content.resolve(folder));
    }
}
