package org.gongkai.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * {@link Analysis} as a Lucene analyzer, so the index of record holds exactly the terms search.js
 * asks for.
 *
 * <p>At index time it also stacks, at the same position (so lengths and adjacency are unchanged),
 * the terms a query cut out of the middle of a text produces at its edges: the first and last
 * character of each Han run ("西河村2026年" asks for 年, which in "2026年第一季度" only stands as the start
 * of 年第), and the leading and trailing digits of a number ("8年政务公开" asks for 8, which the text
 * wrote as 2018). Queries are analysed without them, in Java and in search.js alike.
 */
public final class BigramAnalyzer extends Analyzer {

    private final boolean indexing;

    /**
     * @param indexing add the stacked edge terms (the index); false analyses exactly like a query
     */
    public BigramAnalyzer(boolean indexing) {
        // per field: the 文号 field's components differ, and the default (global) reuse would hand
        // one field's tokenizer to another depending on which a thread happened to analyse first
        super(PER_FIELD_REUSE_STRATEGY);
        this.indexing = indexing;
    }

    public BigramAnalyzer() {
        this(true);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        // a 文号's number is exact: 3号 must not also be found as the start of 32号
        return new TokenStreamComponents(
                new AnalysisTokenizer(indexing && !fieldName.equals(SearchSchema.DOC_NUMBER)));
    }

    /**
     * The tokenizer alone, for an engine that builds its own analysis chains (the Solr plugin):
     * with {@code edges} the index's stacked edge terms, without them a query's terms (and the 文号
     * field's).
     */
    public static Tokenizer tokenizer(boolean edges) {
        return new AnalysisTokenizer(edges);
    }

    /**
     * Reads the whole value (fields are one document's text), lists its terms with {@link
     * Analysis#indexTerms} as slices of the normalised characters, then hands them out one by one,
     * copied straight into the term attribute: no String per term.
     */
    static final class AnalysisTokenizer extends Tokenizer implements Analysis.TermSink {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment =
                addAttribute(PositionIncrementAttribute.class);
        private final boolean indexing;
        private final StringBuilder read = new StringBuilder();
        private final char[] buffer = new char[4096];
        private char[] text;

        /** Per term: start, end, and 1 for a positional term or 0 for a stacked one. */
        private int[] slices = new int[3 * 64];

        private int count;
        private int next = -1;

        AnalysisTokenizer(boolean indexing) {
            this.indexing = indexing;
        }

        @Override
        public boolean incrementToken() throws IOException {
            clearAttributes();
            if (next < 0) {
                read.setLength(0);
                for (int n; (n = input.read(buffer)) > 0; ) {
                    read.append(buffer, 0, n);
                }
                text = Analysis.normalised(read.toString());
                count = 0;
                Analysis.indexTerms(text, text.length, indexing, this);
                next = 0;
            }
            if (next >= count) {
                return false;
            }
            int i = 3 * next++;
            term.copyBuffer(text, slices[i], slices[i + 1] - slices[i]);
            increment.setPositionIncrement(slices[i + 2]);
            return true;
        }

        @Override
        public void term(char[] s, int start, int end, boolean positional) {
            if (3 * count + 3 > slices.length) {
                slices = Arrays.copyOf(slices, slices.length * 2);
            }
            int i = 3 * count++;
            slices[i] = start;
            slices[i + 1] = end;
            slices[i + 2] = positional ? 1 : 0;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = -1;
            count = 0;
            text = null;
        }
    }
}
