package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/**
 * The hand-written entries against Jackson writing the same value, built here the plain way (a full
 * sort instead of the bounded heap, maps instead of a StringBuilder).
 */
class EntryEncodingTest {

    private static final int DOCS = 20_000;

    @Test
    void entriesAreTheBytesJacksonWritesForTheSameSortedMap() throws Exception {
        Random random = new Random(20261206);
        // rare terms, terms just below and above the cap, frequent ones (several tiers), with
        // and without title positions, scores with ties
        int[] counts = {1, 2, 7, 199, 200, 201, 350, 1_000, 5_000, 15_000};
        int cases = 0;
        for (int count : counts) {
            for (double headShare : new double[] {0, 0.02, 0.5}) {
                double[] score = new double[DOCS];
                int[] head = new int[DOCS];
                FixedBitSet members = new FixedBitSet(DOCS);
                for (int d : sample(random, count)) {
                    members.set(d);
                    score[d] = random.nextInt(40) / 7.0;
                    head[d] = random.nextDouble() < headShare ? 1 + random.nextInt(30) : 0;
                }
                List<long[]> ranked = new ArrayList<>();
                String entry =
                        EntryEncoding.term(
                                score,
                                head,
                                members,
                                (heads, rest) -> {
                                    ranked.add(heads);
                                    ranked.add(rest);
                                });
                List<Integer> order = rankOrder(score, members);
                assertEquals(
                        EntryEncoding.JSON.writeValueAsString(reference(score, head, order)),
                        entry,
                        count + " postings");
                // the deeper tiers: past tier 0, the title holders and the others in rank order,
                // each in tiers of CAP·4, CAP·16 …, together every posting once
                assertEquals(count > EntryEncoding.CAP ? 2 : 0, ranked.size());
                for (int seq = 0; seq < ranked.size(); seq++) {
                    boolean heads = seq == 0;
                    List<Integer> part =
                            order.subList(EntryEncoding.CAP, count).stream()
                                    .filter(d -> (head[d] != 0) == heads)
                                    .toList();
                    int tiers = ScoreTiers.count(part.size());
                    for (int k = 1; k <= tiers; k++) {
                        int from = (int) ScoreTiers.start(k);
                        int to = (int) Math.min(part.size(), ScoreTiers.start(k + 1));
                        assertEquals(
                                EntryEncoding.JSON.writeValueAsString(
                                        postings(score, head, part.subList(from, to))),
                                new String(
                                        EntryEncoding.tier(ranked.get(seq), from, to, score, head),
                                        StandardCharsets.UTF_8),
                                count + " postings, tier " + k);
                    }
                    assertTrue(ScoreTiers.start(tiers + 1) >= part.size(), count + " postings");
                    assertTrue(tiers == 0 || ScoreTiers.start(tiers) < part.size());
                }
                cases++;
            }
        }
        assertEquals(30, cases);
    }

    @Test
    void membershipIsGapsWhenFewAndABitSetWhenMany() {
        int[] few = {3, 900, 19_999};
        assertArrayEquals(new int[] {3, 897, 19_099}, (int[]) EntryEncoding.membership(few));
        int[] many = IntStream.range(0, 5_000).map(i -> i * 3).toArray();
        byte[] bits =
                Base64.getDecoder()
                        .decode(assertInstanceOf(String.class, EntryEncoding.membership(many)));
        assertEquals((many[many.length - 1] + 8) / 8, bits.length);
        for (int d = 0; d < bits.length * 8; d++) {
            assertEquals(d % 3 == 0, (bits[d >> 3] >> (d & 7) & 1) == 1, "bit " + d);
        }
    }

    private static int[] sample(Random random, int count) {
        return random.ints(0, DOCS).distinct().limit(count).sorted().toArray();
    }

    /** Every posting by rank: highest quantised score first, newest first on ties. */
    private static List<Integer> rankOrder(double[] score, FixedBitSet members) {
        List<Integer> docs = new ArrayList<>();
        for (int d = 0; d < DOCS; d++) {
            if (members.get(d)) {
                docs.add(d);
            }
        }
        docs.sort(
                Comparator.comparingLong((Integer d) -> -EntryEncoding.quantise(score[d]))
                        .thenComparing(Comparator.reverseOrder()));
        return docs;
    }

    /** The entry's value as a map, from the definition: the CAP best, and how many tiers follow. */
    private static Map<String, Object> reference(double[] score, int[] head, List<Integer> order) {
        Map<String, Object> m =
                postings(score, head, order.subList(0, Math.min(EntryEncoding.CAP, order.size())));
        m.put("n", order.size());
        if (order.size() > EntryEncoding.CAP) {
            List<Integer> past = order.subList(EntryEncoding.CAP, order.size());
            long heads = past.stream().filter(d -> head[d] != 0).count();
            m.put("t", ScoreTiers.count(past.size() - heads));
            if (heads > 0) {
                m.put("ht", ScoreTiers.count(heads));
            }
        }
        return m;
    }

    /** d (gaps), h (when any) and s of some postings, in doc order. */
    private static Map<String, Object> postings(double[] score, int[] head, List<Integer> some) {
        List<Integer> kept = new ArrayList<>(some);
        kept.sort(Comparator.naturalOrder());
        Map<String, Object> m = new TreeMap<>();
        List<Integer> gaps = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            gaps.add(kept.get(i) - (i == 0 ? 0 : kept.get(i - 1)));
        }
        m.put("d", gaps);
        if (kept.stream().anyMatch(d -> head[d] != 0)) {
            m.put("h", kept.stream().map(d -> head[d]).toList());
        }
        m.put("s", kept.stream().map(d -> EntryEncoding.quantise(score[d])).toList());
        return m;
    }
}
