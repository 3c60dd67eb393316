package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class BigramAnalyzerTest {

    /** term@position for every token, stacked ones included. */
    static List<String> stream(Analyzer a, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(term + "@" + pos);
            }
            ts.end();
        }
        return out;
    }

    @Test
    void queryModeGivesExactlyTheTermsAnalysisGives() throws IOException {
        String text = "西河村2026年第一季度低保金发放";
        List<String> expected = new ArrayList<>();
        for (Analysis.Token t : Analysis.tokens(text)) {
            expected.add(t.term() + "@" + t.position());
        }
        assertEquals(expected, stream(new BigramAnalyzer(false), SearchSchema.TITLE, text));
    }

    @Test
    void theIndexStacksRunEdgesAndNumberEdgesWithoutMovingPositions() throws IOException {
        assertEquals(
                List.of(
                        "西河@0", "西@0", "河村@1", "村@1", "2026@2", "2@2", "026@2", "20@2", "26@2",
                        "202@2", "6@2", "年第@3", "年@3", "第一@4", "一@4"),
                stream(new BigramAnalyzer(true), SearchSchema.TITLE, "西河村2026年第一"));
    }

    @Test
    void a文号KeepsItsNumberExactEvenAfterTheAnalyzerServedAnotherField() throws IOException {
        BigramAnalyzer a = new BigramAnalyzer(true);
        stream(a, SearchSchema.TITLE, "2022年");
        assertEquals(
                List.of("安政@0", "政发@1", "2022@2", "32@3"),
                stream(a, SearchSchema.DOC_NUMBER, "安政发 2022 32"));
        assertEquals(
                List.of("2022@0", "2@0", "022@0", "20@0", "22@0", "202@0", "2@0"),
                stream(a, SearchSchema.TITLE, "2022"));
    }
}
