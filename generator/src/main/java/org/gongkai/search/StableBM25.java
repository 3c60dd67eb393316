package org.gongkai.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * BM25 split so that what the static export stores for a document depends on that document alone,
 * and a changed document rewrites only the shards of its own terms:
 *
 * <ul>
 *   <li>length normalisation against a <em>reference length</em> per field — the field's average
 *       length rounded to the nearest power of two — instead of the exact average, which every edit
 *       moves (and with it every stored score). It changes only when the average crosses a rounding
 *       boundary;
 *   <li>one idf per term, over all fields, from the number of documents holding it anywhere ({@code
 *       n}) and the number of documents ({@code N}), applied at query time ({@link #termIdf};
 *       search.js computes it from the entry's {@code n} and the manifest's {@code docs}). Lucene's
 *       per-field idf would put the collection size into every stored score: one new document
 *       changed them all.
 * </ul>
 *
 * A term's score in a document is therefore {@code idf(n, N) · Σ_field boost · tf-part}, where the
 * tf-part is Lucene's BM25 arithmetic with idf 1: the export stores the sum, {@link SearchService}
 * queries each field with boost {@code boost · idf} through this similarity.
 */
public final class StableBM25 extends BM25Similarity {

    private final Map<String, Float> referenceLengths;

    public StableBM25(Map<String, Float> referenceLengths) {
        super(SearchSchema.K1, SearchSchema.B);
        this.referenceLengths = Map.copyOf(referenceLengths);
    }

    /** For a searcher over {@code reader}: the reference lengths of its fields. */
    public static StableBM25 of(IndexReader reader) throws IOException {
        return new StableBM25(referenceLengths(new IndexSearcher(reader)));
    }

    /**
     * Per analysed field, the power of two nearest (in ratio) to its average length; 1 for an empty
     * field.
     */
    static Map<String, Float> referenceLengths(IndexSearcher searcher) throws IOException {
        Map<String, Float> out = new LinkedHashMap<>();
        for (String field : SearchSchema.BOOSTS.keySet()) {
            CollectionStatistics stats = searcher.collectionStatistics(field);
            out.put(
                    field,
                    stats == null
                            ? 1f
                            : referenceLength(
                                    stats.sumTotalTermFreq() / (double) stats.docCount()));
        }
        return out;
    }

    /**
     * The reference length for a field's average length: the power of two nearest to it in ratio,
     * at least 1.
     */
    public static float referenceLength(double average) {
        if (!(average > 1)) {
            return 1f;
        }
        return (float) Math.pow(2, (double) Math.round(Math.log(average) / Math.log(2)));
    }

    public Map<String, Float> referenceLengths() {
        return referenceLengths;
    }

    @Override
    protected float avgFieldLength(CollectionStatistics collectionStats) {
        return referenceLengths.getOrDefault(collectionStats.field(), 1f);
    }

    /** 1: the idf is the caller's, per term over all fields ({@link #termIdf} as a boost). */
    @Override
    protected float idf(long docFreq, long docCount) {
        return 1f;
    }

    /** Lucene's BM25 idf, ln(1 + (N − n + 0.5) / (n + 0.5)), in the float search.js reproduces. */
    public static float termIdf(long documentsWithTerm, long documents) {
        return (float)
                Math.log(1 + (documents - documentsWithTerm + 0.5D) / (documentsWithTerm + 0.5D));
    }

    /**
     * The tf-part table for one field: 1 / (k1 · ((1 − b) + b · length / reference)) per norm byte,
     * as Lucene's scorer has it.
     */
    float[] normInverse(String field) {
        float reference = referenceLengths.getOrDefault(field, 1f);
        float[] table = new float[256];
        for (int i = 0; i < 256; i++) {
            table[i] =
                    1f
                            / (SearchSchema.K1
                                    * ((1 - SearchSchema.B)
                                            + SearchSchema.B
                                                    * SmallFloat.byte4ToInt((byte) i)
                                                    / reference));
        }
        return table;
    }
}
