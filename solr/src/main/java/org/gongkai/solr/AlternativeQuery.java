package org.gongkai.solr;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.gongkai.search.HeadPositions;
import org.gongkai.search.PublishManifest;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchSchema;
import org.gongkai.search.StableBM25;

/**
 * One alternative of a resident's query (a {@link SearchQuery.Alternative}'s terms), scored as the
 * generator's {@code SearchService} scores it: every term required in some analysed field, each
 * field's clause boosted by the field's boost times the term's one idf over all fields, plus the
 * phrase bonus for consecutive query terms standing side by side in the title or 文号.
 *
 * <p>The idf's document counts are read when the weight is made, through the searcher's statistics:
 * the {@code all} field's document frequency for the term (documents holding it in any field) and
 * its document count (every document holds {@link PublishManifest#EVERY_DOCUMENT}). Under the
 * configset's ExactStatsCache those are the collection's, gathered from every shard before the
 * shards score, so two shards rank like one index.
 */
final class AlternativeQuery extends Query {

    private final List<String> sequence;

    AlternativeQuery(List<String> sequence) {
        this.sequence = List.copyOf(sequence);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode mode, float boost)
            throws IOException {
        CollectionStatistics all = searcher.collectionStatistics(PublishManifest.ALL);
        if (all == null) {
            return new MatchNoDocsQuery().createWeight(searcher, mode, boost);
        }
        IndexReader reader = searcher.getIndexReader();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String term : new LinkedHashSet<>(sequence)) {
            Term t = new Term(PublishManifest.ALL, term);
            int localDocs = reader.docFreq(t);
            if (localDocs == 0) {
                // a required term no document of this shard holds: the shard has no hit for this
                // alternative
                return new MatchNoDocsQuery().createWeight(searcher, mode, boost);
            }
            TermStatistics stats = searcher.termStatistics(t, localDocs, reader.totalTermFreq(t));
            float idf = StableBM25.termIdf(stats.docFreq(), all.docCount());
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            SearchSchema.BOOSTS.forEach(
                    (field, fieldBoost) ->
                            any.add(
                                    new BoostQuery(
                                            new TermQuery(new Term(field, term)), fieldBoost * idf),
                                    Occur.SHOULD));
            b.add(any.build(), Occur.MUST);
        }
        Weight inner = searcher.createWeight(searcher.rewrite(b.build()), mode, boost);
        return mode.needsScores() ? new PhraseBonus(this, inner, sequence) : inner;
    }

    /**
     * Every term the statistics are needed for: the idf's ({@code all}) and each field's, for the
     * reference lengths.
     */
    @Override
    public void visit(QueryVisitor visitor) {
        QueryVisitor v = visitor.getSubVisitor(Occur.MUST, this);
        for (String term : new LinkedHashSet<>(sequence)) {
            v.consumeTerms(this, new Term(PublishManifest.ALL, term));
            for (String field : SearchSchema.BOOSTS.keySet()) {
                v.consumeTerms(this, new Term(field, term));
            }
        }
        v.consumeTerms(this, new Term(PublishManifest.ALL, PublishManifest.EVERY_DOCUMENT));
    }

    @Override
    public String toString(String field) {
        return "gongkai(" + String.join(" ", sequence) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && sequence.equals(((AlternativeQuery) other).sequence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), sequence);
    }

    /**
     * The inner scores plus {@link SearchSchema#PHRASE_BONUS} per adjacent pair, as {@code
     * SearchService} adds it.
     */
    private static final class PhraseBonus extends Weight {
        private final Weight inner;
        private final List<String> sequence;

        PhraseBonus(Query query, Weight inner, List<String> sequence) {
            super(query);
            this.inner = inner;
            this.sequence = sequence;
        }

        @Override
        public Scorer scorer(LeafReaderContext context) throws IOException {
            Scorer s = inner.scorer(context);
            return s == null
                    ? null
                    : new BonusScorer(
                            this,
                            s,
                            new HeadPositions(context.reader(), sequence),
                            sequence.size());
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            Explanation e = inner.explain(context, doc);
            if (!e.isMatch()) {
                return e;
            }
            // a fresh reader: explain asks documents in any order
            int pairs = new HeadPositions(context.reader(), sequence).pairs(doc);
            float bonus = SearchSchema.PHRASE_BONUS * pairs;
            return Explanation.match(
                    e.getValue().floatValue() + bonus,
                    "sum of:",
                    e,
                    Explanation.match(
                            bonus,
                            "phrase bonus, " + pairs + " adjacent pairs in the title or 文号"));
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
            return false;
        }
    }

    /** Documents come in increasing order, so one {@link HeadPositions} serves the segment. */
    private static final class BonusScorer extends Scorer {
        private final Scorer inner;
        private final HeadPositions heads;
        private final float maxBonus;

        BonusScorer(Weight weight, Scorer inner, HeadPositions heads, int terms) {
            super(weight);
            this.inner = inner;
            this.heads = heads;
            this.maxBonus = SearchSchema.PHRASE_BONUS * Math.max(0, terms - 1);
        }

        @Override
        public float score() throws IOException {
            return inner.score() + SearchSchema.PHRASE_BONUS * heads.pairs(inner.docID());
        }

        /**
         * The inner bound plus the largest bonus (every pair adjacent), so block-max skipping can
         * pass over blocks that cannot reach the top hits without dropping one.
         */
        @Override
        public float getMaxScore(int upTo) throws IOException {
            return inner.getMaxScore(upTo) + maxBonus;
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return inner.advanceShallow(target);
        }

        @Override
        public int docID() {
            return inner.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return inner.iterator();
        }
    }
}
