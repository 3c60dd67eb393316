package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;

/**
 * The publish manifest a Solr push reads: written for a site naming search_solr, of its published
 * documents only.
 */
class PublishManifestTest {

    @Test
    void aSiteNamingSolrWritesTheFieldsOfItsPublishedDocumentsAndNothingWithheld()
            throws IOException {
        Path site = SearchFixture.build("search_solr: /solr/zcwjk/select\n");
        List<PublishManifest.Entry> entries = PublishManifest.read(site).orElseThrow();
        assertEquals(
                5,
                entries.size(),
                "the five public documents, not the withheld or on-request ones");
        for (PublishManifest.Entry e : entries) {
            String text = e.title() + e.body() + e.meta();
            assertFalse(
                    text.contains(SearchFixture.SECRET) || text.contains(SearchFixture.SECRET_2),
                    e.id());
        }
        PublishManifest.Entry rules =
                entries.stream()
                        .filter(e -> e.title().contains("最低生活保障审核确认办法"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("安政发 2023 5", rules.docNumber());
        assertEquals("安政发〔2023〕5号", rules.docNumberText());
        assertEquals(List.of("民政、扶贫、救灾"), rules.topic());
        assertEquals("policy", rules.type());
        // 低保 is the other name of the group the title mentions (synonyms.txt), as in the local
        // index
        assertTrue(rules.synonyms().contains("低保"), rules.synonyms());
        assertTrue(
                rules.terms()
                        .containsAll(List.of("低保", "最低", "2023", PublishManifest.EVERY_DOCUMENT)));
        assertEquals(rules.url(), rules.meta().get("u"));
    }

    @Test
    void aSiteWithoutSolrWritesNoManifestAndItsSearchPageStaysStatic() throws IOException {
        Path site = SearchFixture.build();
        assertFalse(Files.exists(site.resolve(PublishManifest.FILE)));
        assertFalse(Files.readString(site.resolve("search/index.html")).contains("data-solr"));
    }

    @Test
    void theSearchPageNamesTheCollectionAndTheCatalogForTheFallback() throws IOException {
        Path site = SearchFixture.build("search_solr: /solr/zcwjk/select\n");
        String page = Files.readString(site.resolve("search/index.html"));
        assertTrue(
                page.contains(
                        "data-solr=\"/solr/zcwjk/select\" data-column=\"\" data-catalog=\"mulu/index.html\""),
                page);
    }

    @Test
    void aSolrEndpointOffThisHostIsASiteConfigError() throws IOException {
        Path c = Files.createTempDirectory("gongkai-solr-config-").resolve("content");
        Files.createDirectories(c);
        Files.writeString(
                c.resolve("site.yaml"),
                """
                name: 安乐镇人民政府
                org_code: 11371723004235384N
                search_solr: https://solr.example.com/solr/zcwjk/select
                """);
        BuildResult r = SiteBuilder.build(BuildConfig.of(c, c.resolveSibling("site"), Repo.AS_OF));
        assertTrue(
                r.findings().stream()
                        .anyMatch(
                                f ->
                                        f.ruleId().equals("site-config")
                                                && f.message().contains("search_solr")
                                                && f.where().line() == 3),
                r.findings().toString());
    }

    @Test
    void searchJsAsksTheCollectionWithTheQueryAndFiltersOnly() throws Exception {
        Process p =
                new ProcessBuilder(
                                "node",
                                "-e",
                                """
                const c = require(process.argv[1]);
                console.log(c.solrUrl('/solr/zcwjk/select', '低保 或 救助', {type: 'policy', column: 'c001', year: ''}));
                const hits = c.solrHits({response: {numFound: 1, docs: [{id: 'c001/x', column: 'c001', url: 'c001/policies/x/index.html',
                    meta: JSON.stringify({t: '标题', u: 'policies/x/index.html', y: '政策文件'})}]}});
                console.log(hits[0].u + ' ' + hits[0].t);
                """,
                                Repo.root().resolve("themes/default/assets/search.js").toString())
                        .redirectErrorStream(true)
                        .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals(
                "/solr/zcwjk/select?q=%E4%BD%8E%E4%BF%9D+%E6%88%96+%E6%95%91%E5%8A%A9&column=c001&type=policy\n"
                        + "c001/policies/x/index.html 标题\n",
                out);
    }
}
