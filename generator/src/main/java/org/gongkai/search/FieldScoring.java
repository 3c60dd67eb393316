package org.gongkai.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Per analysed field, what BM25 needs that does not depend on the term: the boost, Lucene's
 * 256-entry table of 1 / (k1 · ((1 − b) + b · length / reference)) ({@link
 * StableBM25#normInverse}), and each leaf's norms as bytes. {@link #score} then repeats
 * BM25Similarity's float arithmetic step by step, so the export scores as IndexSearcher does with
 * {@link StableBM25} (idf aside), without building a scorer (and its table) per term.
 */
final class FieldScoring {
    final String field;
    final int index;
    final float boost;
    final float[] normInverse;
    final byte[][] norms;

    /** Title and 文号 only: their first position makes the phrase bonus. */
    final boolean positions;

    /** Where the field's positions start after the title's (the 文号's offset). */
    final int offset;

    private FieldScoring(IndexReader reader, StableBM25 sim, String field, int index)
            throws IOException {
        this.field = field;
        this.index = index;
        this.boost = SearchSchema.BOOSTS.get(field);
        this.normInverse = sim.normInverse(field);
        this.positions = field.equals(SearchSchema.TITLE) || field.equals(SearchSchema.DOC_NUMBER);
        this.offset = field.equals(SearchSchema.DOC_NUMBER) ? SearchSchema.DOC_NUMBER_OFFSET : 0;
        norms = new byte[reader.leaves().size()][];
        for (LeafReaderContext leaf : reader.leaves()) {
            byte[] b = new byte[leaf.reader().maxDoc()];
            Arrays.fill(b, (byte) 1);
            NumericDocValues nv = leaf.reader().getNormValues(field);
            if (nv != null) {
                for (int d = nv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = nv.nextDoc()) {
                    b[d] = (byte) nv.longValue();
                }
            }
            norms[leaf.ord] = b;
        }
    }

    /** Every analysed field, in {@link SearchSchema#BOOSTS}' order (title before 文号). */
    static List<FieldScoring> of(IndexReader reader, StableBM25 sim) throws IOException {
        List<FieldScoring> fields = new ArrayList<>();
        for (String field : SearchSchema.BOOSTS.keySet()) {
            fields.add(new FieldScoring(reader, sim, field, fields.size()));
        }
        return fields;
    }

    /**
     * BM25Similarity.BM25Scorer#score, with {@link StableBM25}'s idf of 1: weight is the field's
     * boost.
     */
    float score(float weight, int freq, byte norm) {
        return weight - weight / (1f + freq * normInverse[norm & 0xFF]);
    }
}
