package org.gongkai.solr;

import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.gongkai.search.BigramAnalyzer;

/**
 * The generator's analysis ({@code org.gongkai.search.Analysis}) as a Solr tokenizer: the same
 * terms at the same positions as the local index, so a field's statistics and a document's scores
 * agree. {@code edges="true"} (the default) stacks the index's edge terms; the 文号 field and query
 * analysis take {@code edges="false"}.
 */
public final class AnalysisTokenizerFactory extends TokenizerFactory {

    /** The name Lucene's analysis SPI knows it by. */
    public static final String NAME = "gongkaiAnalysis";

    private final boolean edges;

    public AnalysisTokenizerFactory(Map<String, String> args) {
        super(args);
        edges = getBoolean(args, "edges", true);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For the SPI loader only. */
    public AnalysisTokenizerFactory() {
        throw defaultCtorException();
    }

    /**
     * The attribute factory is the tokenizer's own: its terms are copied straight from the
     * normalised text.
     */
    @Override
    public Tokenizer create(AttributeFactory factory) {
        return BigramAnalyzer.tokenizer(edges);
    }
}
