package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    @Test
    void entriesAreTheBytesJacksonWritesForTheSameSortedMap() throws Exception {
        Random random = new Random(20261206);
        // rare terms, terms just below and above the cap, frequent ones (bit-set membership), with
        // and without title positions, scores with ties
        int[] counts = {1, 2, 7, 199, 200, 201, 350, 1_000, 5_000, 15_000};
        int cases = 0;
        for (int count : counts) {
            for (double headShare : new double[] {0, 0.02, 0.5}) {
                Postings p = Postings.random(random, count, headShare);
                double[] score = p.score;
                int[] head = p.head;
                FixedBitSet members = p.members;
                String expected =
                        EntryEncoding.JSON.writeValueAsString(reference(score, head, members));
                assertEquals(
                        expected, EntryEncoding.term(score, head, members), count + " postings");
                cases++;
            }
        }
        assertEquals(30, cases);
    }

    @Test
    void aBoundedEntryKeepsItsBestPostingsInTheShardAndTheRestInTheSidecar() throws Exception {
        Random random = new Random(20261207);
        EntryEncoding.Mode bounded = EntryEncoding.Mode.bounded(300);
        for (int count : new int[] {1, 200, 300, 301, 5_000, 15_000}) {
            Postings p = Postings.random(random, count, 0.3);
            double[] score = p.score;
            int[] head = p.head;
            FixedBitSet members = p.members;
            String entry = EntryEncoding.term(score, head, members, bounded);
            Map<String, Object> whole = reference(score, head, members, bounded);
            assertEquals(EntryEncoding.JSON.writeValueAsString(whole), entry, count + " postings");
            Sidecar.Split split = Sidecar.split(entry);
            JsonNode kept = EntryEncoding.JSON.readTree(split.kept());
            assertEquals(Math.min(count, 300), kept.get("d").size(), count + " postings");
            assertEquals(count, kept.get("n").asInt());
            // the shard's part says its floor and holds nothing that grows with the term's
            // documents
            assertEquals(count > 300, kept.has("f"), count + " postings");
            assertFalse(kept.has("m") || kept.has("td") || kept.has("th"), split.kept());
            assertEquals(count > 300, split.side() != null, count + " postings");
            // the two parts are the whole entry
            Map<String, Object> joined = new TreeMap<>();
            joined.putAll(EntryEncoding.JSON.readValue(split.kept(), MAP));
            if (split.side() != null) {
                joined.putAll(EntryEncoding.JSON.readValue(split.side(), MAP));
            }
            assertEquals(EntryEncoding.JSON.readValue(entry, MAP), joined, count + " postings");
        }
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

    @Test
    void smallestGivesTheKSmallestOfDistinctValues() {
        Random random = new Random(7);
        long[] values = random.longs(10_000).distinct().toArray();
        long[] got = EntryEncoding.smallest(values.clone(), 200);
        Arrays.sort(got);
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        assertArrayEquals(Arrays.copyOf(sorted, 200), got);
        assertEquals(3, EntryEncoding.smallest(new long[] {5, 1, 9}, 200).length);
    }

    /** A term's postings as PostingsWalk leaves them: scores with ties, some title positions. */
    private static final class Postings {
        final double[] score = new double[DOCS];
        final int[] head = new int[DOCS];
        final FixedBitSet members = new FixedBitSet(DOCS);

        static Postings random(Random random, int count, double headShare) {
            Postings p = new Postings();
            for (int d : sample(random, count)) {
                p.members.set(d);
                p.score[d] = random.nextInt(40) / 7.0;
                p.head[d] = random.nextDouble() < headShare ? 1 + random.nextInt(30) : 0;
            }
            return p;
        }
    }

    private static int[] sample(Random random, int count) {
        return random.ints(0, DOCS).distinct().limit(count).sorted().toArray();
    }

    /** The entry's value as a map, from the definition: keep the CAP best, newest first on ties. */
    private static Map<String, Object> reference(double[] score, int[] head, FixedBitSet members) {
        return reference(score, head, members, EntryEncoding.Mode.EXACT);
    }

    /**
     * As {@link #reference(double[], int[], FixedBitSet)} for {@code mode}: its {@code keep} best.
     */
    private static Map<String, Object> reference(
            double[] score, int[] head, FixedBitSet members, EntryEncoding.Mode mode) {
        int cap = mode.keep();
        List<Integer> docs = new ArrayList<>();
        for (int d = 0; d < DOCS; d++) {
            if (members.get(d)) {
                docs.add(d);
            }
        }
        List<Integer> kept = new ArrayList<>(docs);
        Map<String, Object> m = new TreeMap<>();
        if (docs.size() > cap) {
            kept.sort(
                    Comparator.comparingLong((Integer d) -> -EntryEncoding.quantise(score[d]))
                            .thenComparing(Comparator.reverseOrder()));
            kept = new ArrayList<>(kept.subList(0, cap));
            m.put(
                    "f",
                    kept.stream()
                            .mapToLong(d -> EntryEncoding.quantise(score[d]))
                            .min()
                            .getAsLong());
            kept.sort(Comparator.naturalOrder());
        }
        if (docs.size() > cap) {
            m.put("m", EntryEncoding.membership(docs.stream().mapToInt(d -> d).toArray()));
            List<Integer> td = new ArrayList<>();
            List<Integer> th = new ArrayList<>();
            int previous = 0;
            for (int d : docs) {
                if (!kept.contains(d) && head[d] != 0) {
                    td.add(d - previous);
                    th.add(head[d]);
                    previous = d;
                }
            }
            if (!td.isEmpty()) {
                m.put("td", td);
                m.put("th", th);
            }
        }
        List<Integer> gaps = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            gaps.add(kept.get(i) - (i == 0 ? 0 : kept.get(i - 1)));
        }
        m.put("d", gaps);
        if (kept.stream().anyMatch(d -> head[d] != 0)) {
            m.put("h", kept.stream().map(d -> head[d]).toList());
        }
        m.put("n", docs.size());
        m.put("s", kept.stream().map(d -> EntryEncoding.quantise(score[d])).toList());
        return m;
    }
}
