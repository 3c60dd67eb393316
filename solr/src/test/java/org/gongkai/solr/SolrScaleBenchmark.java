package org.gongkai.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.publish.SolrPush;
import org.gongkai.search.PublishManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The figures at scale, run by solr/bench/solr-scale.sh and never by the default suite (its
 * name is no test class name Surefire picks up, and it needs {@code gongkai.solr.bench.site}):
 * documents per second pushed into the 2-node cluster (2 shards × 2 replicas), the index's bytes
 * per document and replica, and the latency p50/p95 of the nine benchmark queries through one
 * node's public /select, with and without the column filter.
 *
 * <p>{@code gongkai.solr.bench.documents} (default 200,000) documents are pushed: the built site's
 * publish manifest as many times as it takes, as that many columns (c0, c1, …: the same texts under
 * other ids), so a 20,000-document build stands for a 200,000-document platform without building
 * one.
 */
@EnabledIfSystemProperty(named = "gongkai.solr.bench.site", matches = ".+")
class SolrScaleBenchmark {

    static final String COLLECTION = "scale";

    @Test
    void pushAndQueryAtScale() throws Exception {
        Path site = Path.of(System.getProperty("gongkai.solr.bench.site"));
        int documents = Integer.getInteger("gongkai.solr.bench.documents", 200_000);
        int rounds = Integer.getInteger("gongkai.solr.bench.rounds", 50);
        int batch = Integer.getInteger("gongkai.solr.bench.batch", SolrPush.DEFAULT_BATCH);
        List<PublishManifest.Entry> manifest = PublishManifest.read(site).orElseThrow();
        Map<String, List<PublishManifest.Entry>> columns = new TreeMap<>();
        for (int i = 0; i * manifest.size() < documents; i++) {
            int left = documents - i * manifest.size();
            columns.put("c" + i, manifest.subList(0, Math.min(left, manifest.size())));
        }
        long t0 = System.nanoTime();
        SolrCluster.createCollection(COLLECTION);
        long t1 = System.nanoTime();
        SolrPush.Result r =
                new SolrPush(
                                SolrCluster.nodes(),
                                COLLECTION,
                                batch,
                                Duration.ofMinutes(2),
                                line ->
                                        System.out.printf(
                                                "%6.1f s %s%n",
                                                (System.nanoTime() - t0) / 1e9, line))
                        .push(columns, true, true);
        long t2 = System.nanoTime();
        URI node = SolrCluster.nodes().get(0);
        long count = SolrCluster.count(node, COLLECTION);
        assertEquals(documents, count, "every document in the collection");
        long bytes = SolrCluster.indexBytes(COLLECTION);
        System.out.printf(
                "scale: cluster and collection %d ms; push of %d documents (batch %d) %d ms,"
                        + " %.0f documents/s; index %d bytes for 4 replicas, %.0f bytes per document"
                        + " and replica%n",
                (t1 - t0) / 1_000_000,
                r.sent(),
                batch,
                (t2 - t1) / 1_000_000,
                r.sent() / ((t2 - t1) / 1e9),
                bytes,
                bytes / 4.0 / count);
        latency(node, rounds, Map.of(), "no filter");
        latency(node, rounds, Map.of(FilterQParserPlugin.COLUMN, "c0"), "column=c0");
    }

    /**
     * One warm-up round of the nine queries, then {@code rounds} timed rounds. A query that times
     * out is recorded at the timeout, counted and named, and the run goes on: one slow query must
     * not cost the other figures.
     */
    private static void latency(URI node, int rounds, Map<String, String> filter, String label)
            throws Exception {
        Map<String, String> hits = new TreeMap<>();
        Map<String, Integer> timedOut = new TreeMap<>();
        for (String q : RankingParityTest.BENCHMARK) {
            long t = System.nanoTime();
            hits.put(q, timed(node, q, filter, timedOut));
            System.out.printf(
                    "scale: %s, warm-up %s %.1f ms%n", label, q, (System.nanoTime() - t) / 1e6);
        }
        List<Long> micros = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (String q : RankingParityTest.BENCHMARK) {
                long t = System.nanoTime();
                timed(node, q, filter, timedOut);
                micros.add((System.nanoTime() - t) / 1000);
            }
        }
        Collections.sort(micros);
        System.out.printf(
                "scale: %s, %d queries: p50 %.1f ms, p95 %.1f ms, max %.1f ms; timed out %s;"
                        + " hits %s%n",
                label,
                micros.size(),
                micros.get(micros.size() / 2) / 1000.0,
                micros.get((int) Math.ceil(micros.size() * 0.95) - 1) / 1000.0,
                micros.get(micros.size() - 1) / 1000.0,
                timedOut,
                hits);
    }

    /** The query's numFound, or "timed out" (counted in {@code timedOut}). */
    private static String timed(
            URI node, String q, Map<String, String> filter, Map<String, Integer> timedOut)
            throws Exception {
        try {
            return SolrCluster.select(node, COLLECTION, q, filter)
                    .path("response")
                    .path("numFound")
                    .asText();
        } catch (HttpTimeoutException e) {
            timedOut.merge(q, 1, Integer::sum);
            return "timed out";
        }
    }
}
