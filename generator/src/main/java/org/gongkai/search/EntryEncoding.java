package org.gongkai.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A term's entry in a shard, written by hand in the form Jackson gives a sorted map (keys d, h, ht,
 * n, s, t in order, no spaces): a term is encoded once per build for every term of the vocabulary,
 * and going through a map of boxed values cost more than the walk that scored it.
 *
 * <p>Per term: its document count {@code n}, the postings kept (doc ids as gaps {@code d}, the
 * term's tf-part summed over fields with their boosts, ×{@link #SCALE}, {@code s}, and its first
 * position in the title or 文号 +1 for the phrase bonus {@code h}). A frequent term keeps here only
 * its {@link #CAP} highest-scoring postings (tier 0) and says in {@code t} how many deeper tiers
 * {@link ScoreTiers} wrote for the rest, each in the same form ({@link #tier}); the lowest score of
 * the tiers fetched bounds every posting not yet fetched, which is what search.js's top-k needs.
 */
final class EntryEncoding {

    /**
     * Postings kept per frequent term: enough for the top of any ranking, small enough for a slow
     * phone.
     */
    static final int CAP = 200;

    /** Scores are written as integers: the tf-part ×100, rounded. */
    static final int SCALE = 100;

    /** Sorted keys, no spaces: what the hand-written entries must equal. */
    static final ObjectMapper JSON =
            new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /**
     * Receives a frequent term's postings past tier 0 in rank order, for its deeper tiers: those
     * with a title/文号 position, and the others.
     */
    interface Deeper {
        void tiers(long[] heads, long[] rest);
    }

    private EntryEncoding() {}

    static long quantise(double score) {
        return Math.round(score * SCALE);
    }

    /**
     * The entry of a term held by {@code members}, with {@code score} and {@code head} (first title
     * or 文号 position +1, 0 if none) indexed by doc id; a frequent term's postings in rank order go
     * to {@code deeper}.
     */
    static String term(double[] score, int[] head, FixedBitSet members, Deeper deeper) {
        int count = members.cardinality();
        int[] docs = new int[count];
        int k = 0;
        for (int d = members.nextSetBit(0);
                d != DocIdSetIterator.NO_MORE_DOCS;
                d =
                        d + 1 < members.length()
                                ? members.nextSetBit(d + 1)
                                : DocIdSetIterator.NO_MORE_DOCS) {
            docs[k++] = d;
        }
        int[] kept = docs;
        long[][] split = null;
        if (count > CAP) {
            long[] ranked = byRank(score, docs);
            Arrays.sort(ranked);
            kept = docsOf(ranked, 0, CAP);
            split = split(ranked, head);
            deeper.tiers(split[0], split[1]);
        }
        StringBuilder sb = new StringBuilder(16 + kept.length * 12);
        postings(
                sb.append('{'),
                kept,
                score,
                head,
                split == null ? 0 : ScoreTiers.count(split[0].length),
                count);
        if (split != null) {
            sb.append(",\"t\":").append(ScoreTiers.count(split[1].length));
        }
        return sb.append('}').toString();
    }

    /**
     * Tier file of the postings ranked [{@code from}, {@code to}): {"d":gaps,"h":heads,"s":scores}
     * in doc order, as the shard entry writes its own.
     */
    static byte[] tier(long[] ranked, int from, int to, double[] score, int[] head) {
        int[] docs = docsOf(ranked, from, to);
        StringBuilder sb = new StringBuilder(16 + docs.length * 12);
        postings(sb.append('{'), docs, score, head, 0, -1);
        return sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The postings past tier 0, in rank order, split into those with a title/文号 position and the
     * others: two tier sequences. A phrase of frequent terms is settled by the title holders, which
     * it can then fetch without the body-only postings scored between them, and once a term's title
     * holders are all fetched a document not seen has no phrase bonus from it.
     */
    private static long[][] split(long[] ranked, int[] head) {
        int heads = 0;
        for (int i = CAP; i < ranked.length; i++) {
            heads += head[Integer.MAX_VALUE - (int) ranked[i]] != 0 ? 1 : 0;
        }
        long[] withHead = new long[heads];
        long[] rest = new long[ranked.length - CAP - heads];
        for (int i = CAP, h = 0, r = 0; i < ranked.length; i++) {
            if (head[Integer.MAX_VALUE - (int) ranked[i]] != 0) {
                withHead[h++] = ranked[i];
            } else {
                rest[r++] = ranked[i];
            }
        }
        return new long[][] {withHead, rest};
    }

    /**
     * "d", "h" (when any posting has a head position), "ht" (how many tiers of title/文号 holders
     * follow tier 0, when any), the document count "n" (unless negative) and "s" of ascending
     * {@code docs}.
     */
    private static void postings(
            StringBuilder sb, int[] docs, double[] score, int[] head, int headTier, int count) {
        sb.append("\"d\":");
        gaps(sb, docs);
        boolean anyHead = false;
        for (int d : docs) {
            anyHead |= head[d] != 0;
        }
        if (anyHead) {
            sb.append(",\"h\":[");
            for (int i = 0; i < docs.length; i++) {
                (i == 0 ? sb : sb.append(',')).append(head[docs[i]]);
            }
            sb.append(']');
        }
        if (headTier > 0) {
            sb.append(",\"ht\":").append(headTier);
        }
        if (count >= 0) {
            sb.append(",\"n\":").append(count);
        }
        sb.append(",\"s\":[");
        for (int i = 0; i < docs.length; i++) {
            (i == 0 ? sb : sb.append(',')).append(quantise(score[docs[i]]));
        }
        sb.append(']');
    }

    /** The doc ids of the postings ranked [{@code from}, {@code to}), ascending. */
    private static int[] docsOf(long[] ranked, int from, int to) {
        int[] docs = new int[to - from];
        for (int i = from; i < to; i++) {
            docs[i - from] = Integer.MAX_VALUE - (int) ranked[i];
        }
        Arrays.sort(docs);
        return docs;
    }

    /**
     * Highest quantised score first, then the newest (highest doc id), packed into one long that
     * sorts in that order.
     */
    private static long[] byRank(double[] score, int[] docs) {
        long[] order = new long[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = (-quantise(score[docs[i]]) << 32) | (Integer.MAX_VALUE - docs[i]);
        }
        return order;
    }

    /** Ascending {@code docs} as a JSON array of gaps: the first id, then differences. */
    private static void gaps(StringBuilder sb, int[] docs) {
        sb.append('[');
        for (int i = 0; i < docs.length; i++) {
            (i == 0 ? sb : sb.append(',')).append(i == 0 ? docs[i] : docs[i] - docs[i - 1]);
        }
        sb.append(']');
    }

    /**
     * Every document holding a term: gaps when few (an int[]), a base64 bit set (bit i of byte i/8,
     * a String) when many. The set ends at the term's last document, not at the index's: the entry
     * stays the same when documents are added that do not hold the term.
     */
    static Object membership(int[] docs) {
        int length = docs[docs.length - 1] + 1;
        int bitsetChars = (length + 7) / 8 * 4 / 3 + 4;
        long gapChars = 0;
        for (int i = 0; i < docs.length; i++) {
            int gap = i == 0 ? docs[i] : docs[i] - docs[i - 1];
            gapChars += (gap < 10 ? 1 : gap < 100 ? 2 : gap < 1000 ? 3 : gap < 10000 ? 4 : 6) + 1;
        }
        if (gapChars <= bitsetChars) {
            int[] gaps = new int[docs.length];
            for (int i = 0; i < docs.length; i++) {
                gaps[i] = i == 0 ? docs[i] : docs[i] - docs[i - 1];
            }
            return gaps;
        }
        byte[] bits = new byte[(length + 7) / 8];
        for (int d : docs) {
            bits[d >> 3] |= (byte) (1 << (d & 7));
        }
        return Base64.getEncoder().encodeToString(bits);
    }
}
