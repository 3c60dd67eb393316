package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.gongkai.content.DocNumber;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    @Test
    void hanRunsBecomeOverlappingBigramsAtConsecutivePositions() {
        assertEquals(List.of("耕地", "地地", "地力", "力保", "保护", "护补", "补贴"), Analysis.terms("耕地地力保护补贴"));
        List<Analysis.Token> t = Analysis.tokens("低保，医保");
        assertEquals(List.of(new Analysis.Token("低保", 0), new Analysis.Token("医保", 1)), t);
    }

    @Test
    void aLoneHanCharacterIsItsOwnTermAndPunctuationOnlySeparates() {
        assertEquals(List.of("镇", "低保"), Analysis.terms("镇。低保"));
        assertEquals(List.of(), Analysis.terms("，。、！ —— "));
    }

    @Test
    void fullWidthLettersAndDigitsFoldToLowerCaseAscii() {
        assertEquals(List.of("covid", "19", "疫情"), Analysis.terms("ＣＯＶＩＤ－１９疫情"));
        assertEquals(Analysis.terms("ABC123"), Analysis.terms("ａｂｃ１２３"));
    }

    @Test
    void everySpellingOfA文号GivesTheSameTerms() {
        List<String> expected = List.of("安政", "政发", "2022", "32");
        for (String form :
                List.of(
                        "安政发〔2022〕32号",
                        "安政发[2022]32号",
                        "安政发［2022］32号",
                        "安政发【2022】32号",
                        "安政发(2022)32号",
                        "安政发2022年32号",
                        "安政发2022年第32号",
                        "安政发 2022 32",
                        "安政发〔 2022 〕 32 号")) {
            assertEquals(expected, Analysis.terms(form), form);
            assertEquals("安政发 2022 32", Analysis.docNumber(DocNumber.parse(form, 0)), form);
        }
    }

    @Test
    void a文号InsideASentenceStillMatchesItsShortForm() {
        List<String> sentence = Analysis.terms("根据安政发〔2019〕5号文件精神");
        assertTrue(sentence.containsAll(Analysis.terms("安政发〔2019〕")), sentence.toString());
        assertTrue(sentence.containsAll(Analysis.terms("安政发2019年5号")), sentence.toString());
    }

    @Test
    void datesAreNotMistakenFor文号() {
        assertEquals(List.of("2022", "年", "3", "月", "1", "日"), Analysis.terms("2022年3月1日"));
    }

    @Test
    void queriesSplitIntoAlternativesOnlyAtOrAndBar() {
        SearchQuery q = SearchQuery.parse("低保 OR 医保 | 临时救助");
        assertEquals(3, q.alternatives().size());
        assertEquals(List.of("临时", "时救", "救助"), q.alternatives().get(2).sequence());
        SearchQuery all = SearchQuery.parse("营商环境 个体工商户");
        assertEquals(1, all.alternatives().size());
        assertEquals(
                List.of("营商", "商环", "环境", "个体", "体工", "工商", "商户"),
                all.alternatives().get(0).required());
        assertTrue(SearchQuery.parse("  ，。 ").isEmpty());
    }

    @Test
    void aRunOfLettersLongerThanTheLimitIsCutToItsStart() {
        String run = "iVBORw0KGgo" + "A".repeat(40_000);
        String cut = run.substring(0, Analysis.MAX_TERM_LENGTH).toLowerCase(Locale.ROOT);
        assertEquals(List.of("见图", cut, "低保"), Analysis.terms("见图 " + run + " 低保"));
        assertEquals(
                List.of("x".repeat(Analysis.MAX_TERM_LENGTH)),
                Analysis.terms("x".repeat(Analysis.MAX_TERM_LENGTH)));
        List<String> indexed = new ArrayList<>();
        char[] s = Analysis.normalised(run + "低保");
        Analysis.indexTerms(
                s,
                s.length,
                true,
                (text, start, end, positional) ->
                        indexed.add(new String(text, start, end - start)));
        assertEquals(List.of(cut, "低保", "低", "保"), indexed);
    }

    @Test
    void aQueryKeepsItsFirst32DistinctTermsAndSaysSo() {
        String words = String.join(" ", IntStream.range(0, 150).mapToObj(i -> "w" + i).toList());
        SearchQuery q = SearchQuery.parse(words);
        assertTrue(q.cut());
        assertEquals(
                IntStream.range(0, SearchQuery.MAX_TERMS).mapToObj(i -> "w" + i).toList(),
                q.alternatives().get(0).sequence());
        assertFalse(SearchQuery.parse("耕地地力保护补贴 东关村").cut());
        // 33 Han characters are 32 bigrams: kept whole; one more is cut
        String han = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星辰山川";
        assertEquals(33, han.length());
        assertFalse(SearchQuery.parse(han).cut());
        assertTrue(SearchQuery.parse(han + "河").cut());
        // repeats add no requirement, but the sequence stops at twice the limit
        SearchQuery repeated = SearchQuery.parse("低保 ".repeat(500));
        assertTrue(repeated.cut());
        assertEquals(2 * SearchQuery.MAX_TERMS, repeated.alternatives().get(0).sequence().size());
        assertEquals(List.of("低保"), repeated.alternatives().get(0).required());
        // alternatives count together: the cut falls in the second, the third is left out
        SearchQuery alts = SearchQuery.parse("低保 OR " + words + " OR 耕地");
        assertEquals(2, alts.alternatives().size());
        assertEquals(SearchQuery.MAX_TERMS - 1, alts.alternatives().get(1).sequence().size());
    }

    @Test
    void repeatedTermsAreRequiredOnceButKeptInOrderForAdjacency() {
        SearchQuery.Alternative a = SearchQuery.parse("工作工作").alternatives().get(0);
        assertEquals(List.of("工作", "作工", "工作"), a.sequence());
        assertEquals(List.of("工作", "作工"), a.required());
    }

    @Test
    void adjacencyCountsConsecutiveQueryTermsAtConsecutiveHeadPositions() {
        List<String> seq = List.of("保护", "护补", "补贴");
        assertEquals(
                2,
                SearchQuery.adjacentPairs(
                        seq,
                        t ->
                                switch (t) {
                                    case "保护" -> 5;
                                    case "护补" -> 6;
                                    case "补贴" -> 7;
                                    default -> 0;
                                }));
        assertEquals(
                1,
                SearchQuery.adjacentPairs(
                        seq,
                        t ->
                                switch (t) {
                                    case "保护" -> 5;
                                    case "护补" -> 6;
                                    case "补贴" -> 0;
                                    default -> 0;
                                }));
    }

    @Test
    void shardHashIsFnv1aOverUtf16Units() {
        // the same values search.js computes (see StaticSearchTest for the cross-check in Node)
        assertEquals(Integer.remainderUnsigned(0x811c9dc5, 7), ShardPlan.shard("", 7));
        int h = 0x811c9dc5;
        h = (h ^ 'a') * 0x01000193;
        assertEquals(Integer.remainderUnsigned(h, 1024), ShardPlan.shard("a", 1024));
    }

    @Test
    void synonymsAddTheOtherNamesOfEveryGroupAMentions() {
        Synonyms s = new Synonyms(List.of(List.of("低保", "最低生活保障"), List.of("医保", "医疗保障", "居民医保")));
        assertEquals(List.of("最低生活保障"), s.expansions("城乡低保金发放"));
        assertEquals(List.of("低保", "医疗保障", "居民医保"), s.expansions("最低生活保障和医保"));
        assertEquals(List.of(), s.expansions("秸秆禁烧"));
        assertEquals(List.of("低保", "最低生活保障"), s.groupOf("低保"));
    }

    @Test
    void foldingCharacterByCharacterEqualsNfkcAndLowerCaseOfTheWholeText() {
        for (int c = 0; c < 0x10000; c++) {
            if (Analysis.FOLD[c] != 0) {
                String one = String.valueOf((char) c);
                assertEquals(
                        Analysis.normaliseReference(one),
                        Analysis.normalise(one),
                        Integer.toHexString(c));
            }
        }
        // every kind of character the fast path folds, next to ones it must leave to the full
        // normaliser
        List<Character> folded = new ArrayList<>();
        for (int c = 0; c < 0x10000; c++) {
            if (Analysis.FOLD[c] != 0 && (c < 0x3400 || c > 0x9FFF || c % 97 == 0)) {
                folded.add((char) c);
            }
        }
        String[] tricky = {
            "\u0301",
            "\u3099",
            "\u309a",
            "か",
            "ｶ",
            "\uff9e",
            "①",
            "⑩",
            "㈠",
            "℃",
            "İ",
            "Σ",
            "ß",
            "ﬁ",
            "\ud840\udc00",
            "\u1100",
            "\u1161",
            "〔",
            "〕",
            "[",
            "]",
            "【",
            "】",
            "(",
            ")",
            "（",
            "）",
            "号",
            "年",
            "第",
            " ",
            "\u3000",
            "\t",
            "\n",
            "2",
            "0",
            "1",
            "9",
            "22",
            "2022",
            "安政发",
            "ＡＢ"
        };
        Random r = new Random(20261128);
        for (int i = 0; i < 20000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(16); k >= 0; k--) {
                sb.append(
                        r.nextInt(3) == 0
                                ? tricky[r.nextInt(tricky.length)]
                                : String.valueOf(folded.get(r.nextInt(folded.size()))));
            }
            String text = sb.toString();
            assertEquals(Analysis.normaliseReference(text), Analysis.normalise(text), text);
        }
    }

    @Test
    void hanIdeographsAreTheirOwnNfkc() {
        for (int c = 0x3400; c <= 0x9FFF; c++) {
            if (c <= 0x4DBF || c >= 0x4E00) {
                String one = String.valueOf((char) c);
                assertEquals(one, Normalizer.normalize(one, Form.NFKC), Integer.toHexString(c));
            }
        }
    }
}
