package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;

/**
 * search.js on a bounded index (a platform's): a frequent term's entry lists only its best
 * postings, so a document outside that list is unknown for the term, not excluded. Entries are
 * written by hand in the export's format; the ranking is the theme's own search.js, in Node.
 */
class BoundedRankingTest {

    /**
     * Ten documents. "cut" is held by 6 (0, 1, 2, 3, 5, 7) but lists only 1 and 2; "whole" is held
     * by 1, 2, 3, 5 and lists them all; "also" is another cut term, held by 5 and listing 7.
     */
    private static final String ENTRIES =
            """
            const m = {docs: 10, scale: 100, phrase: 0.5};
            const e = {
              cut: c.decode({d: [1, 1], s: [300, 250], f: 250, n: 6}),
              whole: c.decode({d: [1, 1, 1, 2], s: [100, 100, 900, 900], n: 4}),
              also: c.decode({d: [7], s: [400], f: 400, n: 5}),
            };
            const show = (alts) => {
              const r = c.rank(alts, [], e, m);
              console.log(JSON.stringify({ids: Array.from(r), exact: r.exact, count: c.counted(r)}));
            };
            """;

    @Test
    void documentsConfirmedForEveryTermRankBeforeDocumentsUnknownForACutTerm() throws Exception {
        // 3 and 5 hold "whole" far more than 1 and 2 do, but nothing says they hold "cut"
        assertEquals(
                "{\"ids\":[1,2,5,3],\"exact\":false,\"count\":\"至少找到 2 条结果\"}",
                run("show([['cut', 'whole']]);"));
    }

    @Test
    void aCompleteListStillExcludesWhatItDoesNotHold() throws Exception {
        // 7 is listed by "also" but "whole" lists every document holding it, and 7 is not one;
        // the four "whole" holds are unknown for "also"
        assertEquals(
                "{\"ids\":[5,3,2,1],\"exact\":false,\"count\":\"找到约 4 条可能相关的结果\"}",
                run("show([['also', 'whole']]);"));
    }

    @Test
    void countsAreExactForCompleteListsAndForOneCutTermAlone() throws Exception {
        assertEquals(
                List.of(
                        "{\"ids\":[5,3,2,1],\"exact\":true,\"count\":\"找到 4 条结果\"}",
                        "{\"ids\":[1,2],\"exact\":false,\"count\":\"找到 6 条结果\"}"),
                List.of(run("show([['whole']]); show([['cut']]);").split("\n")));
    }

    @Test
    void twoCutTermsSearchTheUnionOfTheirListsConfirmedFirst() throws Exception {
        // no document is in both lists: each is unknown for the other term and scores its floor
        // there (1 beats 7 on "cut"; 7 and 2 tie, the newer first)
        assertEquals(
                "{\"ids\":[1,7,2],\"exact\":false,\"count\":\"找到约 3 条可能相关的结果\"}",
                run("show([['cut', 'also']]);"));
    }

    @Test
    void aTitlePhraseConfirmsBothItsBigramsAndRanksItsDocumentsFirst() throws Exception {
        // 低保 (cut) + 保障 (complete) read as 低保障: 3 would be unknown for 低保, but the phrase's
        // list says its title holds both; it is confirmed, and first as the one holding the phrase
        String phrase =
                """
                e.cut = c.decode({d: [1, 1], s: [300, 250], f: 250, n: 6});
                const seq = ['低保', '保障'];
                e['低保'] = e.cut; e['保障'] = e.whole;
                console.log(JSON.stringify(c.phraseKeys([seq], e, c.rank([seq], [], e, m))));
                e['~低保障'] = c.decode({d: [3], n: 1});
                show([seq]);
                """;
        assertEquals(
                List.of(
                        "[\"~低保障\"]",
                        "{\"ids\":[3,1,2,5],\"exact\":false,\"count\":\"至少找到 3 条结果\"}"),
                List.of(run(phrase).split("\n")));
    }

    private static String run(String script) throws Exception {
        Process p =
                new ProcessBuilder(
                                "node",
                                "-e",
                                "const c = require(process.argv[1]);\n" + ENTRIES + script,
                                Repo.root().resolve("themes/default/assets/search.js").toString())
                        .redirectErrorStream(true)
                        .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
