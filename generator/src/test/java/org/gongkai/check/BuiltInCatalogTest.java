package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.content.Content;
import org.gongkai.content.ContentLoader;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.StandardCatalog;
import org.gongkai.testing.ContentTree;
import org.gongkai.testing.Repo;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * catalog.yaml is optional: a site without one has the township's 标准目录 the generator carries
 * (国办发〔2019〕54号's 领域 as far as a township publishes them), its page, and the catalog rules; a site
 * with one has its own.
 */
class BuiltInCatalogTest {

    /** A 低保 notice naming the built-in item, published 11 working days after it was formed. */
    private static ContentTree lateSocialAssistance() {
        return ContentTree.create()
                .file(
                        "notices/2025/dibao.md",
                        """
                        ---
                        title: 2025年第一季度低保对象公示
                        published: 2025-03-18
                        catalog_item: shehui-jiuzhu
                        formed: 2025-03-03
                        topics: [民政、扶贫、救灾/社会救助]
                        ---

                        公示内容。
                        """);
    }

    private static BuildResult build(ContentTree t) throws IOException {
        return SiteBuilder.build(
                BuildConfig.of(t.root(), t.root().resolveSibling("site"), Repo.AS_OF));
    }

    private static List<Finding> of(BuildResult r, String rule) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void theBuiltInCatalogReadsWithoutFindingsAndCoversTheTownshipAreas() {
        Content c = ContentTree.create().load();
        StandardCatalog catalog = c.catalog();
        assertTrue(catalog.builtIn());
        assertTrue(
                c.findings().stream()
                        .noneMatch(f -> f.where().file().equals(StandardCatalog.BUILT_IN)),
                c.findings()::toString);
        Set<String> areas = new HashSet<>();
        catalog.items().forEach(i -> areas.add(i.written().area()));
        for (String area :
                List.of("财政预决算", "社会救助", "涉农补贴", "征地补偿", "重大建设项目", "公共资源交易", "义务教育", "救灾")) {
            assertTrue(areas.contains(area), "built-in catalog lacks " + area);
        }
        // every item says in what time it is published and on what basis, as the page shows it
        catalog.items()
                .forEach(
                        i ->
                                assertFalse(
                                        i.written().basis().isEmpty()
                                                || i.written().limit().isEmpty(),
                                        i.id() + " has no basis or limit"));
    }

    @Test
    void eachItemIsFulfilledByWhatItsOwnTestAcceptsInTheOrderGiven() throws IOException {
        Content c = new ContentLoader().load(Repo.content());
        // newest first, as the rule and the page hand it; reversed, to see the order is kept
        List<Document> docs = new ArrayList<>(c.documents());
        Collections.reverse(docs);
        List<List<Document>> all = c.catalog().fulfilling(docs);
        assertEquals(c.catalog().items().size(), all.size());
        int found = 0;
        for (int i = 0; i < all.size(); i++) {
            StandardCatalog.Item item = c.catalog().items().get(i);
            assertEquals(docs.stream().filter(item::fulfilledBy).toList(), all.get(i), item.id());
            found += all.get(i).size();
        }
        assertTrue(found > 0, "the sample content fulfils some items");
    }

    @Test
    void aSiteWithoutCatalogYamlGetsTheStandardCatalogPageAndTheRules() throws IOException {
        ContentTree t = lateSocialAssistance();
        BuildResult r = build(t);
        assertTrue(r.written(), r.findings()::toString);
        List<Finding> late = of(r, "catalog-item-late");
        assertEquals(1, late.size(), r.findings()::toString);
        assertEquals("notices/2025/dibao.md", late.get(0).where().file());
        assertTrue(late.get(0).message().contains("10个工作日"), late.get(0).message());
        // 社会救助 is updated every quarter: the March 2025 公示 is overdue by November 2026
        List<Finding> silent = of(r, "catalog-item-silent");
        assertEquals(1, silent.size(), silent::toString);
        assertEquals(StandardCatalog.BUILT_IN, silent.get(0).where().file());
        assertTrue(silent.get(0).message().contains("社会救助"), silent.get(0).message());
        Path page = t.root().resolveSibling("site").resolve("biaozhun-mulu/index.html");
        var html = Jsoup.parse(page.toFile(), "UTF-8");
        assertTrue(html.text().contains("乡镇通用"), html.text());
        assertTrue(
                html.select("a[href$=notices/2025/dibao/index.html]").size() == 1,
                "the item links its document");
        assertTrue(html.select("tbody tr").size() > 20, "every built-in item is a row");
    }

    @Test
    void aSiteWithItsOwnCatalogUsesIt() throws IOException {
        ContentTree t =
                lateSocialAssistance()
                        .file(
                                "catalog.yaml",
                                """
                                items:
                                  - id: shehui-jiuzhu
                                    area: 社会救助
                                    name: 低保和特困供养
                                    limit: 自信息形成或变更之日起15个工作日内
                                """);
        BuildResult r = build(t);
        assertTrue(r.written(), r.findings()::toString);
        // 11 working days are within this township's 15
        assertEquals(List.of(), of(r, "catalog-item-late"));
        StandardCatalog own = t.load().catalog();
        assertFalse(own.builtIn());
        assertEquals(1, own.items().size());
        String page =
                Files.readString(
                        t.root().resolveSibling("site").resolve("biaozhun-mulu/index.html"));
        assertTrue(page.contains("低保和特困供养"));
        assertFalse(page.contains("乡镇通用"));
    }
}
