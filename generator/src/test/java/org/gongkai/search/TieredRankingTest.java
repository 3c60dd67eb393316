package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * search.js's top-k over score tiers against its whole ranking (every tier read first) on a
 * 2,000-document corpus, where the frequent terms have deeper tiers: the same hits in the same
 * order, a count that is exact or a true lower bound (against Java's {@link SearchService}), and a
 * tier fetched only when the top needs it.
 */
class TieredRankingTest {

    /** The benchmark's nine, and some of frequent terms only. */
    static final List<String> QUERIES =
            java.util.stream.Stream.concat(
                            SearchBenchmark.QUERIES.stream(),
                            java.util.stream.Stream.of(
                                    "低保 OR 养老保险", "工作 通知", "关于 做好 工作", "人民政府 办公室 通知"))
                    .toList();

    static Path site;

    @BeforeAll
    static void build() {
        site = Repo.corpusSite(2000);
    }

    @Test
    void theTopTenAndThirtyAreTheWholeRankingsTop() throws IOException {
        int deeper = 0;
        try (SearchService java = SearchService.open(site)) {
            for (int limit : new int[] {10, 30}) {
                List<JsonNode> early = StaticSearch.run(site, QUERIES, limit);
                List<JsonNode> whole = StaticSearch.run(site, QUERIES, limit, true);
                for (int i = 0; i < QUERIES.size(); i++) {
                    String q = QUERIES.get(i);
                    assertEquals(ids(whole.get(i)), ids(early.get(i)), q);
                    // the count: exact, or a true lower bound (Java counts every match)
                    int all = java.search(q, SearchService.Filters.NONE, limit).total();
                    int total = early.get(i).get("total").asInt();
                    if (early.get(i).get("exact").asBoolean()) {
                        assertEquals(all, total, q + ": an exact count");
                    } else {
                        assertTrue(
                                total >= limit && total <= all,
                                q + ": at least " + total + " of " + all);
                    }
                    deeper += early.get(i).get("tiers").asInt();
                }
            }
        }
        assertTrue(deeper > 0, "some query needs a deeper tier");
    }

    @Test
    void aOneTermQueryAnsweredFromTierZeroFetchesNoTierFile() throws IOException {
        JsonNode manifest =
                new ObjectMapper().readTree(site.resolve("search/manifest.json").toFile());
        Path shard =
                site.resolve("search")
                        .resolve(manifest.get("base").asText())
                        .resolve(ShardPlan.shard("工作", manifest.get("shards").asInt()) + ".json");
        JsonNode entry = new ObjectMapper().readTree(Files.readAllBytes(shard)).get("工作");
        assertTrue(
                entry.path("t").asInt() + entry.path("ht").asInt() > 0,
                "工作 has deeper tiers: " + entry.get("n"));
        JsonNode answer = StaticSearch.run(site, List.of("工作"), 10).get(0);
        assertEquals(0, answer.get("tiers").asInt());
        assertTrue(answer.get("exact").asBoolean());
        assertEquals(entry.get("n").asInt(), answer.get("total").asInt());
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("ids").forEach(n -> ids.add(n.asText()));
        return ids;
    }
}
