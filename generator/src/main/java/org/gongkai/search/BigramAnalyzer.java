package org.gongkai.search;

import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** {@link Analysis} as a Lucene analyzer, so the index of record holds exactly the terms search.js asks for. */
public final class BigramAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new AnalysisTokenizer());
    }

    /** Reads the whole value (fields are one document's text) and replays {@link Analysis#tokens}. */
    static final class AnalysisTokenizer extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private Iterator<Analysis.Token> tokens;

        @Override
        public boolean incrementToken() throws IOException {
            clearAttributes();
            if (tokens == null) {
                tokens = Analysis.tokens(readAll(input)).iterator();
            }
            if (!tokens.hasNext()) {
                return false;
            }
            term.setEmpty().append(tokens.next().term());
            increment.setPositionIncrement(1);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            tokens = null;
        }

        private static String readAll(Reader r) throws IOException {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[4096];
            for (int n; (n = r.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        }
    }
}
