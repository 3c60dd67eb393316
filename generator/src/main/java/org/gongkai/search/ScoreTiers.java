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
 * falling score: tier k ≥ 1 holds the next {@code CAP·GROWTH^k} postings (the last one the rest),
 * each tier a file of its own ({@code search/data/t/HEX-k.json}, HEX the term's UTF-8 bytes), with
 * doc ids, scores and title/文号 head positions as the shard entry has them. search.js fetches a tier
 * only when the ranking cannot be settled without it (no-random-access top-k), so a first query
 * downloads what the top of the ranking needs, however large the corpus.
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

    /** How many tiers past tier 0 a term of {@code n} postings has. */
    static int count(long n) {
        int k = 0;
        for (long covered = EntryEncoding.CAP, size = EntryEncoding.CAP; covered < n; k++) {
            size *= GROWTH;
            covered += size;
        }
        return k;
    }

    /** The rank at which tier {@code k} starts: tier 0 at 0. */
    static long start(int k) {
        long start = 0;
        for (long i = 0, size = EntryEncoding.CAP; i < k; i++, size *= GROWTH) {
            start += size;
        }
        return start;
    }

    /** The file of tier {@code k} of {@code term}: search.js names it the same way. */
    static String file(String term, int k) {
        StringBuilder sb = new StringBuilder("search/" + StaticIndex.DATA + FOLDER);
        for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16))
                    .append(Character.forDigit(b & 0xF, 16));
        }
        return sb.append('-').append(k).append(".json").toString();
    }

    private long print(long termPrint, int k) {
        return Fingerprint.mix(Fingerprint.mix(layout, termPrint), k);
    }

    /**
     * Writes (or keeps, when made from the same) the tiers of {@code term}, its postings {@code
     * ranked} as {@link EntryEncoding} orders them.
     */
    void write(String term, long termPrint, long[] ranked, double[] score, int[] head) {
        int tiers = count(ranked.length);
        for (int k = 1; k <= tiers; k++) {
            String name = file(term, k);
            long print = print(termPrint, k);
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

    /**
     * Keeps the tiers of a term whose postings did not change: {@code postings} bounds its document
     * count from above (postings summed over fields), and a tier it never had finds nothing to
     * keep.
     */
    void keep(String term, long termPrint, long postings) {
        for (int k = 1; k <= count(postings); k++) {
            String name = file(term, k);
            long print = print(termPrint, k);
            if (out.keepSearchFile(name, print)) {
                files.put(name, print);
                kept.incrementAndGet();
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
