package org.gongkai.search;

import java.io.IOException;
import java.io.Reader;
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

    /** Reads the whole value (fields are one document's text) and walks it with {@link Analysis.Scanner}. */
    static final class AnalysisTokenizer extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private Analysis.Scanner scanner;

        @Override
        public boolean incrementToken() throws IOException {
            clearAttributes();
            if (scanner == null) {
                scanner = new Analysis.Scanner(Analysis.normalise(readAll(input)));
            }
            if (!scanner.next()) {
                return false;
            }
            term.setEmpty().append(scanner.text(), scanner.start, scanner.end);
            increment.setPositionIncrement(1);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            scanner = null;
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
