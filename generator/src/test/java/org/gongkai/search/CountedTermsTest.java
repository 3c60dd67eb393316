package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The indexer hands body-like fields to Lucene as distinct terms with counts; the index must hold
 * exactly what one token per occurrence through {@link BigramAnalyzer} gave: the same terms,
 * frequencies and norms.
 */
class CountedTermsTest {

    static final String[] PIECES = {
        "低保",
        "最低生活保障",
        "耕地地力保护补贴",
        "安政发〔2019〕5号",
        "2026年第一季度",
        "西河村",
        "，",
        "。",
        " ",
        "\n",
        "ＣＯＶＩＤ－１９",
        "covid",
        "12345678",
        "123456789",
        "一",
        "𠀀𠀁",
        "①",
        "（二）",
        "号",
        "镇"
    };

    static String randomText(Random r, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /** term → frequency, and the number of positions, from the analyzer's token stream. */
    static SortedMap<String, Integer> streamCounts(String text, int[] positions)
            throws IOException {
        TreeMap<String, Integer> out = new TreeMap<>();
        try (BigramAnalyzer a = new BigramAnalyzer(true);
                TokenStream ts = a.tokenStream(SearchSchema.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.merge(term.toString(), 1, Integer::sum);
                positions[0] += inc.getPositionIncrement();
            }
            ts.end();
        }
        return out;
    }

    @Test
    void distinctTermsWithCountsAreTheTokenStreamCounted() throws IOException {
        Random r = new Random(7);
        for (int i = 0; i < 300; i++) {
            String text = randomText(r, r.nextInt(60));
            int[] positions = {0};
            SortedMap<String, Integer> expected = streamCounts(text, positions);
            CountedTerms.Counter c = new CountedTerms.Counter();
            char[] s = Analysis.normalised(text);
            Analysis.indexTerms(s, s.length, true, c);
            TreeMap<String, Integer> got = new TreeMap<>();
            for (int t = 0; t < c.size; t++) {
                got.put(new String(c.chars, c.start[t], c.length[t]), c.count[t]);
            }
            assertEquals(expected, got, text);
            assertEquals(positions[0], c.positions, text);
        }
    }

    @Test
    void anIndexOfCountedTermsHoldsTheSamePostingsAndNormsAsOneOfTokens() throws IOException {
        FieldType freqs = new FieldType();
        freqs.setTokenized(true);
        freqs.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        freqs.freeze();
        Random r = new Random(11);
        List<List<String>> docs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            List<String> values = new ArrayList<>();
            for (int v = r.nextInt(3); v >= 0; v--) {
                values.add(randomText(r, r.nextInt(40)));
            }
            docs.add(values);
        }
        Directory tokens = new ByteBuffersDirectory();
        Directory counted = new ByteBuffersDirectory();
        try (IndexWriter a =
                        new IndexWriter(
                                tokens,
                                new IndexWriterConfig(new BigramAnalyzer())
                                        .setSimilarity(new BM25Similarity()));
                IndexWriter b =
                        new IndexWriter(
                                counted,
                                new IndexWriterConfig(new BigramAnalyzer())
                                        .setSimilarity(new CountedTerms.Norms()))) {
            for (List<String> values : docs) {
                List<Field> fa = new ArrayList<>();
                List<Field> fb = new ArrayList<>();
                for (String v : values) {
                    fa.add(new Field(SearchSchema.BODY, v, freqs));
                    fb.add(new Field(SearchSchema.BODY, CountedTerms.of(v), freqs));
                }
                a.addDocument(fa);
                b.addDocument(fb);
            }
        }
        assertEquals(dump(tokens), dump(counted));
    }

    static List<String> dump(Directory dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            for (var leaf : reader.leaves()) {
                LeafReader lr = leaf.reader();
                var terms = lr.terms(SearchSchema.BODY);
                if (terms != null) {
                    TermsEnum te = terms.iterator();
                    for (BytesRef t = te.next(); t != null; t = te.next()) {
                        StringBuilder sb = new StringBuilder(t.utf8ToString());
                        PostingsEnum pe = te.postings(null, PostingsEnum.FREQS);
                        for (int d = pe.nextDoc();
                                d != DocIdSetIterator.NO_MORE_DOCS;
                                d = pe.nextDoc()) {
                            sb.append(' ').append(leaf.docBase + d).append('x').append(pe.freq());
                        }
                        out.add(sb.toString());
                    }
                }
                NumericDocValues norms = lr.getNormValues(SearchSchema.BODY);
                if (norms != null) {
                    for (int d = norms.nextDoc();
                            d != DocIdSetIterator.NO_MORE_DOCS;
                            d = norms.nextDoc()) {
                        out.add("norm " + (leaf.docBase + d) + "=" + norms.longValue());
                    }
                }
            }
        }
        return out;
    }
}
