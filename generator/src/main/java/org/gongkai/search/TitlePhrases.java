package org.gongkai.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * A bounded index's title phrases: for each three Han characters standing together in titles (two
 * overlapping bigrams at adjacent positions), the complete list of documents whose title holds
 * them, when at most {@link #KEEP} do. Known-item queries are stretches of a title whose every
 * bigram is common on a large platform: without the membership sets of the exact form their
 * bigrams' best postings rarely meet, the title phrase names the few documents that hold them all.
 * Entries {@code ~abc → {d, n}} sit in the shards beside the terms (no term starts with ~);
 * search.js asks for them only when a query term's list was cut.
 */
final class TitlePhrases {

    /** A phrase is listed when at most this many titles hold it: rare ones are what names a doc. */
    static final int KEEP = 1000;

    static final String PREFIX = "~";

    private TitlePhrases() {}

    /** The entries of every title phrase held by at most {@link #KEEP} documents, in key order. */
    static List<ShardEntry> of(IndexReader reader) throws IOException {
        // every (document, position, bigram) of the titles, sorted: a title's bigrams in order
        Map<String, Integer> bigramIds = new HashMap<>();
        List<String> bigrams = new ArrayList<>();
        long[] at = new long[1024];
        int size = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(SearchSchema.TITLE);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            PostingsEnum pe = null;
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                String term = t.utf8ToString();
                if (!hanBigram(term)) {
                    continue;
                }
                int id = bigramIds.computeIfAbsent(term, k -> bigrams.size());
                if (id == bigrams.size()) {
                    bigrams.add(term);
                }
                pe = te.postings(pe, PostingsEnum.POSITIONS);
                for (int doc; (doc = pe.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS; ) {
                    for (int i = pe.freq(); i > 0; i--) {
                        if (size == at.length) {
                            at = Arrays.copyOf(at, size * 2);
                        }
                        long position = Math.min(pe.nextPosition(), (1 << 20) - 1);
                        at[size++] = ((long) (leaf.docBase + doc) << 41) | (position << 21) | id;
                    }
                }
            }
        }
        Arrays.sort(at, 0, size);
        // (phrase, document) pairs, then grouped by phrase
        Map<String, Integer> phraseIds = new HashMap<>();
        List<String> phrases = new ArrayList<>();
        long[] pairs = new long[Math.max(16, size)];
        int count = 0;
        for (int i = 0; i + 1 < size; i++) {
            long a = at[i];
            long b = at[i + 1];
            if (a >>> 41 != b >>> 41 || ((b >>> 21) & 0xFFFFF) != ((a >>> 21) & 0xFFFFF) + 1) {
                continue;
            }
            String first = bigrams.get((int) (a & 0x1FFFFF));
            String second = bigrams.get((int) (b & 0x1FFFFF));
            if (first.charAt(1) != second.charAt(0)) {
                continue;
            }
            String phrase = first + second.charAt(1);
            int id = phraseIds.computeIfAbsent(phrase, k -> phrases.size());
            if (id == phrases.size()) {
                phrases.add(phrase);
            }
            pairs[count++] = ((long) id << 32) | (a >>> 41);
        }
        Arrays.sort(pairs, 0, count);
        List<ShardEntry> out = new ArrayList<>();
        for (int i = 0; i < count; ) {
            int id = (int) (pairs[i] >>> 32);
            int end = i;
            while (end < count && (int) (pairs[end] >>> 32) == id) {
                end++;
            }
            entry(phrases.get(id), pairs, i, end, out);
            i = end;
        }
        out.sort((x, y) -> x.key().compareTo(y.key()));
        return out;
    }

    /** The entry of one phrase from its sorted (phrase, doc) pairs [from, to), if few hold it. */
    private static void entry(String phrase, long[] pairs, int from, int to, List<ShardEntry> out) {
        StringBuilder sb = new StringBuilder("{\"d\":[");
        int previous = 0;
        int docs = 0;
        for (int i = from; i < to; i++) {
            int doc = (int) pairs[i];
            if (i > from && doc == previous) {
                continue; // the phrase twice in one title
            }
            if (++docs > KEEP) {
                return;
            }
            (docs == 1 ? sb : sb.append(',')).append(doc - (docs == 1 ? 0 : previous));
            previous = doc;
        }
        String json = sb.append("],\"n\":").append(docs).append('}').toString();
        out.add(
                new ShardEntry(
                        PREFIX + phrase,
                        Fingerprint.of(json.getBytes(StandardCharsets.UTF_8)),
                        json));
    }

    private static boolean hanBigram(String term) {
        return term.length() == 2
                && Character.UnicodeScript.of(term.charAt(0)) == Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(term.charAt(1)) == Character.UnicodeScript.HAN;
    }
}
