package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gongkai.content.DocNumber.Kind;
import org.gongkai.content.DocNumber.Problem;
import org.gongkai.search.Analysis;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one 文号 grammar, and the search analysis in Java and in search.js reading its spellings alike.
 */
class DocNumberTest {

    /**
     * Spellings editors, typists and conversions produce | the canonical form (成文 2022) | whether
     * the search analysis gives the spelling the canonical form's terms (it cannot expand 〔22〕 or
     * drop a padding 0).
     */
    private static final List<String[]> SPELLINGS =
            List.of(
                    row("安政发〔2022〕32号", "安政发〔2022〕32号", true),
                    row("安政发[2022]32号", "安政发〔2022〕32号", true),
                    row("安政发［2022］32号", "安政发〔2022〕32号", true),
                    row("安政发(2022)32号", "安政发〔2022〕32号", true),
                    row("安政发（2022）32号", "安政发〔2022〕32号", true),
                    row("安政发【2022】32号", "安政发〔2022〕32号", true),
                    row("安政发{2022}32号", "安政发〔2022〕32号", true),
                    row("安政发﹝2022﹞32号", "安政发〔2022〕32号", true),
                    row("安政发〈2022〉32号", "安政发〔2022〕32号", true),
                    row("安政发〔2022〕第32号", "安政发〔2022〕32号", true),
                    row("安政发［2022］第32号", "安政发〔2022〕32号", true),
                    row("安政发<2022>第32号", "安政发〔2022〕32号", true),
                    row("安政发｛2022｝第32号", "安政发〔2022〕32号", true),
                    row("安政发﹝2022﹞第32号", "安政发〔2022〕32号", true),
                    row("安政发2022年32号", "安政发〔2022〕32号", true),
                    row("安政发2022年第32号", "安政发〔2022〕32号", true),
                    row("安政发 〔2022〕 32 号", "安政发〔2022〕32号", true),
                    row("安政发〔 2022 〕 32 号", "安政发〔2022〕32号", true),
                    row("安政发２０２２年３２号", "安政发〔2022〕32号", true),
                    row("安政发〔２０２２〕３２号", "安政发〔2022〕32号", true),
                    row("安政发2022〕32号", "安政发〔2022〕32号", true),
                    row("安政发〔2022〕32", "安政发〔2022〕32号", true),
                    row("安政发〔22〕32号", "安政发〔2022〕32号", false),
                    row("安政发〔2022〕005号", "安政发〔2022〕5号", false),
                    // a 代字 with digits, as a platform of hundreds of offices numbers them (安2: the
                    // thirty-first 安); the brackets or the 年 keep the year apart from it
                    row("安2政发〔2024〕3号", "安2政发〔2024〕3号", true),
                    row("安2政发[2024]第3号", "安2政发〔2024〕3号", true),
                    row("安2政发（2024）3号", "安2政发〔2024〕3号", true),
                    row("安2政发2024年3号", "安2政发〔2024〕3号", true),
                    row("安２政发〔2024〕3号", "安2政发〔2024〕3号", true),
                    row("金12政办发 〔2024〕 15号", "金12政办发〔2024〕15号", true),
                    row("安政2〔2024〕3号", "安政2〔2024〕3号", true),
                    row("国务院令第711号", "国务院令第711号", true),
                    row("公安部令第１４９号", "公安部令第149号", true),
                    row("国务院令 第 711 号", "国务院令第711号", false));

    private static String[] row(String written, String canonical, boolean sameTerms) {
        return new String[] {written, canonical, String.valueOf(sameTerms)};
    }

    @Test
    void everySpellingHasOneCanonicalFormAndJavaAndSearchJsAnalyseItAlike() throws Exception {
        List<String> written = SPELLINGS.stream().map(r -> r[0]).toList();
        List<List<String>> js = searchJsTerms(written);
        for (int i = 0; i < SPELLINGS.size(); i++) {
            String[] r = SPELLINGS.get(i);
            DocNumber n = DocNumber.parse(r[0], 2022);
            assertEquals(r[1], n.canonical(), r[0]);
            assertEquals(
                    Analysis.terms(r[0]), js.get(i), "search.js and Analysis differ on " + r[0]);
            if (Boolean.parseBoolean(r[2])) {
                assertEquals(Analysis.terms(r[1]), Analysis.terms(r[0]), r[0]);
            }
            if (n.kind() == Kind.DOC_NUMBER) {
                assertEquals(
                        Analysis.docNumber(DocNumber.parse(r[1], 2022)),
                        Analysis.docNumber(n),
                        r[0]);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "安政发〔2022〕32号       | ",
                "安政发[2022]32号         | WRONG_BRACKETS",
                "安政发2022〕32号         | HALF_BRACKETED",
                "安政发2022年32号         | YEAR_NOT_BRACKETED",
                "安政发〔22〕32号         | SHORT_YEAR",
                "安政发〔２０２２〕32号   | FULL_WIDTH_DIGITS",
                "安政发（2022）第007号    | WRONG_BRACKETS SEQUENCE_DI LEADING_ZEROS",
                "〔2022〕8号              | NO_AGENCY",
                "AZF〔2022〕8号           | AGENCY_NOT_HAN",
                "安政发〔2022〕9          | NO_HAO",
                "安政发 〔2022〕 9号      | SPACES",
                "安政发〔2022〕年9号      | OTHER",
                "安2政发〔2024〕3号       | ",
                "安政2〔2024〕3号         | ",
                "安2政发2024年3号         | YEAR_NOT_BRACKETED",
                "安２政发〔2024〕3号      | FULL_WIDTH_DIGITS",
                "A2〔2024〕3号            | AGENCY_NOT_HAN",
            })
    void theProblemsOfASpellingAreNamedInOrder(String written, String problems) {
        DocNumber n = DocNumber.parse(written, 2022);
        assertEquals(Kind.DOC_NUMBER, n.kind(), written);
        assertEquals(
                problems == null
                        ? List.of()
                        : List.of(problems.split(" ")).stream().map(Problem::valueOf).toList(),
                n.problems(),
                written);
    }

    @Test
    void problemsAreToldToAnEditorInChinese() {
        assertEquals(
                "年份应使用六角括号〔〕，不能用 （），序号前不加“第”，序号不编虚位（不在前面补 0）",
                DocNumber.parse("安政发（2022）第007号", 2022).describe());
        assertEquals("年份括号不全（“〕”），应使用六角括号〔〕", DocNumber.parse("安政发2022〕32号", 2022).describe());
    }

    @Test
    void aTwoDigitYearIsExpandedByTheYearTheDocumentWasWritten() {
        assertEquals(1999, DocNumber.parse("安政发〔99〕3号", 1999).year());
        assertEquals(2099, DocNumber.parse("安政发〔99〕3号", 0).year());
        assertEquals(2022, DocNumber.parse("安政发22年3号", 0).year());
    }

    @Test
    void ordersAreTheirOwnLegitimateForm() {
        for (String order : List.of("国务院令第711号", "民政部令第14号", "公安部令第１４９号")) {
            DocNumber n = DocNumber.parse(order, 0);
            assertTrue(n.isOrder(), order);
            assertTrue(n.wellFormed(), order);
        }
        assertEquals("国务院", DocNumber.parse("国务院令第711号", 0).agency());
        assertFalse(DocNumber.parse("安政发〔2022〕32号", 0).isOrder());
        assertEquals(Kind.DOC_NUMBER, DocNumber.parse("安政令〔2022〕3号", 0).kind());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "无",
                "暂无",
                "2022年3月1日",
                "安政发22 3号",
                "安政发〔2022〕0号",
                "安政发〔202〕3号",
                "安政发〔2022〕1234567890号",
                "安政22024年3号",
                "2安政发〔2024〕3号"
            })
    void textThatIsNoNumberIsUnrecognisedAndKeptAsWritten(String text) {
        DocNumber n = DocNumber.parse(text, 2022);
        assertEquals(Kind.UNRECOGNISED, n.kind(), text);
        assertEquals(text, n.canonical());
        assertFalse(n.wellFormed());
    }

    /** Each text's terms as the site's own search.js computes them, run in Node. */
    private static List<List<String>> searchJsTerms(List<String> texts)
            throws IOException, InterruptedException {
        String script =
                "const core = require(process.argv[1]);"
                        + "const lines = require('fs').readFileSync(0, 'utf8').split('\\n').filter(Boolean);"
                        + "for (const l of lines) process.stdout.write(JSON.stringify(core.terms(l)) + '\\n');";
        Process p =
                new ProcessBuilder(
                                "node",
                                "-e",
                                script,
                                Repo.root().resolve("themes/default/assets/search.js").toString())
                        .start();
        try (var in = p.getOutputStream()) {
            in.write(String.join("\n", texts).getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("search.js failed: " + err);
        }
        ObjectMapper json = new ObjectMapper();
        List<List<String>> terms = new ArrayList<>();
        for (String line : out.split("\n")) {
            terms.add(List.of(json.readValue(line, String[].class)));
        }
        assertEquals(texts.size(), terms.size(), out + err);
        return terms;
    }
}
