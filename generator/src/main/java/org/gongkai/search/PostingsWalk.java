package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.gongkai.content.Parallel;

/**
 * One task's walk through a range of the vocabulary, scoring each term's postings with BM25: per
 * leaf and field a TermsEnum that only moves forward, and per-document buffers reused from term to
 * term.
 */
final class PostingsWalk {
    private final IndexReader reader;
    private final List<FieldScoring> fields;
    private final EntryEncoding.Mode mode;
    private final double[] score;
    private final int[] head;
    private final FixedBitSet members;
    private final TermsEnum[][] cursor;
    private final BytesRef[][] at;
    private final PostingsEnum[][] postings;

    private PostingsWalk(IndexReader reader, List<FieldScoring> fields, EntryEncoding.Mode mode) {
        this.reader = reader;
        this.fields = fields;
        this.mode = mode;
        int n = reader.maxDoc();
        this.score = new double[n];
        this.head = new int[n];
        this.members = new FixedBitSet(Math.max(1, n));
        int leaves = reader.leaves().size();
        this.cursor = new TermsEnum[fields.size()][leaves];
        this.at = new BytesRef[fields.size()][leaves];
        this.postings = new PostingsEnum[fields.size()][leaves];
    }

    /**
     * Every term's fingerprint, in term order, without its entry: what an incremental export
     * compares with the last one's before it makes any entry.
     */
    static List<ShardEntry> fingerprints(
            IndexReader reader,
            List<FieldScoring> fields,
            Vocabulary vocabulary,
            EntryEncoding.Mode mode) {
        return walk(reader, fields, vocabulary, mode, term -> false, true);
    }

    /**
     * The fingerprint and entry of every term {@code make} accepts, in term order; the others are
     * passed over unread. Entries are written as {@code mode} says.
     */
    static List<ShardEntry> entries(
            IndexReader reader,
            List<FieldScoring> fields,
            Vocabulary vocabulary,
            EntryEncoding.Mode mode,
            Predicate<BytesRef> make) {
        return walk(reader, fields, vocabulary, mode, make, false);
    }

    /**
     * Contiguous ranges of the vocabulary of about equal work in parallel, each with cursors of its
     * own; a term {@code make} refuses has its fingerprint alone when {@code fingerprintOthers}.
     */
    private static List<ShardEntry> walk(
            IndexReader reader,
            List<FieldScoring> fields,
            Vocabulary vocabulary,
            EntryEncoding.Mode mode,
            Predicate<BytesRef> make,
            boolean fingerprintOthers) {
        List<Vocabulary.Term> terms = vocabulary.terms();
        long work = 0;
        for (Vocabulary.Term v : terms) {
            work += v.postings() + 16;
        }
        int tasks =
                Math.max(
                        1,
                        Math.min(terms.size() / 64, 4 * ForkJoinPool.getCommonPoolParallelism()));
        int[] cut = new int[tasks + 1];
        long seen = 0;
        for (int i = 0, t = 1; i < terms.size() && t < tasks; i++) {
            seen += terms.get(i).postings() + 16;
            if (seen * tasks >= work * t) {
                cut[t++] = i + 1;
            }
        }
        cut[tasks] = terms.size();
        for (int t = 1; t < tasks; t++) {
            cut[t] = Math.max(cut[t], cut[t - 1]);
        }
        List<List<ShardEntry>> parts =
                Parallel.map(
                        IntStream.range(0, tasks).boxed().toList(),
                        t ->
                                new PostingsWalk(reader, fields, mode)
                                        .range(
                                                terms.subList(cut[t], cut[t + 1]),
                                                make,
                                                fingerprintOthers));
        List<ShardEntry> out = new ArrayList<>(terms.size());
        parts.forEach(out::addAll);
        return out;
    }

    private List<ShardEntry> range(
            List<Vocabulary.Term> range, Predicate<BytesRef> make, boolean fingerprintOthers) {
        List<ShardEntry> out = new ArrayList<>(range.size());
        if (range.isEmpty()) {
            return out;
        }
        try {
            BytesRef first = range.get(0).bytes();
            for (FieldScoring f : fields) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    Terms terms = leaf.reader().terms(f.field);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum te = terms.iterator();
                    cursor[f.index][leaf.ord] = te;
                    at[f.index][leaf.ord] =
                            te.seekCeil(first) == TermsEnum.SeekStatus.END ? null : te.term();
                }
            }
            for (Vocabulary.Term v : range) {
                BytesRef term = v.bytes();
                if (make.test(term)) {
                    long fingerprint = walk(term, true);
                    out.add(
                            new ShardEntry(
                                    term.utf8ToString(),
                                    fingerprint,
                                    EntryEncoding.term(score, head, members, mode)));
                    members.clear();
                } else if (fingerprintOthers) {
                    out.add(new ShardEntry(term.utf8ToString(), walk(term, false), null));
                } else {
                    skip(term);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Moves every cursor standing on {@code term} to the next term, its postings unread. */
    private void skip(BytesRef term) throws IOException {
        for (FieldScoring f : fields) {
            for (int l = 0; l < at[f.index].length; l++) {
                if (at[f.index][l] != null && at[f.index][l].bytesEquals(term)) {
                    at[f.index][l] = cursor[f.index][l].next();
                }
            }
        }
    }

    /**
     * Reads the term's postings in every field and returns their fingerprint — per posting the
     * field, document, frequency, length norm and first position: all the entry is made from. With
     * {@code scoring}, also fills {@link #score}, {@link #head} and {@link #members} for {@link
     * EntryEncoding#term}.
     */
    private long walk(BytesRef term, boolean scoring) throws IOException {
        long fingerprint = 0;
        // title before 文号: a term's "head" position is its first place in the title, else in the
        // 文号
        for (FieldScoring f : fields) {
            float weight = f.boost;
            for (LeafReaderContext leaf : reader.leaves()) {
                int l = leaf.ord;
                if (at[f.index][l] == null || !at[f.index][l].bytesEquals(term)) {
                    continue;
                }
                TermsEnum te = cursor[f.index][l];
                PostingsEnum pe =
                        te.postings(
                                postings[f.index][l],
                                f.positions ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
                postings[f.index][l] = pe;
                byte[] norms = f.norms[l];
                for (int doc; (doc = pe.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS; ) {
                    int global = leaf.docBase + doc;
                    int freq = pe.freq();
                    int position = f.positions ? pe.nextPosition() + f.offset + 1 : 0;
                    fingerprint =
                            Fingerprint.mix(
                                    Fingerprint.mix(fingerprint, ((long) global << 8) | f.index),
                                    ((long) freq << 40) | ((norms[doc] & 0xFFL) << 32) | position);
                    if (!scoring) {
                        continue;
                    }
                    if (!members.getAndSet(global)) {
                        score[global] = 0;
                        head[global] = 0;
                    }
                    score[global] += f.score(weight, freq, norms[doc]);
                    if (head[global] == 0) {
                        head[global] = position;
                    }
                }
                at[f.index][l] = te.next();
            }
        }
        return fingerprint;
    }
}
