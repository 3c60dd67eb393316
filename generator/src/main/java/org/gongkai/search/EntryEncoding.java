package org.gongkai.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Arrays;
import java.util.Base64;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongHeap;

/**
 * A term's entry in a shard, written by hand in the form Jackson gives a sorted map (keys d, f, h,
 * m, n, s, td, th in order, no spaces): a term is encoded once per build for every term of the
 * vocabulary, and going through a map of boxed values cost more than the walk that scored it.
 *
 * <p>Per term: its document count {@code n}, the postings kept (doc ids as gaps {@code d}, the
 * term's tf-part summed over fields with their boosts, ×{@link #SCALE}, {@code s}, and its first
 * position in the title or 文号 +1 for the phrase bonus {@code h}). A frequent term keeps only its
 * {@link #CAP} highest-scoring postings plus the set of every document holding it ({@code m}), so
 * "every term is required" stays exact while the download stays small; the others score {@code f},
 * the lowest kept score, an upper bound. The documents not kept that hold the term in the title or
 * 文号 are listed with that first position ({@code td} gaps, {@code th}), so the phrase bonus is
 * exact for every candidate.
 *
 * <p>A {@linkplain Mode#bounded bounded} index (a platform's) keeps more of a frequent term's best
 * postings and writes the rest of its entry ({@code m}, {@code td}, {@code th}: they grow with the
 * whole platform, 563 KB and 427 KB over the nine bench queries at 200,000 documents) to a {@link
 * Sidecar} that search.js reads only when it must.
 */
final class EntryEncoding {

    /**
     * How a frequent term is written: its {@code keep} best postings in the shard, and with {@code
     * bounded} its membership set and other title positions in a {@link Sidecar}, not the shard.
     */
    record Mode(int keep, boolean bounded) {

        /** A column's index: the shard alone gives exact "every term is required". */
        static final Mode EXACT = new Mode(CAP, false);

        /**
         * Postings a platform keeps per frequent term: at 200,000 documents 400 keeps the nine
         * bench queries' first page within the budget (README, 全平台搜索).
         */
        static final int PLATFORM_KEEP = 400;

        static Mode bounded(int keep) {
            return new Mode(keep, true);
        }
    }

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

    private EntryEncoding() {}

    static long quantise(double score) {
        return Math.round(score * SCALE);
    }

    /**
     * The entry of a term held by {@code members}, with {@code score} and {@code head} (first title
     * or 文号 position +1, 0 if none) indexed by doc id.
     */
    static String term(double[] score, int[] head, FixedBitSet members) {
        return term(score, head, members, Mode.EXACT);
    }

    /** The entry keeping {@code mode}'s number of postings (a bounded index splits it later). */
    static String term(double[] score, int[] head, FixedBitSet members, Mode mode) {
        int cap = mode.keep();
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
        long floor = 0;
        Object membership = null;
        if (count > cap) {
            long last = Long.MIN_VALUE;
            kept = new int[cap];
            int i = 0;
            for (long order : smallest(byRank(score, docs), cap)) {
                kept[i++] = Integer.MAX_VALUE - (int) order;
                last = Math.max(last, order);
            }
            Arrays.sort(kept);
            floor = -(last >> 32);
            membership = membership(docs);
        }
        StringBuilder sb = new StringBuilder(16 + kept.length * 12);
        sb.append("{\"d\":");
        gaps(sb, kept);
        if (kept != docs) {
            sb.append(",\"f\":").append(floor);
        }
        boolean anyHead = false;
        for (int d : kept) {
            anyHead |= head[d] != 0;
        }
        if (anyHead) {
            sb.append(",\"h\":[");
            for (int i = 0; i < kept.length; i++) {
                (i == 0 ? sb : sb.append(',')).append(head[kept[i]]);
            }
            sb.append(']');
        }
        if (membership instanceof String bits) {
            sb.append(",\"m\":\"").append(bits).append('"');
        } else if (membership instanceof int[] gaps) {
            sb.append(",\"m\":");
            list(sb, gaps);
        }
        sb.append(",\"n\":").append(count).append(",\"s\":[");
        for (int i = 0; i < kept.length; i++) {
            (i == 0 ? sb : sb.append(',')).append(quantise(score[kept[i]]));
        }
        sb.append(']');
        if (kept != docs) {
            notKeptHeads(sb, docs, kept, head);
        }
        return sb.append('}').toString();
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

    /** The {@code k} smallest of {@code values}, in no particular order: Lucene's bounded heap. */
    static long[] smallest(long[] values, int k) {
        // the heap keeps the largest values; ~v reverses the order without overflow
        LongHeap heap = new LongHeap(k);
        for (long v : values) {
            heap.insertWithOverflow(~v);
        }
        long[] out = new long[heap.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ~heap.pop();
        }
        return out;
    }

    /**
     * The documents not kept that hold the term in the title or 文号, with its first position there:
     * every candidate's phrase bonus is then exact, as Lucene computes it, not only the kept ones'.
     */
    private static void notKeptHeads(StringBuilder sb, int[] docs, int[] kept, int[] head) {
        StringBuilder td = new StringBuilder();
        StringBuilder th = new StringBuilder();
        int previous = 0;
        for (int i = 0, j = 0; i < docs.length; i++) {
            int d = docs[i];
            while (j < kept.length && kept[j] < d) {
                j++;
            }
            if ((j >= kept.length || kept[j] != d) && head[d] != 0) {
                (td.length() == 0 ? td : td.append(',')).append(d - previous);
                (th.length() == 0 ? th : th.append(',')).append(head[d]);
                previous = d;
            }
        }
        if (td.length() > 0) {
            sb.append(",\"td\":[").append(td).append("],\"th\":[").append(th).append(']');
        }
    }

    /** Ascending {@code docs} as a JSON array of gaps: the first id, then differences. */
    private static void gaps(StringBuilder sb, int[] docs) {
        sb.append('[');
        for (int i = 0; i < docs.length; i++) {
            (i == 0 ? sb : sb.append(',')).append(i == 0 ? docs[i] : docs[i] - docs[i - 1]);
        }
        sb.append(']');
    }

    private static void list(StringBuilder sb, int[] values) {
        sb.append('[');
        for (int i = 0; i < values.length; i++) {
            (i == 0 ? sb : sb.append(',')).append(values[i]);
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
