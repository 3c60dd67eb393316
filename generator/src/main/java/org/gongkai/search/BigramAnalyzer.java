package org.gongkai.search;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * {@link Analysis} as a Lucene analyzer, so the index of record holds exactly the terms search.js asks for.
 *
 * <p>At index time it also stacks, at the same position (so lengths and adjacency are unchanged), the
 * terms a query cut out of the middle of a text produces at its edges: the first and last character of
 * each Han run ("西河村2026年" asks for 年, which in "2026年第一季度" only stands as the start of 年第), and
 * the leading and trailing digits of a number ("8年政务公开" asks for 8, which the text wrote as 2018).
 * Queries are analysed without them, in Java and in search.js alike.
 */
public final class BigramAnalyzer extends Analyzer {

    private final boolean indexing;

    /** @param indexing add the stacked edge terms (the index); false analyses exactly like a query */
    public BigramAnalyzer(boolean indexing) {
        this.indexing = indexing;
    }

    public BigramAnalyzer() {
        this(true);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        // a 文号's number is exact: 3号 must not also be found as the start of 32号
        return new TokenStreamComponents(new AnalysisTokenizer(indexing && !fieldName.equals(SearchSchema.DOC_NUMBER)));
    }

    /** Reads the whole value (fields are one document's text) and walks it with {@link Analysis.Scanner}. */
    static final class AnalysisTokenizer extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final boolean indexing;
        private final java.util.ArrayDeque<String> stacked = new java.util.ArrayDeque<>();
        private Analysis.Scanner scanner;

        AnalysisTokenizer(boolean indexing) {
            this.indexing = indexing;
        }

        @Override
        public boolean incrementToken() throws IOException {
            clearAttributes();
            if (scanner == null) {
                scanner = new Analysis.Scanner(Analysis.normalise(readAll(input)));
            }
            if (!stacked.isEmpty()) {
                term.setEmpty().append(stacked.poll());
                increment.setPositionIncrement(0);
                return true;
            }
            if (!scanner.next()) {
                return false;
            }
            String text = scanner.text();
            int start = scanner.start;
            int end = scanner.end;
            term.setEmpty().append(text, start, end);
            increment.setPositionIncrement(1);
            if (indexing) {
                stack(text, start, end);
            }
            return true;
        }

        private void stack(String text, int start, int end) {
            if (scanner.firstOfRun) {
                stacked.add(text.substring(start, text.offsetByCodePoints(start, 1)));
            }
            if (scanner.lastOfRun) {
                stacked.add(text.substring(text.offsetByCodePoints(end, -1), end));
            }
            int len = end - start;
            if (len >= 2 && len <= 8 && Character.isDigit(text.charAt(start))
                    && text.chars().skip(start).limit(len).allMatch(c -> c >= '0' && c <= '9')) {
                for (int i = 1; i < len; i++) {
                    stacked.add(text.substring(start, start + i));
                    stacked.add(text.substring(start + i, end));
                }
            }
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            scanner = null;
            stacked.clear();
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
