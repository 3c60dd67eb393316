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
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.gongkai.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A fixture column built end to end, then asked through {@code gongkai search} and the static files. */
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

    @Test
    void staticSearchInNodeRanksLikeGongkaiSearch() throws Exception {
        List<String> queries = List.of("低保", "最低生活保障", "耕地地力保护补贴", "保护 补贴", "安政发[2022]32号",
                "安政发〔2023〕", "东关村 OR 政务公开", "低保 秸秆禁烧");
        List<JsonNode> answers = StaticSearch.run(site, queries, 10);
        for (int i = 0; i < queries.size(); i++) {
            List<String> ids = new ArrayList<>();
            answers.get(i).get("ids").forEach(n -> ids.add(n.asText()));
            assertEquals(cli(queries.get(i)), ids, queries.get(i));
        }
        assertEquals("低保", answers.get(7).get("suggestion").asText(), "an empty result suggests the part that finds something");
    }

    @Test
    void withheldDocumentsWordsAreFindableNowhere() throws IOException {
        assertEquals(List.of(), cli(SearchFixture.SECRET));
        assertEquals(List.of(), cli(SearchFixture.SECRET_2));
        // not in the Lucene index at all, under any field
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(site.resolve(SearchIndexer.LUCENE_FOLDER)))) {
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
            for (Path f : files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (String secret : List.of(SearchFixture.SECRET, SearchFixture.SECRET_2)) {
                    assertFalse(text.contains(secret), f.toString());
                    for (String t : Analysis.terms(secret)) {
                        assertFalse(text.contains("\"" + t + "\""), f + " holds the term " + t);
                    }
                }
                assertFalse(text.contains("secret-2025") || text.contains("request-2025"), f.toString());
            }
        }
    }

    @Test
    void filtersNarrowTheResultsOnTheServerToo() throws IOException {
        try (SearchService s = SearchService.open(site)) {
            var notices = s.search("低保", new SearchService.Filters(java.util.Optional.of("notice"),
                    java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()), 10);
            assertEquals(List.of("dibao-2024", "gengdi-2024"), notices.hits().stream().map(SearchService.Hit::id).toList());
            var y2023 = s.search("低保", new SearchService.Filters(java.util.Optional.empty(),
                    java.util.Optional.of("2023"), java.util.Optional.empty(), java.util.Optional.of("民政、扶贫、救灾")), 10);
            assertEquals(List.of("anzhengfa-2023-5"), y2023.hits().stream().map(SearchService.Hit::id).toList());
        }
    }

    @Test
    void theExportIsTheSameForTheSameContent() throws IOException {
        Path again = SearchFixture.build();
        try (Stream<Path> files = Files.walk(site.resolve("search"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = site.relativize(f).toString();
                if (rel.startsWith("search/lucene/")) {
                    continue; // Lucene stamps segments with random ids and a timestamp; see StaticIndex
                }
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(f), Files.readAllBytes(again.resolve(rel))), rel);
            }
        }
    }
}
