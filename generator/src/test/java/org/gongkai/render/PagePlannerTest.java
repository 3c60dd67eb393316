package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.CheckResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Validity;
import org.gongkai.site.DocumentIndex;
import org.gongkai.site.SiteModel;
import org.gongkai.testing.ContentTree;
import org.gongkai.testing.Documents;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;

/**
 * The page plan, made without Velocity: which pages a site has, where, and from which templates.
 */
class PagePlannerTest {

    private static PagePlan plan(SiteModel model, Path content) {
        return new PagePlanner(
                        Theme.load(Optional.empty()),
                        new ContentFiles(content.toAbsolutePath().normalize()),
                        new ApplicationForms())
                .plan(model);
    }

    private static Map<String, PageJob> byPath(PagePlan plan) {
        return plan.pages().stream().collect(Collectors.toMap(PageJob::path, Function.identity()));
    }

    @Test
    void sampleContentPlansEveryPublishedDocumentAndNothingElseOfTheDocuments() throws Exception {
        CheckResult checked =
                SiteBuilder.check(
                        BuildConfig.of(
                                Repo.content(),
                                Repo.root().resolve("generator/target/unused-site"),
                                Repo.AS_OF));
        SiteModel model = checked.model();
        PagePlan plan = plan(model, Repo.content());
        Map<String, PageJob> pages = byPath(plan);

        assertEquals(plan.pages().size(), pages.size(), "every page has a path of its own");
        assertEquals(
                new PageJob(
                        SitePaths.HOME,
                        "home.vm",
                        plan.pages().get(0).meta(),
                        plan.pages().get(0).view()),
                plan.pages().get(0),
                "the home page comes first");
        for (Document d : model.published()) {
            PageJob page = pages.get(SitePaths.document(d));
            assertTrue(page != null, "no page for " + d.id());
            assertEquals(d.title(), page.meta().title());
        }
        Set<Document> published = new HashSet<>(model.published());
        List<String> unpublished =
                model.documents().stream()
                        .filter(d -> !published.contains(d))
                        .map(SitePaths::document)
                        .toList();
        assertFalse(unpublished.isEmpty(), "the sample holds documents that are not published");
        unpublished.forEach(
                path -> assertFalse(pages.containsKey(path), "planned a withheld page: " + path));

        assertEquals("document-page.vm", pages.get("pages/guide/index.html").template());
        assertEquals("list.vm", pages.get(SitePaths.list(DocumentType.POLICY, 1)).template());
        assertEquals("terms.vm", pages.get(SitePaths.termIndex("topics")).template());
        assertEquals("sitemap.vm", pages.get(SitePaths.SITEMAP_PAGE).template());
        assertEquals("search.vm", pages.get(SitePaths.SEARCH).template());
        assertEquals("notfound.vm", pages.get(SitePaths.NOT_FOUND).template());
        assertEquals("mulu.vm", pages.get(SitePaths.CATALOG).template());
        assertEquals("pages/guide/index.html", plan.site().guideHref());
        assertEquals(
                List.of("首页", "公开指南", "公开制度", "政策文件", "年度报告", "搜索"),
                plan.site().nav().stream().map(Views.Link::text).toList());
    }

    @Test
    void aKeptPlannerRemakesAMetadataTableWhenWhatItReadsBesideItsDocumentChanges() {
        SiteModel model = Repo.sampleModel();
        PagePlanner kept =
                new PagePlanner(
                        Theme.load(Optional.empty()),
                        new ContentFiles(Repo.content().toAbsolutePath().normalize()),
                        new ApplicationForms());
        kept.plan(model);
        // an interpretation, unchanged, of a policy that is retitled and repealed
        Document interpretation = null;
        Document policy = null;
        for (Document d : model.published(DocumentType.INTERPRETATION)) {
            Optional<Document> explained =
                    ((Details.Interpretation) d.details())
                            .interprets()
                            .flatMap(model::findPublished);
            if (explained.isPresent()) {
                interpretation = d;
                policy = explained.get();
                break;
            }
        }
        assertTrue(policy != null, "the sample has an interpretation of a published policy");
        List<Document> documents = new ArrayList<>(model.documents());
        documents.set(
                documents.indexOf(policy), Documents.retitled(policy, policy.title() + "（修订）"));
        Map<String, Validity> validity = new HashMap<>(model.validity());
        validity.put(policy.id(), Validity.REPEALED);
        SiteModel next =
                new SiteModel(
                        model.site(),
                        model.taxonomy(),
                        model.synonyms(),
                        model.asOf(),
                        DocumentIndex.of(documents, model.asOf()),
                        model.relations(),
                        validity,
                        model.catalog());

        Map<String, PageJob> again = byPath(kept.plan(next));
        assertRow(again, interpretation, "解读文件", policy.title() + "（修订）");
        assertRow(again, policy, "有效性", Validity.REPEALED.label());
        // and the whole plan is what a planner with nothing kept makes
        assertEquals(plan(next, Repo.content()).pages(), kept.plan(next).pages());
    }

    /**
     * {@code d}'s page in {@code pages} shows {@code label}: {@code value} in its metadata table.
     */
    private static void assertRow(
            Map<String, PageJob> pages, Document d, String label, String value) {
        List<Views.Row> rows = ((PageViews.DocPage) pages.get(SitePaths.document(d)).view()).meta();
        assertTrue(
                rows.stream().anyMatch(r -> r.label().equals(label) && r.value().equals(value)),
                rows.toString());
    }

    @Test
    void theGuideIsThePageWithIdGuideWhateverItsTitleSays() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "pages/guide.md",
                                "---\ntitle: 办事须知\npublished: 2026-01-16\n---\n\n正文。\n")
                        .file(
                                "pages/old-guide.md",
                                "---\ntitle: 旧版信息公开指南\npublished: 2025-01-16\n---\n\n正文。\n")
                        .file(
                                "pages/zhidu.md",
                                "---\nid: rules\ntitle: 工作规范\npublished: 2026-01-16\n---\n\n正文。\n");
        SiteModel model = t.check().model();
        PagePlan plan = plan(model, t.root());

        assertEquals("pages/guide/index.html", plan.site().guideHref());
        List<Views.Section> structure =
                ((PageViews.SitemapPage) byPath(plan).get(SitePaths.SITEMAP_PAGE).view())
                        .sections();
        assertEquals(
                List.of("政府信息公开指南", "政府信息公开制度", "法定主动公开内容"),
                structure.stream().map(Views.Section::title).limit(3).toList());
        assertEquals("办事须知", structure.get(0).links().get(0).text());
        assertEquals("工作规范", structure.get(1).links().get(0).text());
        // a title with 指南 in it places nothing: that page is one of the others
        assertEquals(
                List.of("旧版信息公开指南"),
                structure.get(2).links().stream().map(Views.Link::text).toList());
    }
}
