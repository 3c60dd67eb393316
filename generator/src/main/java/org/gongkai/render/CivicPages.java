package org.gongkai.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.ReportFigures;
import org.gongkai.publish.OutputTree;
import org.gongkai.site.DecisionProcess;
import org.gongkai.site.SiteModel;

/**
 * The pages of decisions, consultations, publicity, annual reports and the 标准目录, hooked into {@link
 * PagePlanner}: type-specific document pages, the decision catalogs, the consultation and decision
 * lists, the page per village and the report figures as CSV. Pages here replace the generic ones at
 * the same path.
 */
final class CivicPages {

    private final SiteModel model;
    private final ViewFactory views;

    private final Map<String, List<Document>> decisionsByConsultation;

    /** Read once: reading parses every decision's stages. */
    private final Map<Integer, List<DecisionProcess>> decisionsByYear;

    CivicPages(SiteModel model, ViewFactory views) {
        this.model = model;
        this.views = views;
        this.decisionsByConsultation = DecisionProcess.byConsultation(model);
        this.decisionsByYear = DecisionViews.byYear(model);
    }

    /**
     * The document page with its type's view, plus continuation pages of a long publicity table.
     */
    List<PageJob> documentPages(Document d, PageJob generic) {
        PageViews.DocPage page = (PageViews.DocPage) generic.view();
        return switch (d.type()) {
            case DECISION ->
                    d.details() instanceof Details.Decision
                            ? List.of(generic.with(DecisionViews.page(model, views, d, page)))
                            : List.of(generic);
            case CONSULTATION ->
                    d.details() instanceof Details.Consultation
                            ? List.of(
                                    generic.with(
                                            ConsultationViews.page(
                                                    model,
                                                    views,
                                                    d,
                                                    page,
                                                    decisionsByConsultation)))
                            : List.of(generic);
            // a report whose figures do not read has failed the check already; never print half a
            // table
            case REPORT ->
                    ReportFigures.read(d).figures().isPresent()
                            ? List.of(generic.with(ReportViews.page(model, d, page)))
                            : List.of(
                                    new PageJob(
                                            generic.path(), "document.vm", generic.meta(), page));
            case PUBLICITY -> publicityPages(d, generic, page);
            case BUDGET ->
                    d.details() instanceof Details.Budget b
                            ? List.of(generic.with(BudgetViews.page(d, b, page)))
                            : List.of(generic);
            default -> List.of(generic);
        };
    }

    private List<PageJob> publicityPages(Document d, PageJob generic, PageViews.DocPage page) {
        if (!(d.details() instanceof Details.Publicity)) {
            return List.of(generic);
        }
        List<PageJob> out = new ArrayList<>();
        List<PublicityViews.PublicityPage> views = PublicityViews.pages(model, this.views, d, page);
        out.add(generic.with(views.get(0)));
        for (int n = 2; n <= views.size(); n++) {
            String path = PublicityViews.tablePagePath(d, n);
            PageViews.PageMeta m = generic.meta();
            List<Views.Crumb> crumbs = new ArrayList<>(m.crumbs());
            crumbs.add(new Views.Crumb(d.title(), SitePaths.document(d)));
            out.add(
                    new PageJob(
                            path,
                            generic.template(),
                            new PageViews.PageMeta(
                                    d.title() + "（第" + n + "页）",
                                    m.description(),
                                    path,
                                    crumbs,
                                    m.navKey()),
                            views.get(n - 1)));
        }
        return out;
    }

    /**
     * The first page of a type's own list ({@code <key>-list.vm}), when the type has anything
     * published.
     */
    private void ownList(List<PageJob> mine, DocumentType type, Supplier<Object> view) {
        if (model.published(type).isEmpty()) {
            return;
        }
        String path = SitePaths.list(type, 1);
        mine.add(
                PageJob.under(path, type.key() + "-list.vm", type.label(), type.key(), view.get()));
    }

    /** Catalogs, lists and village pages; any generic page at one of these paths is dropped. */
    void addPages(List<PageJob> jobs) {
        List<PageJob> mine = new ArrayList<>();
        Views.Crumb decisions =
                new Views.Crumb(
                        DocumentType.DECISION.label(), SitePaths.list(DocumentType.DECISION, 1));
        List<Views.Link> catalogs = DecisionViews.catalogLinks(decisionsByYear);
        for (Map.Entry<Integer, List<DecisionProcess>> e : decisionsByYear.entrySet()) {
            String path = DecisionViews.catalogPath(e.getKey());
            mine.add(
                    PageJob.under(
                            path,
                            "decision-catalog.vm",
                            DecisionViews.catalogTitle(e.getKey()),
                            "decision",
                            DecisionViews.catalog(model, e.getKey(), e.getValue(), catalogs),
                            decisions));
        }
        ownList(mine, DocumentType.DECISION, () -> DecisionViews.list(model, views, catalogs));
        ownList(mine, DocumentType.CONSULTATION, () -> ConsultationViews.list(model, views));
        if (!model.catalog().isEmpty()) {
            mine.add(
                    PageJob.under(
                            StandardCatalogViews.PATH,
                            "standard-catalog.vm",
                            StandardCatalogViews.TITLE,
                            "standard-catalog",
                            StandardCatalogViews.page(model)));
        }
        Views.Crumb villages = new Views.Crumb("各村公示", SitePaths.termIndex("villages"));
        Set<String> villagePaths = new HashSet<>();
        PublicityViews.byVillage(model)
                .forEach(
                        (village, docs) -> {
                            String path = SitePaths.term("villages", village, 1);
                            villagePaths.add(path);
                            PublicityViews.VillagePage view =
                                    PublicityViews.village(views, village, docs);
                            mine.add(
                                    PageJob.under(
                                            path,
                                            "village.vm",
                                            view.title(),
                                            "villages",
                                            view,
                                            villages));
                        });
        Set<String> replaced = new HashSet<>();
        mine.forEach(j -> replaced.add(j.path()));
        // the generic per-village lists (and their /page/N/) give way to the by-year village pages
        List<String> villageFolders =
                villagePaths.stream()
                        .map(v -> v.substring(0, v.length() - "index.html".length()))
                        .toList();
        String villageIndex = SitePaths.termIndex("villages");
        jobs.removeIf(
                j ->
                        replaced.contains(j.path())
                                || (j.path().startsWith("villages/")
                                        && !j.path().equals(villageIndex)
                                        && villageFolders.stream().anyMatch(j.path()::startsWith)));
        jobs.addAll(mine);
    }

    /** The year catalogs and the village pages in the column's structure (home page and 网站地图). */
    List<Views.Section> structure() {
        List<Views.Section> out = new ArrayList<>();
        if (!model.catalog().isEmpty()) {
            out.add(
                    new Views.Section(
                            StandardCatalogViews.TITLE,
                            StandardCatalogViews.PATH,
                            "法定主动公开事项及其依据、时限和已公开的内容",
                            List.of(
                                    new Views.Link(
                                            StandardCatalogViews.TITLE,
                                            StandardCatalogViews.PATH))));
        }
        List<Views.Link> budgets =
                model.published(DocumentType.BUDGET).stream()
                        .map(b -> new Views.Link(b.title(), SitePaths.document(b)))
                        .toList();
        if (!budgets.isEmpty()) {
            out.add(
                    new Views.Section(
                            DocumentType.BUDGET.label(),
                            SitePaths.list(DocumentType.BUDGET, 1),
                            "本镇财政预算、决算和“三公”经费（条例第二十条第（七）项）",
                            budgets));
        }
        List<Views.Link> catalogs = DecisionViews.catalogLinks(decisionsByYear);
        Views.Section.leading("重大行政决策事项目录", "每年纳入目录管理的重大行政决策及其各环节公开情况", catalogs)
                .ifPresent(out::add);
        List<Views.Link> villages =
                PublicityViews.byVillage(model).keySet().stream()
                        .map(v -> new Views.Link(v, SitePaths.term("villages", v, 1)))
                        .toList();
        if (!villages.isEmpty()) {
            out.add(
                    new Views.Section(
                            "各村公示",
                            SitePaths.termIndex("villages"),
                            "以村为单位公开的补贴、低保等公示信息",
                            villages));
        }
        return out;
    }

    /** Files beside pages: the annual report's figures as CSV. Needs no pages, so no instance. */
    static void writeFiles(SiteModel model, OutputTree out) {
        for (Document d : model.published(DocumentType.REPORT)) {
            if (d.details() instanceof Details.Report) {
                out.write(ReportViews.csvPath(d), ReportViews.csv(model, d));
            }
        }
    }
}
