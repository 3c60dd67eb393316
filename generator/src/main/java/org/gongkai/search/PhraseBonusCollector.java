package org.gongkai.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Every document matching one alternative of a query, its score plus the phrase bonus, kept in
 * {@code best} at its highest over the alternatives. Collecting straight into the map replaces a
 * top-docs queue as large as the index (a heap of every document, then a sort by document for the
 * bonus), and a scorer hands each segment's documents in order, as {@link HeadPositions} needs.
 */
final class PhraseBonusCollector extends SimpleCollector {

    private final Map<Integer, Float> best;
    private final List<String> sequence;
    private HeadPositions heads;
    private int docBase;
    private Scorable scorer;

    private PhraseBonusCollector(Map<Integer, Float> best, List<String> sequence) {
        this.best = best;
        this.sequence = sequence;
    }

    /** For a searcher without an executor: its one collector writes into {@code best}. */
    static CollectorManager<PhraseBonusCollector, Void> into(
            Map<Integer, Float> best, List<String> sequence) {
        return new CollectorManager<>() {
            @Override
            public PhraseBonusCollector newCollector() {
                return new PhraseBonusCollector(best, sequence);
            }

            @Override
            public Void reduce(Collection<PhraseBonusCollector> collectors) {
                return null;
            }
        };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        heads = new HeadPositions(context.reader(), sequence);
        docBase = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
        float score = scorer.score() + SearchSchema.PHRASE_BONUS * heads.pairs(doc);
        best.merge(docBase + doc, score, Math::max);
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }
}
