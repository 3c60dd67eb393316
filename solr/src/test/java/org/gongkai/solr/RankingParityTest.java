package org.gongkai.solr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gongkai.publish.SolrPush;
import org.gongkai.search.Analysis;
import org.gongkai.search.PublishManifest;
import org.gongkai.search.SearchService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 3,000 real texts pushed into a collection of 2 shards × 2 replicas rank in Solr as in the
 * site's own Lucene index: for the nine benchmark queries (generator/bench/search.sh) and
 * known-item queries cut from titles, Solr's top 10 overlaps the local top 10 by at least 0.95 on
 * average. Without the configset's ExactStatsCache each shard would score with its own half of the
 * statistics.
 */
class RankingParityTest {

    static final String COLLECTION = "parity";

    /** The benchmark's nine queries (SearchBenchmark.QUERIES in the generator's tests). */
    static final List<String> BENCHMARK =
            List.of(
                    "低保",
                    "医疗救助",
                    "耕地地力保护补贴",
                    "疫情防控",
                    "安政发〔2019〕",
                    "营商环境 个体工商户",
                    "养老保险",
                    "村务公开",
                    "东关村 资金发放");

    static final int KNOWN_ITEMS = 40;

    static Path site;
    static List<PublishManifest.Entry> manifest;

    @BeforeAll
    static void push() throws Exception {
        long t0 = System.nanoTime();
        site = Sites.build(Sites.realContent());
        long t1 = System.nanoTime();
        SolrCluster.createCollection(COLLECTION);
        long t2 = System.nanoTime();
        manifest = PublishManifest.read(site).orElseThrow();
        SolrPush.Result r =
                new SolrPush(
                                SolrCluster.nodes(),
                                COLLECTION,
                                SolrPush.DEFAULT_BATCH,
                                Duration.ofSeconds(60),
                                line -> {})
                        .push(Map.of("site", manifest), false, false);
        long t3 = System.nanoTime();
        System.out.printf(
                "real texts: build %d ms, collection %d ms, push of %d documents %d ms (%.0f documents/s)%n",
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                r.sent(),
                (t3 - t2) / 1_000_000,
                r.sent() / ((t3 - t2) / 1e9));
        long bytes = SolrCluster.indexBytes(COLLECTION);
        System.out.printf(
                "index on disk: %d bytes for 4 replicas, %.0f bytes per document per replica%n",
                bytes, bytes / 4.0 / r.sent());
    }

    /**
     * Latency of the nine benchmark queries through one node's public /select (after one warm-up
     * round).
     */
    @Test
    void benchmarkQueryLatency() throws Exception {
        URI node = SolrCluster.nodes().get(0);
        for (String q : BENCHMARK) {
            SolrCluster.select(node, COLLECTION, q, Map.of());
        }
        List<Long> micros = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (String q : BENCHMARK) {
                long t0 = System.nanoTime();
                SolrCluster.select(node, COLLECTION, q, Map.of());
                micros.add((System.nanoTime() - t0) / 1000);
            }
        }
        Collections.sort(micros);
        System.out.printf(
                "query latency over %d queries: p50 %.1f ms, p95 %.1f ms%n",
                micros.size(),
                micros.get(micros.size() / 2) / 1000.0,
                micros.get((int) Math.ceil(micros.size() * 0.95) - 1) / 1000.0);
        assertTrue(
                micros.get(micros.size() / 2) < 5_000_000,
                "a median query of 5 s or more is broken, not slow");
    }

    @Test
    void solrRanksTheRealTextsAsTheLocalIndexDoes() throws Exception {
        URI node = SolrCluster.nodes().get(0);
        List<String> queries = new ArrayList<>(BENCHMARK);
        queries.addAll(knownItems());
        double sum = 0;
        int identical = 0;
        List<String> differing = new ArrayList<>();
        try (SearchService local = SearchService.open(site)) {
            for (String q : queries) {
                List<String> want =
                        local.search(q, 10).stream().map(SearchService.Hit::id).toList();
                JsonNode r = SolrCluster.select(node, COLLECTION, q, Map.of());
                List<String> got = new ArrayList<>();
                for (JsonNode d : r.path("response").path("docs")) {
                    if (got.size() < 10) {
                        got.add(d.path("doc").asText());
                    }
                }
                Set<String> common = new HashSet<>(want);
                common.retainAll(got);
                double overlap =
                        want.isEmpty() && got.isEmpty()
                                ? 1
                                : common.size() / (double) Math.max(want.size(), got.size());
                sum += overlap;
                if (want.equals(got)) {
                    identical++;
                } else {
                    differing.add(q + ": local " + want + " solr " + got);
                }
            }
        }
        double mean = sum / queries.size();
        System.out.printf(
                "ranking parity over %d queries: mean top-10 overlap %.3f, %d identical in order%n",
                queries.size(), mean, identical);
        differing.forEach(System.out::println);
        assertTrue(mean >= 0.95, "mean top-10 overlap " + mean + ": " + differing);
    }

    /**
     * Title substrings of 4–8 characters (fixed seed) that name at most 3 documents: a resident's
     * known-item query.
     */
    static List<String> knownItems() {
        Random random = new Random(20261206);
        Map<String, String> out = new LinkedHashMap<>();
        List<PublishManifest.Entry> shuffled = new ArrayList<>(manifest);
        Collections.shuffle(shuffled, random);
        for (PublishManifest.Entry e : shuffled) {
            if (out.size() == KNOWN_ITEMS) {
                break;
            }
            String title = e.title();
            if (title.length() < 4) {
                continue;
            }
            int len = 4 + random.nextInt(Math.min(8, title.length()) - 3);
            int start = random.nextInt(title.length() - len + 1);
            String q = title.substring(start, start + len);
            if (!Analysis.terms(q).isEmpty()
                    && manifest.stream().filter(x -> x.title().contains(q)).count() <= 3) {
                out.put(q, e.id());
            }
        }
        return List.copyOf(out.keySet());
    }
}
