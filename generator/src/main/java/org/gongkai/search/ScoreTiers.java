package org.gongkai.search;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.publish.SearchFiles;

/**
 * A frequent term's postings past the {@link EntryEncoding#CAP} its shard entry keeps, in tiers of
 * falling score, in two sequences: the postings with a title/文号 position ({@code
 * search/data/t/HEX-hk.json}) and the others ({@code HEX-k.json}; HEX the term's UTF-8 bytes); tier
 * k ≥ 1 of each holds the next {@code CAP·GROWTH^k} (the last one the rest), with doc ids, scores
 * and title/文号 head positions as the shard entry has them. search.js fetches a tier only when the
 * ranking cannot be settled without it (no-random-access top-k), so a first query downloads what
 * the top of the ranking needs, however large the corpus.
 *
 * <p>A tier file is named after its term, not its place among others, so it depends on its term's
 * postings alone: its fingerprint is the term's, the tier and the layout, and an incremental export
 * keeps it when they are unchanged. Written from the walk as terms are scored: the deeper postings
 * of a 200,000-document index would not fit in memory as text.
 */
final class ScoreTiers {

    /**
     * Each tier holds this many times the one before: few round trips for a query that goes deep,
     * and little past what it needs for one that stops early.
     */
    static final int GROWTH = 4;

    /** Where tier files go, under search/data/. */
    static final String FOLDER = "t/";

    private final SearchFiles out;
    private final long layout;
    private final Map<String, Long> files = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger kept = new AtomicInteger();

    ScoreTiers(SearchFiles out, long layout) {
        this.out = out;
        this.layout = layout;
    }

    /** How many tiers {@code rest} postings past tier 0 make: tier k ≥ 1 holds CAP·GROWTH^k. */
    static int count(long rest) {
        int k = 0;
        while (start(k + 1) < rest) {
            k++;
        }
        return k;
    }

    /** Where tier {@code k} ≥ 1 starts among the postings past tier 0. */
    static long start(int k) {
        long start = 0;
        for (long i = 1, size = (long) EntryEncoding.CAP * GROWTH; i < k; i++, size *= GROWTH) {
            start += size;
        }
        return start;
    }

    /**
     * The file of tier {@code k} of {@code term}'s title/文号 holders ({@code heads}) or of its other
     * postings: search.js names it the same way.
     */
    static String file(String term, boolean heads, int k) {
        StringBuilder sb = new StringBuilder("search/" + StaticIndex.DATA + FOLDER);
        for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16))
                    .append(Character.forDigit(b & 0xF, 16));
        }
        return sb.append('-').append(heads ? "h" : "").append(k).append(".json").toString();
    }

    private long print(long termPrint, boolean heads, int k) {
        return Fingerprint.mix(Fingerprint.mix(layout, termPrint), heads ? -k : k);
    }

    /**
     * Writes (or keeps, when made from the same) the tiers of {@code term}: its postings past tier
     * 0 in rank order as {@link EntryEncoding} splits them.
     */
    void write(String term, long termPrint, long[] heads, long[] rest, double[] score, int[] head) {
        for (boolean h : new boolean[] {true, false}) {
            long[] ranked = h ? heads : rest;
            for (int k = 1; k <= count(ranked.length); k++) {
                String name = file(term, h, k);
                long print = print(termPrint, h, k);
                files.put(name, print);
                if (out.keepSearchFile(name, print)) {
                    kept.incrementAndGet();
                    continue;
                }
                int from = (int) start(k);
                int to = (int) Math.min(ranked.length, start(k + 1));
                byte[] json = EntryEncoding.tier(ranked, from, to, score, head);
                out.writeSearchFile(name, json, print);
                bytes.addAndGet(json.length);
            }
        }
    }

    /**
     * Keeps the tiers of a term whose postings did not change: {@code postings} bounds its document
     * count from above (postings summed over fields), and a tier it never had finds nothing to
     * keep.
     */
    void keep(String term, long termPrint, long postings) {
        for (boolean h : new boolean[] {true, false}) {
            for (int k = 1; k <= count(postings - EntryEncoding.CAP); k++) {
                String name = file(term, h, k);
                long print = print(termPrint, h, k);
                if (out.keepSearchFile(name, print)) {
                    files.put(name, print);
                    kept.incrementAndGet();
                }
            }
        }
    }

    /** Every tier file written or kept, by name: what the manifest's version covers. */
    Map<String, Long> files() {
        return new TreeMap<>(files);
    }

    long bytes() {
        return bytes.get();
    }

    int kept() {
        return kept.get();
    }
}
