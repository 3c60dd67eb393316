package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.SiteBuilder;
import org.gongkai.publish.OutputTree;
import org.gongkai.publish.SearchFiles;
import org.gongkai.testing.Repo;
import org.gongkai.testing.SmallSite;
import org.gongkai.testing.Trees;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A platform's one index over two small columns, built as the platform does: each column's own
 * build, then {@link PlatformSearch} over their folders. Queries go through the site's own
 * search.js (in Node).
 */
class PlatformSearchTest {

    @TempDir static Path root;

    static JsonNode manifest;

    @BeforeAll
    static void twoColumnsAndTheirIndex() throws IOException {
        column("east", null);
        // the west column also has a notice of its own, in no other column
        column(
                "west",
                """
                ---
                title: 西乡关于秸秆禁烧的通告
                published: 2026-09-01
                issuer: 安乐镇人民政府
                disclosure: 主动公开
                index_no: 11371723004235384N/2026-00020
                topics: [综合政务/应急管理]
                summary: 严禁焚烧秸秆。
                ---

                严禁焚烧秸秆，违者依法处理。
                """);
        PlatformSearch.write(
                root,
                List.of(
                        new PlatformSearch.Column("east", "东乡人民政府", "乡镇/街道"),
                        new PlatformSearch.Column("west", "西乡人民政府", "乡镇/街道")),
                SearchFiles.fresh(new OutputTree(root)));
        // the platform's pages bring the theme's assets (search.js among them): here, a column's
        Trees.copy(root.resolve("east/assets"), root.resolve("assets"));
        manifest = new ObjectMapper().readTree(root.resolve("search/manifest.json").toFile());
    }

    private static void column(String id, String extra) throws IOException {
        SmallSite s = SmallSite.create();
        if (extra != null) {
            s.write("notices/2026/jhjs.md", extra);
        }
        assertTrue(
                SiteBuilder.build(BuildConfig.of(s.content(), root.resolve(id), Repo.AS_OF))
                        .written());
    }

    @Test
    void theManifestGivesEachColumnItsRangeOfDocIdsAndItsOwnIndex() throws IOException {
        JsonNode columns = manifest.get("columns");
        assertEquals(2, columns.size());
        int start = 0;
        for (JsonNode c : columns) {
            String id = c.get("id").asText();
            JsonNode own =
                    new ObjectMapper()
                            .readTree(root.resolve(id).resolve("search/manifest.json").toFile());
            assertEquals(start, c.get("start").asInt(), id);
            assertEquals(own.get("docs").asInt(), c.get("n").asInt(), id);
            assertEquals(own.get("v").asText(), c.get("v").asText(), id);
            assertTrue(
                    Files.isRegularFile(root.resolve("search").resolve(c.get("manifest").asText())),
                    id);
            assertTrue(
                    Files.isRegularFile(
                            root.resolve("search").resolve(c.get("m").asText()).resolve("0.json")),
                    id);
            start += c.get("n").asInt();
        }
        assertEquals(start, manifest.get("docs").asInt());
        assertEquals(3, columns.get(0).get("n").asInt());
        assertEquals(4, columns.get(1).get("n").asInt());
        // no metadata of its own: a result's is its column's
        assertTrue(Files.notExists(root.resolve("search/data/m")));
    }

    @Test
    void withoutTheColumnFilterAQueryFindsEveryColumnsDocuments() throws IOException {
        List<JsonNode> a = StaticSearch.run(root, List.of("供暖", "秸秆禁烧"), 10);
        assertEquals(
                List.of("east:tzgg-2025-03", "west:tzgg-2025-03"), sorted(a.get(0).get("ids")));
        assertEquals(List.of("west:jhjs"), sorted(a.get(1).get("ids")));
    }

    @Test
    void theColumnFilterFindsOnlyThatColumnsDocuments() throws IOException {
        List<JsonNode> a =
                StaticSearch.run(
                        root, List.of("供暖\teast", "供暖\twest", "秸秆禁烧\teast", "秸秆禁烧\twest"), 10);
        assertEquals(List.of("east:tzgg-2025-03"), sorted(a.get(0).get("ids")));
        assertEquals(List.of("west:tzgg-2025-03"), sorted(a.get(1).get("ids")));
        assertEquals(
                List.of(),
                sorted(a.get(2).get("ids")),
                "the west column's notice is not the east column's");
        assertEquals(List.of("west:jhjs"), sorted(a.get(3).get("ids")));
    }

    @Test
    void columnRangesThatDoNotCoverTheIndexAreRefused() throws IOException {
        try (FSDirectory d =
                        FSDirectory.open(
                                root.resolve("east").resolve(SearchIndexer.LUCENE_FOLDER));
                DirectoryReader east = DirectoryReader.open(d);
                MultiReader all = new MultiReader(new IndexReader[] {east}, false)) {
            List<StaticIndex.Column> tooFew =
                    List.of(new StaticIndex.Column("east", "东乡", "乡镇/街道", 0, 2, "x"));
            assertThrows(
                    IllegalArgumentException.class,
                    () ->
                            StaticIndex.writePlatform(
                                    all,
                                    tooFew,
                                    SearchFiles.fresh(new OutputTree(root.resolve("x")))));
            List<StaticIndex.Column> gap =
                    List.of(new StaticIndex.Column("east", "东乡", "乡镇/街道", 1, 3, "x"));
            assertThrows(
                    IllegalArgumentException.class,
                    () ->
                            StaticIndex.writePlatform(
                                    all,
                                    gap,
                                    SearchFiles.fresh(new OutputTree(root.resolve("x")))));
        }
    }

    @Test
    void thePlatformsIndexIsBoundedAndEachColumnsOwnStaysExact() throws IOException {
        assertTrue(manifest.get("bounded").asBoolean());
        assertEquals(EntryEncoding.Mode.PLATFORM_KEEP, manifest.get("cap").asInt());
        for (String id : List.of("east", "west")) {
            JsonNode own =
                    new ObjectMapper()
                            .readTree(root.resolve(id).resolve("search/manifest.json").toFile());
            assertFalse(own.has("bounded"), id);
            assertEquals(EntryEncoding.CAP, own.get("cap").asInt(), id);
        }
    }

    @Test
    void aBoundedExportKeepsEachFrequentTermsBestPostingsAndNoMembership(@TempDir Path out)
            throws IOException {
        PlatformSearch.write(
                root,
                List.of(
                        new PlatformSearch.Column("east", "东乡人民政府", "乡镇/街道"),
                        new PlatformSearch.Column("west", "西乡人民政府", "乡镇/街道")),
                EntryEncoding.Mode.bounded(2),
                SearchFiles.fresh(new OutputTree(out)));
        JsonNode m = new ObjectMapper().readTree(out.resolve("search/manifest.json").toFile());
        assertEquals(2, m.get("cap").asInt());
        assertTrue(m.get("bounded").asBoolean());
        assertEquals("x/", m.get("side").asText());
        int cut = 0;
        JsonNode phrase = null;
        for (int i = 0; i < m.get("shards").asInt(); i++) {
            JsonNode shard =
                    new ObjectMapper().readTree(out.resolve("search/data/" + i + ".json").toFile());
            JsonNode side =
                    new ObjectMapper()
                            .readTree(out.resolve("search/data/x/" + i + ".json").toFile());
            for (var t = shard.fields(); t.hasNext(); ) {
                var e = t.next();
                if (e.getKey().startsWith("#")) {
                    continue; // a filter value: every document holding it, as in a column's index
                }
                if (e.getKey().equals("~秸秆禁")) {
                    phrase = e.getValue();
                }
                if (e.getKey().startsWith("~")) {
                    continue; // a title phrase: checked below
                }
                JsonNode entry = e.getValue();
                int n = entry.get("n").asInt();
                assertEquals(Math.min(n, 2), entry.get("d").size(), e.getKey());
                assertEquals(n > 2, entry.has("f"), e.getKey());
                assertFalse(entry.has("m") || entry.has("td"), e.getKey());
                // the rest of a cut term's entry is in the sidecar of the same shard number
                assertEquals(n > 2, side.has(e.getKey()), e.getKey());
                if (n > 2) {
                    assertTrue(side.get(e.getKey()).has("m"), e.getKey());
                }
                cut += n > 2 ? 1 : 0;
            }
        }
        assertTrue(cut > 10, "terms held by more than two documents: " + cut);
        // the west column's notice alone has 秸秆禁 in its title: the phrase lists it, complete
        assertTrue(phrase != null, "no entry for the title phrase 秸秆禁");
        assertEquals(1, phrase.get("n").asInt());
        int doc = phrase.get("d").get(0).asInt() - m.get("columns").get(1).get("start").asInt();
        JsonNode chunk =
                new ObjectMapper()
                        .readTree(
                                root.resolve(
                                                "west/search/data/m/"
                                                        + doc / ResultMetadata.CHUNK
                                                        + ".json")
                                        .toFile());
        assertEquals("jhjs", chunk.get(doc % ResultMetadata.CHUNK).get("id").asText());
    }

    private static List<String> sorted(JsonNode ids) {
        List<String> out = new ArrayList<>();
        ids.forEach(n -> out.add(n.asText()));
        out.sort(null);
        return out;
    }
}
