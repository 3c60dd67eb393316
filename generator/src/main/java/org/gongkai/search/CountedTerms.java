package org.gongkai.search;

import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * A field indexed with frequencies but no positions (the body, issuer, topics …), analysed exactly
 * as {@link BigramAnalyzer} would at index time but handed to Lucene one distinct term at a time
 * with its count ({@link TermFrequencyAttribute}), instead of one token per occurrence. Lucene
 * stores the same postings either way; it just hashes each distinct term once per document instead
 * of once per occurrence, which was most of the indexing time.
 *
 * <p>The field's length (its norm, for BM25) is the number of positions, stacked edge terms not
 * counted, as {@link BM25Similarity} would compute it from the token stream. Lucene adds custom
 * frequencies to {@link FieldInvertState#getLength()}, so the norm is taken from the position
 * instead: the first term carries the whole position increment ({@link Norms}).
 */
final class CountedTerms extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
            addAttribute(PositionIncrementAttribute.class);
    private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
    private final Counter counts;
    private int next;

    private CountedTerms(Counter counts) {
        this.counts = counts;
    }

    /** The index's terms of {@code text}, edge terms included. */
    static CountedTerms of(String text) {
        return of(Analysis.normalised(text));
    }

    /** As {@link #of(String)}, for text already normalised by {@link Analysis#normalised}. */
    static CountedTerms of(char[] normalised) {
        Counter c = new Counter();
        Analysis.indexTerms(normalised, normalised.length, true, c);
        return new CountedTerms(c);
    }

    int positions() {
        return counts.positions;
    }

    int distinct() {
        return counts.size;
    }

    @Override
    public boolean incrementToken() {
        if (next >= counts.size) {
            return false;
        }
        clearAttributes();
        int i = next++;
        term.copyBuffer(counts.chars, counts.start[i], counts.length[i]);
        increment.setPositionIncrement(i == 0 ? counts.positions : 0);
        frequency.setTermFrequency(counts.count[i]);
        return true;
    }

    @Override
    public void reset() {
        next = 0;
    }

    /**
     * Distinct terms in first-seen order with their counts, in one char pool and an open-addressing
     * table.
     */
    static final class Counter implements Analysis.TermSink {
        char[] chars = new char[256];
        int used;
        int[] start = new int[64];
        int[] length = new int[64];
        int[] count = new int[64];
        int[] hash = new int[64];
        int size;
        int positions;
        private int[] table = filled(128);

        private static int[] filled(int n) {
            int[] t = new int[n];
            Arrays.fill(t, -1);
            return t;
        }

        @Override
        public void term(char[] s, int from, int to, boolean positional) {
            if (positional) {
                positions++;
            }
            int len = to - from;
            int h = len;
            for (int i = from; i < to; i++) {
                h = (h + s[i]) * 0x9E3779B1;
            }
            // murmur3's finaliser: neighbouring bigrams (and 31-style collisions like 保护/促护) spread
            // apart
            h ^= h >>> 16;
            h *= 0x85EBCA6B;
            h ^= h >>> 13;
            int mask = table.length - 1;
            for (int slot = h & mask; ; slot = (slot + 1) & mask) {
                int id = table[slot];
                if (id < 0) {
                    table[slot] = add(s, from, len, h);
                    return;
                }
                if (hash[id] == h
                        && length[id] == len
                        && Arrays.equals(chars, start[id], start[id] + len, s, from, to)) {
                    count[id]++;
                    return;
                }
            }
        }

        private int add(char[] s, int from, int len, int h) {
            if (size == start.length) {
                int n = size * 2;
                start = Arrays.copyOf(start, n);
                length = Arrays.copyOf(length, n);
                count = Arrays.copyOf(count, n);
                hash = Arrays.copyOf(hash, n);
            }
            if (used + len > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
            }
            System.arraycopy(s, from, chars, used, len);
            int id = size++;
            start[id] = used;
            length[id] = len;
            count[id] = 1;
            hash[id] = h;
            used += len;
            if (size * 2 > table.length) {
                rehash();
            }
            return id;
        }

        private void rehash() {
            table = filled(table.length * 2);
            int mask = table.length - 1;
            for (int id = 0; id < size; id++) {
                int slot = hash[id] & mask;
                while (table[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = id;
            }
        }
    }

    /**
     * BM25 at index time with the field length read from the last position rather than from length
     * − overlaps: equal for a token stream (stacked terms add no position), and still right for
     * {@link CountedTerms}, whose custom frequencies Lucene adds to the length.
     */
    static final class Norms extends BM25Similarity {
        Norms() {
            super(SearchSchema.K1, SearchSchema.B);
        }

        @Override
        public long computeNorm(FieldInvertState state) {
            if (state.getIndexOptions() == IndexOptions.DOCS) {
                return super.computeNorm(state);
            }
            return SmallFloat.intToByte4(state.getPosition() + 1);
        }
    }
}
