package org.gongkai.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The terms of the analysed fields over every leaf, in term order, each with the postings it holds
 * in all of them: the work its entry costs, and what the shard plan estimates sizes from.
 */
record Vocabulary(List<Vocabulary.Term> terms) {

    /** One term and its postings summed over fields and leaves. */
    record Term(BytesRef bytes, long postings) {}

    Vocabulary {
        terms = List.copyOf(terms);
    }

    /** A k-way merge of every leaf's and field's term dictionary: no posting is read. */
    static Vocabulary read(IndexReader reader) throws IOException {
        record Cursor(TermsEnum terms, BytesRef at) {}
        PriorityQueue<Cursor> queue = new PriorityQueue<>(Comparator.comparing(Cursor::at));
        for (LeafReaderContext leaf : reader.leaves()) {
            for (String field : SearchSchema.BOOSTS.keySet()) {
                Terms terms = leaf.reader().terms(field);
                if (terms != null) {
                    TermsEnum te = terms.iterator();
                    BytesRef t = te.next();
                    if (t != null) {
                        queue.add(new Cursor(te, t));
                    }
                }
            }
        }
        List<Term> out = new ArrayList<>();
        BytesRef current = null;
        long postings = 0;
        while (!queue.isEmpty()) {
            Cursor top = queue.poll();
            if (current == null || !current.bytesEquals(top.at())) {
                if (current != null) {
                    out.add(new Term(current, postings));
                }
                current = BytesRef.deepCopyOf(top.at());
                postings = 0;
            }
            postings += top.terms().docFreq();
            BytesRef next = top.terms().next();
            if (next != null) {
                queue.add(new Cursor(top.terms(), next));
            }
        }
        if (current != null) {
            out.add(new Term(current, postings));
        }
        return new Vocabulary(out);
    }

    int size() {
        return terms.size();
    }
}
