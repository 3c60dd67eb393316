package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;

/**
 * What the static export promises the browser, checked against the Lucene index it was exported
 * from.
 */
class StaticExportTest {

    @Test
    void everyTitleHolderOfACappedTermHasItsFirstTitlePositionInItsTiers() throws IOException {
        Path site = Repo.corpusSite(2000);
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(site.resolve("search/manifest.json").toFile());
        Path base = site.resolve("search").resolve(manifest.get("base").asText());
        int shards = manifest.get("shards").asInt();
        Map<Integer, JsonNode> shardCache = new HashMap<>();
        int capped = 0;
        try (DirectoryReader r =
                DirectoryReader.open(FSDirectory.open(site.resolve(SearchIndexer.LUCENE_FOLDER)))) {
            Terms title = MultiTerms.getTerms(r, SearchSchema.TITLE);
            TermsEnum te = title.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                String term = t.utf8ToString();
                int shard = ShardPlan.shard(term, shards);
                JsonNode entry =
                        shardCache
                                .computeIfAbsent(shard, s -> read(json, base.resolve(s + ".json")))
                                .get(term);
                if (entry.get("n").asInt() <= EntryEncoding.CAP) {
                    continue;
                }
                capped++;
                Map<Integer, Integer> heads = new HashMap<>();
                collect(entry.get("d"), entry.get("h"), heads);
                // the title holders past tier 0 are all in the "ht" tiers of title holders
                for (int k = 1; k <= entry.path("ht").asInt(); k++) {
                    JsonNode tier = read(json, site.resolve(ScoreTiers.file(term, true, k)));
                    collect(tier.get("d"), tier.get("h"), heads);
                }
                PostingsEnum pe =
                        MultiTerms.getTermPostingsEnum(
                                r, SearchSchema.TITLE, t, PostingsEnum.POSITIONS);
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    assertEquals(
                            pe.nextPosition() + 1,
                            heads.getOrDefault(d, 0),
                            term + " in the title of doc " + d);
                }
            }
        }
        assertTrue(capped > 10, "the corpus should have frequent title terms, found " + capped);
    }

    private static void collect(JsonNode gaps, JsonNode heads, Map<Integer, Integer> into) {
        if (gaps == null || heads == null) {
            return;
        }
        int doc = 0;
        for (int i = 0; i < gaps.size(); i++) {
            doc += gaps.get(i).asInt();
            if (heads.get(i).asInt() != 0) {
                into.put(doc, heads.get(i).asInt());
            }
        }
    }

    private static JsonNode read(ObjectMapper json, Path file) {
        try {
            return json.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
