package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.gongkai.cli.Main;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A fixture column built end to end, then asked through {@code gongkai search} and the static
 * files.
 */
class SearchIntegrationTest {

    static Path site;

    @BeforeAll
    static void build() {
        site = SearchFixture.build();
    }

    static List<String> cli(String query) throws IOException {
        StringWriter out = new StringWriter();
        String[] args = {"search", query, "--site", site.toString(), "--json"};
        CommandLine cli = Main.commandLine(args);
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute(args));
        List<String> ids = new ArrayList<>();
        JsonNode rows = new ObjectMapper().readTree(out.toString());
        double last = Double.MAX_VALUE;
        for (JsonNode r : rows) {
            assertTrue(r.get("url").asText().endsWith("/index.html"), r.toString());
            // the same object as the preview's /search hits (SearchService.Hit as Jackson writes
            // it)
            List<String> keys = new ArrayList<>();
            r.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("id", "title", "url", "docNumber", "score"), keys);
            assertFalse(r.get("title").asText().isEmpty());
            double score = r.get("score").asDouble();
            assertTrue(score <= last, "rank order by score: " + rows);
            last = score;
            ids.add(r.get("id").asText());
        }
        return ids;
    }

    @Test
    void gongkaiSearchRanksTitleMatchesFirstAndFindsSynonyms() throws IOException {
        // 低保 in a title beats 低保 in a body; 最低生活保障 is found through the synonym group
        assertEquals(List.of("dibao-2024", "anzhengfa-2023-5", "gengdi-2024"), cli("低保"));
        assertEquals(List.of("anzhengfa-2023-5", "dibao-2024", "gengdi-2024"), cli("最低生活保障"));
    }

    @Test
    void aPhraseInTheTitleOutranksItsBigramsScattered() throws IOException {
        // gongzuo-2025 holds 耕地, 地力, 保护, 补贴 … but not side by side; 地地 and 力保 are not in it at all
        assertEquals(List.of("gengdi-2024"), cli("耕地地力保护补贴"));
        List<String> loose = cli("保护 补贴");
        assertEquals("gengdi-2024", loose.get(0));
        assertTrue(loose.contains("gongzuo-2025"));
    }

    @Test
    void everySpellingOfThe文号FindsThePolicyFirst() throws IOException {
        for (String q : List.of("安政发〔2022〕32号", "安政发[2022]32号", "安政发2022年32号", "安政发 2022 32")) {
            assertEquals("anzhengfa-2022-32", cli(q).get(0), q);
        }
        assertEquals(List.of("anzhengfa-2023-5"), cli("安政发〔2023〕"));
    }

    @Test
    void everyTermIsRequiredUnlessAlternativesAreGiven() throws IOException {
        assertEquals(List.of(), cli("低保 秸秆禁烧"));
        assertEquals(List.of("dibao-2024"), cli("东关村 低保"));
        List<String> either = cli("东关村 OR 政务公开");
        assertEquals(2, either.size(), either.toString());
        assertTrue(either.containsAll(List.of("dibao-2024", "anzhengfa-2022-32")));
    }

    /**
     * Queries cut to their first 32 terms: 160 words, a pasted 440-character passage, alternatives,
     * repeats.
     */
    static final List<String> LONG_QUERIES =
            List.of(
                    String.join(" ", IntStream.range(0, 160).mapToObj(i -> "w" + i).toList()),
                    "低保 " + "耕地地力保护补贴的发放对象是拥有耕地承包权的种地农民，补贴资金通过惠民惠农一卡通发放到户。".repeat(10),
                    "低保 OR 耕地地力保护补贴的发放对象是拥有耕地承包权的种地农民，补贴资金通过惠民惠农一卡通发放到户 OR 耕地",
                    "低保".repeat(40));

    @Test
    void staticSearchInNodeRanksLikeGongkaiSearch() throws Exception {
        List<String> queries =
                new ArrayList<>(
                        List.of(
                                "低保",
                                "最低生活保障",
                                "耕地地力保护补贴",
                                "保护 补贴",
                                "安政发[2022]32号",
                                "安政发〔2023〕",
                                "东关村 OR 政务公开",
                                "低保 秸秆禁烧"));
        queries.add("低保 iVBORw0KGgo" + "A".repeat(5_000)); // one term, cut at analysis
        queries.addAll(LONG_QUERIES);
        List<JsonNode> answers = StaticSearch.run(site, queries, 10);
        for (int i = 0; i < queries.size(); i++) {
            List<String> ids = new ArrayList<>();
            answers.get(i).get("ids").forEach(n -> ids.add(n.asText()));
            String q = queries.get(i).substring(0, Math.min(40, queries.get(i).length()));
            assertEquals(cli(queries.get(i)), ids, q);
            // the same terms, cut at the same places: search.js and SearchQuery analyse alike
            SearchQuery parsed = SearchQuery.parse(queries.get(i));
            List<List<String>> java =
                    parsed.alternatives().stream().map(SearchQuery.Alternative::sequence).toList();
            List<List<String>> js = new ArrayList<>();
            answers.get(i)
                    .get("terms")
                    .forEach(
                            a -> {
                                List<String> seq = new ArrayList<>();
                                a.forEach(t -> seq.add(t.asText()));
                                js.add(seq);
                            });
            assertEquals(java, js, q);
            assertEquals(parsed.cut(), answers.get(i).get("cut").asBoolean(), q);
        }
        assertEquals(
                "低保",
                answers.get(7).get("suggestion").asText(),
                "an empty result suggests the part that finds something");
        for (int i = 9; i < queries.size(); i++) {
            assertTrue(answers.get(i).get("cut").asBoolean(), queries.get(i).substring(0, 20));
        }
    }

    @Test
    void aQueryOfHundredsOfTermsWasMaxClauseCount() throws IOException {
        try (SearchService s = SearchService.open(site)) {
            for (String q : LONG_QUERIES) {
                SearchService.Result r = s.search(q, SearchService.Filters.NONE, 10);
                assertTrue(r.cut(), q.substring(0, 20));
            }
            assertFalse(s.search("低保", SearchService.Filters.NONE, 10).cut());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = {"search", LONG_QUERIES.get(1), "--site", site.toString()};
        CommandLine cli = Main.commandLine(args);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute(args), err::toString);
        assertEquals(SearchQuery.CUT_NOTE, err.toString().strip());
        assertTrue(out.toString().startsWith("共找到 "), out::toString);
    }

    @Test
    void aPastedBase64WordIsIndexedCutAndFoundByJavaAndTheBrowserAlike() throws Exception {
        String pasted = "iVBORw0KGgo" + "A".repeat(40_000);
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2024/img.md",
                                "---\ntitle: 图片通知\npublished: 2024-03-01\n---\n见图 " + pasted + "\n")
                        .file(
                                "notices/2024/other.md",
                                "---\ntitle: 其他通知\npublished: 2024-03-01\n---\n正文 "
                                        + pasted.substring(0, 63)
                                        + "\n");
        assertTrue(t.build().written());
        List<String> queries = List.of(pasted, pasted.substring(0, 64), pasted.substring(0, 63));
        List<JsonNode> answers = StaticSearch.run(t.siteFolder(), queries, 10);
        try (SearchService s = SearchService.open(t.siteFolder())) {
            for (int i = 0; i < queries.size(); i++) {
                List<String> ids = new ArrayList<>();
                answers.get(i).get("ids").forEach(n -> ids.add(n.asText()));
                assertEquals(
                        s.search(queries.get(i), 10).stream().map(SearchService.Hit::id).toList(),
                        ids);
                assertEquals(i < 2 ? List.of("img") : List.of("other"), ids, "query " + i);
            }
        }
    }

    @Test
    void withheldDocumentsWordsAreFindableNowhere() throws IOException {
        assertEquals(List.of(), cli(SearchFixture.SECRET));
        assertEquals(List.of(), cli(SearchFixture.SECRET_2));
        // not in the Lucene index at all, under any field
        try (DirectoryReader r =
                DirectoryReader.open(FSDirectory.open(site.resolve(SearchIndexer.LUCENE_FOLDER)))) {
            assertEquals(5, r.numDocs());
            for (String field : SearchSchema.BOOSTS.keySet()) {
                Terms terms = MultiTerms.getTerms(r, field);
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                for (String secret : List.of(SearchFixture.SECRET, SearchFixture.SECRET_2)) {
                    for (String t : Analysis.terms(secret)) {
                        assertFalse(te.seekExact(new BytesRef(t)), field + " holds " + t);
                    }
                }
            }
        }
        // nor in any static file: not the words, not their bigrams as JSON keys, not the ids
        try (Stream<Path> files = Files.walk(site.resolve("search"))) {
            for (Path f :
                    files.filter(Files::isRegularFile)
                            .filter(p -> p.toString().endsWith(".json"))
                            .toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (String secret : List.of(SearchFixture.SECRET, SearchFixture.SECRET_2)) {
                    assertFalse(text.contains(secret), f.toString());
                    for (String t : Analysis.terms(secret)) {
                        assertFalse(text.contains("\"" + t + "\""), f + " holds the term " + t);
                    }
                }
                assertFalse(
                        text.contains("secret-2025") || text.contains("request-2025"),
                        f.toString());
            }
        }
    }

    @Test
    void filtersNarrowTheResultsOnTheServerToo() throws IOException {
        try (SearchService s = SearchService.open(site)) {
            var notices =
                    s.search(
                            "低保",
                            new SearchService.Filters(
                                    Optional.of("notice"),
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.empty()),
                            10);
            assertEquals(
                    List.of("dibao-2024", "gengdi-2024"),
                    notices.hits().stream().map(SearchService.Hit::id).toList());
            var y2023 =
                    s.search(
                            "低保",
                            new SearchService.Filters(
                                    Optional.empty(),
                                    Optional.of("2023"),
                                    Optional.empty(),
                                    Optional.of("民政、扶贫、救灾")),
                            10);
            assertEquals(
                    List.of("anzhengfa-2023-5"),
                    y2023.hits().stream().map(SearchService.Hit::id).toList());
        }
    }

    @Test
    void theExportIsTheSameForTheSameContent() throws IOException {
        Path again = SearchFixture.build();
        try (Stream<Path> files = Files.walk(site.resolve("search"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = site.relativize(f).toString();
                if (rel.startsWith("search/lucene/")) {
                    continue; // Lucene stamps segments with random ids and a timestamp; see
                    // StaticIndex
                }
                assertTrue(
                        Arrays.equals(
                                Files.readAllBytes(f), Files.readAllBytes(again.resolve(rel))),
                        rel);
            }
        }
    }
}
