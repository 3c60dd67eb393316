package org.gongkai.solr;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.solr.schema.SimilarityFactory;
import org.gongkai.search.SearchSchema;
import org.gongkai.search.StableBM25;

/**
 * {@link StableBM25} inside Solr: BM25 with the schema's k1 and b, length normalised against each
 * field's reference length (its average rounded to a power of two) and no per-field idf — the query
 * applies one idf per term over all fields as a boost ({@link AlternativeQuery}). The reference
 * lengths come from the collection statistics Solr hands the scorer; with the configset's
 * ExactStatsCache those are the whole collection's, so every shard normalises as the one local
 * index does.
 */
public final class StableBM25SimilarityFactory extends SimilarityFactory {

    @Override
    public Similarity getSimilarity() {
        return new CollectionBM25();
    }

    /**
     * Norms as Lucene's BM25 computes them (positions, stacked edge terms not counted), as the
     * local index has them.
     */
    static final class CollectionBM25 extends BM25Similarity {
        CollectionBM25() {
            super(SearchSchema.K1, SearchSchema.B);
        }

        @Override
        protected float avgFieldLength(CollectionStatistics stats) {
            return StableBM25.referenceLength(stats.sumTotalTermFreq() / (double) stats.docCount());
        }

        @Override
        protected float idf(long docFreq, long docCount) {
            return 1f;
        }
    }
}
