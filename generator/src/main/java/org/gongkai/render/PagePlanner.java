package org.gongkai.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.NoticeKind;
import org.gongkai.content.Parallel;
import org.gongkai.content.Table;
import org.gongkai.content.Validity;
import org.gongkai.site.ConsultationStatus;
import org.gongkai.site.PublicityStatus;
import org.gongkai.site.SiteModel;

/**
 * SiteModel → every page the site has, with its view, before anything is rendered: no template runs
 * here. Only published documents are ever handed to a view. A planner kept from one plan to the
 * next (as {@code serve} keeps it) makes again only the views of documents that changed.
 */
public final class PagePlanner {

    private final Theme theme;
    private final ContentFiles files;
    private final ViewMemo memo = new ViewMemo();
    private final ApplicationForms forms;

    /**
     * @param theme for the template each document type asks for
     * @param files for the body images' sizes
     * @param forms the 依申请公开 page's application forms, for their sizes
     */
    PagePlanner(Theme theme, ContentFiles files, ApplicationForms forms) {
        this.theme = theme;
        this.files = files;
        this.forms = forms;
    }

    public synchronized PagePlan plan(SiteModel model) {
        ViewFactory views = new ViewFactory(model, memo.begin(model), memo);
        Map<String, Document> bySource = new HashMap<>();
        model.published().forEach(d -> bySource.put(d.source().file(), d));
        List<PageJob> jobs = new ArrayList<>();
        memo.tags.begin(model.site(), model.published().size());
        CivicPages civic = new CivicPages(model, views);
        // the column's structure: on the home page, the site map, the search page and the 404 page
        List<Views.Section> structure = SiteStructure.sections(model, civic);
        jobs.add(home(model, views, structure));
        // the views are independent of each other (the factories hold no state): build them on
        // every core, in site order
        Parallel.map(
                        model.published(),
                        d ->
                                memo.tags.ofDocument(
                                        d,
                                        civic.documentPages(
                                                d, documentPage(model, views, d, bySource))))
                .forEach(jobs::addAll);
        ListPages lists = new ListPages(model, views, jobs);
        lists.columns();
        lists.taxonomies();
        civic.addPages(jobs);
        jobs.add(
                PageJob.under(
                        SitePaths.SITEMAP_PAGE,
                        "sitemap.vm",
                        "网站地图",
                        "sitemap",
                        new PageViews.SitemapPage(structure)));
        jobs.add(
                PageJob.under(
                        SitePaths.SEARCH,
                        "search.vm",
                        "搜索",
                        "search",
                        new PageViews.SearchPage(
                                structure,
                                model.site().searchEndpoint(),
                                SitePaths.CATALOG,
                                false,
                                model.site().searchSolr(),
                                model.site().searchColumn())));
        List<Catalog.Row> catalog =
                model.published().stream()
                        .map(d -> memo.row(d, () -> Catalog.row(model, d)))
                        .toList();
        for (Catalog.Page p : Catalog.pages(catalog)) {
            String path =
                    p.pager() == null ? SitePaths.CATALOG : SitePaths.catalog(p.pager().current());
            jobs.add(
                    PageJob.under(
                            path,
                            "mulu.vm",
                            p.title(),
                            "catalog",
                            p,
                            new Views.Crumb("搜索", SitePaths.SEARCH)));
        }
        jobs.add(
                PageJob.under(
                        SitePaths.HELP,
                        "help.vm",
                        "辅助工具使用说明",
                        "help",
                        new PageViews.SitemapPage(List.of())));
        jobs.add(
                PageJob.under(
                        SitePaths.NOT_FOUND,
                        "notfound.vm",
                        "页面未找到",
                        "",
                        new PageViews.SitemapPage(structure)));
        memo.end();
        // the government-website metadata of every page's head: a document's pages have theirs
        jobs.replaceAll(memo.tags::ofPage);
        memo.tags.end();
        return new PagePlan(jobs, SiteStructure.siteView(model), catalog);
    }

    private static PageJob home(SiteModel model, ViewFactory views, List<Views.Section> structure) {
        // a 公示 whose period has ended is no news: it stays in its list, marked 已结束, but leaves 最新公开
        List<Views.Item> latest =
                firstTen(
                        views,
                        model.published(),
                        d ->
                                d.type() != DocumentType.PAGE
                                        && ViewFactory.publicityStatus(d, model.asOf()).orElse(null)
                                                != PublicityStatus.ENDED);
        List<Views.Item> valid =
                firstTen(
                        views,
                        model.published(DocumentType.POLICY),
                        d ->
                                d.policy().map(Details.Policy::normative).orElse(false)
                                        && model.validityOf(d.id()).orElse(null) == Validity.VALID);
        List<Views.Item> open =
                views.items(
                        model.published(DocumentType.CONSULTATION).stream()
                                .filter(
                                        d ->
                                                d.details() instanceof Details.Consultation c
                                                        && ConsultationStatus.of(c, model.asOf())
                                                                        .phase()
                                                                == ConsultationStatus.Phase.OPEN)
                                .toList());
        PageViews.Home home = new PageViews.Home(structure, latest, valid, open);
        return new PageJob(
                SitePaths.HOME,
                "home.vm",
                new PageViews.PageMeta(
                        model.site().column(), "", SitePaths.HOME, List.of(), "home"),
                home);
    }

    /** A short list of the home page: the first ten of {@code docs} (newest first) to keep. */
    private static List<Views.Item> firstTen(
            ViewFactory views, List<Document> docs, Predicate<Document> keep) {
        return views.items(docs.stream().filter(keep).limit(10).toList());
    }

    private PageJob documentPage(
            SiteModel model, ViewFactory views, Document d, Map<String, Document> bySource) {
        String path = memo.path(d);
        String body =
                memo.body(
                        d,
                        () ->
                                BodyMarkup.apply(
                                        BodyLinks.rewrite(d, bySource, model::findPublished),
                                        d.title(),
                                        src -> files.localImage(d, src)));
        PageViews.TableView table = null;
        // names off line: not even in the view, so no theme's document.vm can show them
        if (d.details() instanceof Details.Publicity p
                && p.table().isPresent()
                && !PublicityViews.namesOffline(model, d)) {
            table = table(d, p.table().get(), views);
        }
        PageViews.DocPage view =
                new PageViews.DocPage(
                        views.item(d),
                        d.type().key(),
                        memo.metadata(d, model, views),
                        body,
                        views.attachments(d),
                        views.relations(d),
                        table,
                        forms.view(model, d));
        Views.Crumb typeCrumb =
                ViewFactory.isNews(d)
                        ? new Views.Crumb(NoticeKind.NEWS.label(), SitePaths.newsList(1))
                        : new Views.Crumb(d.type().label(), SitePaths.list(d.type(), 1));
        // <meta name="description">: what a search engine or a shared link shows under the title
        PageViews.PageMeta m =
                PageViews.PageMeta.under(d.title(), path, d.type().key(), typeCrumb)
                        .described(d.summaryText());
        return new PageJob(path, theme.pick("document", d.type().key()), m, view);
    }

    private static PageViews.TableView table(Document d, Table t, ViewFactory views) {
        List<List<String>> rows = t.rows().stream().map(Table.Row::cells).toList();
        String csv = SitePaths.documentFolder(d) + ViewFactory.fileName(t.file());
        return new PageViews.TableView(d.title(), t.header(), rows, views.totals(d, t), csv);
    }
}
