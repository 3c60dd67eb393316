package org.gongkai.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.gongkai.content.Validity;
import org.gongkai.publish.OutputTree;

/**
 * The platform's own pages, from the columns' summaries only (never from a column's model, so a
 * platform assembled from part builds renders them byte for byte as a whole build does): the
 * disclosure home, the unified 政策文件库 with one page per filter value, the site map, one feed and a
 * sitemap index.
 */
public final class PlatformPages {

    /** Where the platform's pages live, from its root. */
    public static final String HOME = "index.html";

    public static final String LIBRARY = "zcwjk/index.html";
    public static final String SITEMAP_PAGE = "sitemap/index.html";
    public static final String FEED = "feed.xml";
    public static final String SEARCH = "search/index.html";

    /** The platform files a column's pages may link up to (see {@code BrokenLinks.Outer}). */
    public static final java.util.Set<String> LINKED_FROM_COLUMNS =
            java.util.Set.of(HOME, LIBRARY, SEARCH);

    static final int PAGE_SIZE = ListPages.PAGE_SIZE;

    private final Theme theme;
    private final PageRenderer pages;

    public PlatformPages(Theme theme) {
        this.theme = theme;
        this.pages = new PageRenderer(theme, Optional.empty());
    }

    /** The chrome a column inside this platform shows, its links relative to the column's root. */
    public static PlatformViews.Chrome chrome(PlatformViews.Portal portal, boolean search) {
        return new PlatformViews.Chrome(
                portal.name(),
                portal.portal(),
                portal.column(),
                portal.portalHref(),
                "../" + HOME,
                "../" + LIBRARY,
                search ? "../" + SEARCH : "",
                portal.conacHref(),
                portal.links());
    }

    /**
     * Writes the platform's pages into {@code out}; {@code columns} in platform.yaml's order, each
     * with its kind's heading.
     */
    public int write(
            PlatformViews.Portal portal,
            List<PlatformViews.ColumnSummary> columns,
            List<String> kindOrder,
            OutputTree out) {
        Map<String, String> assets = writeAssets(out);
        List<Views.Link> nav =
                List.of(
                        new Views.Link("首页", HOME),
                        new Views.Link("政策文件库", LIBRARY),
                        new Views.Link("搜索", SEARCH));
        PageViews.SiteView site =
                new PageViews.SiteView(
                        portal.name(),
                        portal.column(),
                        portal.siteCode(),
                        portal.icp(),
                        portal.psb(),
                        SiteStructure.psbHref(portal.psb()),
                        "",
                        "",
                        List.of(),
                        nav,
                        "",
                        "");
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(home(columns, kindOrder));
        library(columns, jobs);
        jobs.add(search(columns, kindOrder, portal.searchSolr()));
        List<Views.Section> map = sitemapSections(columns, kindOrder);
        jobs.add(
                new PageJob(
                        SITEMAP_PAGE,
                        "sitemap.vm",
                        meta("网站地图", SITEMAP_PAGE),
                        new PageViews.SitemapPage(map)));
        // every page's toolbar links to the help page (按钮说明): the platform's pages too
        jobs.add(
                new PageJob(
                        SitePaths.HELP,
                        "help.vm",
                        meta("辅助工具使用说明", SitePaths.HELP),
                        new PageViews.SitemapPage(List.of())));
        // hosts serve it at any missing address: its links start from the platform's root path
        jobs.add(
                new PageJob(
                        SitePaths.NOT_FOUND,
                        "notfound.vm",
                        meta("页面未找到", SitePaths.NOT_FOUND),
                        new PageViews.SitemapPage(map)));
        pages.render(
                jobs,
                site,
                assets,
                SitePaths.siteRootPath(portal.baseUrl()),
                (job, html, buffer) -> out.write(job.path(), html, buffer));
        out.write(FEED, atom(portal, columns));
        out.write("sitemap.xml", sitemapIndex(portal, columns));
        out.write(
                "sitemap-platform.xml",
                urlset(
                        portal,
                        jobs.stream()
                                .map(PageJob::path)
                                .filter(p -> !p.equals(SitePaths.NOT_FOUND))
                                .sorted()
                                .toList()));
        out.write(
                "robots.txt",
                "User-agent: *\nAllow: /\n"
                        + (portal.baseUrl().isEmpty()
                                ? ""
                                : "Sitemap: "
                                        + SitePaths.absolute(portal.baseUrl(), "sitemap.xml")
                                        + "\n"));
        return jobs.size();
    }

    private Map<String, String> writeAssets(OutputTree out) {
        return ContentFiles.writeAssets(theme, out);
    }

    /** A platform page under its home page; no column's navigation entry is current on it. */
    private static PageViews.PageMeta meta(String title, String path, Views.Crumb... crumbs) {
        return PageViews.PageMeta.under(title, path, "", crumbs);
    }

    private static PageJob home(List<PlatformViews.ColumnSummary> columns, List<String> kindOrder) {
        List<PlatformViews.KindGroup> groups = new ArrayList<>();
        for (int k = 0; k < kindOrder.size(); k++) {
            String kind = kindOrder.get(k);
            List<PlatformViews.ColumnCard> cards =
                    columns.stream()
                            .filter(c -> c.kind().equals(kind))
                            .map(
                                    c ->
                                            new PlatformViews.ColumnCard(
                                                    c.name(),
                                                    c.id() + "/index.html",
                                                    c.documents(),
                                                    c.lastUpdate()))
                            .toList();
            if (!cards.isEmpty()) {
                groups.add(new PlatformViews.KindGroup(kind, "k" + (k + 1), cards));
            }
        }
        List<Views.Item> latest =
                newest(columns.stream().flatMap(c -> c.latest().stream().map(e -> item(e, c))))
                        .limit(20)
                        .toList();
        int documents = columns.stream().mapToInt(PlatformViews.ColumnSummary::documents).sum();
        int policies = columns.stream().mapToInt(c -> c.policies().size()).sum();
        return new PageJob(
                HOME,
                "platform-home.vm",
                new PageViews.PageMeta("政府信息公开", "", HOME, List.of(), "home"),
                new PlatformViews.HomePage(
                        groups, latest, columns.size(), documents, policies, LIBRARY));
    }

    /** Newest first, then by href: one fixed order whatever order the columns were built in. */
    private static java.util.stream.Stream<Views.Item> newest(
            java.util.stream.Stream<Views.Item> items) {
        return items.sorted(
                Comparator.comparing(Views.Item::date, Comparator.reverseOrder())
                        .thenComparing(Views.Item::href));
    }

    /** A library entry as lists print it: the 发布机构 where a column list prints the type. */
    private static Views.Item item(PlatformViews.Entry e, PlatformViews.ColumnSummary c) {
        return new Views.Item(
                e.href(),
                e.title(),
                e.href(),
                e.date(),
                c.name(),
                e.docNumber(),
                e.validity(),
                e.validitySlug(),
                e.summary(),
                "",
                "");
    }

    private record Policy(
            PlatformViews.Entry entry, PlatformViews.ColumnSummary column, Views.Item item) {}

    private static void library(List<PlatformViews.ColumnSummary> columns, List<PageJob> jobs) {
        List<Policy> all = new ArrayList<>();
        for (PlatformViews.ColumnSummary c : columns) {
            for (PlatformViews.Entry e : c.policies()) {
                all.add(new Policy(e, c, item(e, c)));
            }
        }
        all.sort(
                Comparator.comparing((Policy p) -> p.item().date(), Comparator.reverseOrder())
                        .thenComparing(p -> p.item().href()));
        // the filters: every value with its count, each its own list of pages (plain links, no
        // script needed)
        Map<String, Predicate<Policy>> values = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        List<PlatformViews.Facet> facets = new ArrayList<>();
        List<Views.Term> organs = new ArrayList<>();
        for (PlatformViews.ColumnSummary c : columns) {
            long n = all.stream().filter(p -> p.column().id().equals(c.id())).count();
            if (n > 0) {
                String base = "zcwjk/jg/" + c.id() + "/";
                organs.add(new Views.Term(c.name(), base + "index.html", (int) n));
                values.put(base, p -> p.column().id().equals(c.id()));
                titles.put(base, "发布机构：" + c.name());
            }
        }
        facets.add(new PlatformViews.Facet("发布机构", organs));
        List<Views.Term> validity = new ArrayList<>();
        for (Validity v : Validity.values()) {
            long n = all.stream().filter(p -> p.entry().validitySlug().equals(v.slug())).count();
            if (n > 0) {
                String base = "zcwjk/yxx/" + v.slug() + "/";
                validity.add(new Views.Term(v.pageTitle(), base + "index.html", (int) n));
                values.put(base, p -> p.entry().validitySlug().equals(v.slug()));
                titles.put(base, "有效性：" + v.pageTitle());
            }
        }
        facets.add(new PlatformViews.Facet("有效性", validity));
        Map<String, Integer> topicCounts = new TreeMap<>();
        all.forEach(p -> p.entry().topics().forEach(t -> topicCounts.merge(t, 1, Integer::sum)));
        List<Views.Term> topics = new ArrayList<>();
        topicCounts.forEach(
                (t, n) -> {
                    String base = "zcwjk/zt/" + SitePaths.segment(t) + "/";
                    topics.add(new Views.Term(t, base + "index.html", n));
                    values.put(base, p -> p.entry().topics().contains(t));
                    titles.put(base, "主题：" + t);
                });
        facets.add(new PlatformViews.Facet("主题", topics));
        Map<Integer, Integer> yearCounts = new TreeMap<>(Comparator.reverseOrder());
        all.forEach(p -> yearCounts.merge(p.entry().year(), 1, Integer::sum));
        List<Views.Term> years = new ArrayList<>();
        yearCounts.forEach(
                (y, n) -> {
                    if (y > 0) {
                        String base = "zcwjk/nf/" + y + "/";
                        years.add(new Views.Term(y + "年", base + "index.html", n));
                        values.put(base, p -> p.entry().year() == y);
                        titles.put(base, "年份：" + y + "年");
                    }
                });
        facets.add(new PlatformViews.Facet("年份", years));
        long normative = all.stream().filter(p -> p.entry().normative()).count();
        if (normative > 0) {
            String base = "zcwjk/gfxwj/";
            values.put(base, p -> p.entry().normative());
            titles.put(base, "行政规范性文件");
            facets.add(
                    new PlatformViews.Facet(
                            "文件类别",
                            List.of(
                                    new Views.Term(
                                            "行政规范性文件", base + "index.html", (int) normative))));
        }
        pages(jobs, "zcwjk/", "", all, facets);
        values.forEach(
                (base, test) ->
                        pages(
                                jobs,
                                base,
                                titles.get(base),
                                all.stream().filter(test).toList(),
                                facets));
    }

    private static void pages(
            List<PageJob> jobs,
            String base,
            String filter,
            List<Policy> policies,
            List<PlatformViews.Facet> facets) {
        int pages = Math.max(1, (policies.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        IntFunction<String> pathOf =
                p -> p <= 1 ? base + "index.html" : base + "page/" + p + "/index.html";
        Views.Crumb library = new Views.Crumb("政策文件库", LIBRARY);
        for (int p = 1; p <= pages; p++) {
            List<Views.Item> slice =
                    policies
                            .subList((p - 1) * PAGE_SIZE, Math.min(policies.size(), p * PAGE_SIZE))
                            .stream()
                            .map(Policy::item)
                            .toList();
            Views.Pager pager = pages == 1 ? null : ListPages.pager(p, pages, pathOf);
            String title = filter.isEmpty() ? "政策文件库" : "政策文件库 · " + filter;
            PageViews.PageMeta meta =
                    filter.isEmpty() && p == 1
                            ? meta("政策文件库", pathOf.apply(p))
                            : meta(title, pathOf.apply(p), library);
            String open =
                    filter.isEmpty()
                            ? ""
                            : facets.stream()
                                    .filter(
                                            f ->
                                                    f.values().stream()
                                                            .anyMatch(
                                                                    t ->
                                                                            t.href()
                                                                                    .equals(
                                                                                            base
                                                                                                    + "index.html")))
                                    .map(PlatformViews.Facet::label)
                                    .findFirst()
                                    .orElse("");
            jobs.add(
                    new PageJob(
                            pathOf.apply(p),
                            "platform-library.vm",
                            meta,
                            new PlatformViews.LibraryPage(
                                    title,
                                    "平台上各单位发布的全部政策文件，每条链接到发布单位栏目中的原文。",
                                    filter,
                                    open,
                                    facets,
                                    slice,
                                    pager,
                                    policies.size(),
                                    LIBRARY)));
        }
    }

    /**
     * The columns grouped by kind ({@code kindOrder}), in platform.yaml's order within a kind: as
     * the home and the search list them.
     */
    public static List<PlatformViews.ColumnSummary> byKind(
            List<PlatformViews.ColumnSummary> columns, List<String> kindOrder) {
        List<PlatformViews.ColumnSummary> out = new ArrayList<>();
        for (String kind : kindOrder) {
            columns.stream().filter(c -> c.kind().equals(kind)).forEach(out::add);
        }
        columns.stream().filter(c -> !kindOrder.contains(c.kind())).forEach(out::add);
        return out;
    }

    /**
     * The search over every column (its index: {@code PlatformSearch}). Without script the form
     * cannot search: the page leads to the policy library and to each column's 政府信息公开目录 instead.
     */
    private static PageJob search(
            List<PlatformViews.ColumnSummary> columns, List<String> kindOrder, String solr) {
        List<Views.Section> sections = new ArrayList<>();
        sections.add(
                new Views.Section("政策文件库", LIBRARY, "全平台已公开的政策文件，可按发布机构、有效性、主题、年份筛选", List.of()));
        for (PlatformViews.ColumnSummary c : byKind(columns, kindOrder)) {
            sections.add(
                    new Views.Section(
                            c.name(),
                            c.id() + "/" + SitePaths.CATALOG,
                            c.kind() + "，政府信息公开目录",
                            List.of()));
        }
        return new PageJob(
                SEARCH,
                "search.vm",
                meta("全平台搜索", SEARCH),
                new PageViews.SearchPage(sections, "", LIBRARY, true, solr, ""));
    }

    private static List<Views.Section> sitemapSections(
            List<PlatformViews.ColumnSummary> columns, List<String> kindOrder) {
        List<Views.Section> sections = new ArrayList<>();
        sections.add(
                new Views.Section(
                        "政策文件库", LIBRARY, "全部政策文件", List.of(new Views.Link("政策文件库", LIBRARY))));
        for (String kind : kindOrder) {
            List<Views.Link> links =
                    columns.stream()
                            .filter(c -> c.kind().equals(kind))
                            .map(c -> new Views.Link(c.name(), c.id() + "/index.html"))
                            .toList();
            if (!links.isEmpty()) {
                sections.add(new Views.Section(kind, links.get(0).href(), "", links));
            }
        }
        return sections;
    }

    private static String atom(
            PlatformViews.Portal portal, List<PlatformViews.ColumnSummary> columns) {
        String base = portal.baseUrl().isEmpty() ? "/" : portal.baseUrl();
        record Dated(PlatformViews.Entry e, PlatformViews.ColumnSummary c) {}
        List<Dated> latest =
                columns.stream()
                        .flatMap(c -> c.latest().stream().map(e -> new Dated(e, c)))
                        .sorted(
                                Comparator.comparing(
                                                (Dated d) -> d.e().date(),
                                                Comparator.reverseOrder())
                                        .thenComparing(d -> d.e().href()))
                        .limit(Feeds.FEED_SIZE)
                        .toList();
        String updated = latest.isEmpty() ? "1970-01-01" : latest.get(0).e().date();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
        sb.append("  <title>")
                .append(XmlText.escape(portal.name() + " " + portal.column()))
                .append("</title>\n");
        sb.append("  <id>").append(XmlText.escape(SitePaths.absolute(base, ""))).append("</id>\n");
        sb.append("  <link rel=\"self\" href=\"")
                .append(XmlText.escape(SitePaths.absolute(base, FEED)))
                .append("\"/>\n");
        sb.append("  <updated>")
                .append(updated.isEmpty() ? "1970-01-01" : updated)
                .append("T00:00:00+08:00</updated>\n");
        for (Dated d : latest) {
            String url = SitePaths.absolute(base, d.e().href());
            sb.append("  <entry>\n");
            sb.append("    <title>").append(XmlText.escape(d.e().title())).append("</title>\n");
            sb.append("    <id>").append(XmlText.escape(url)).append("</id>\n");
            sb.append("    <link href=\"").append(XmlText.escape(url)).append("\"/>\n");
            sb.append("    <updated>")
                    .append(d.e().date().isEmpty() ? "1970-01-01" : d.e().date())
                    .append("T00:00:00+08:00</updated>\n");
            sb.append("    <author><name>")
                    .append(XmlText.escape(d.c().name()))
                    .append("</name></author>\n");
            sb.append("    <summary>")
                    .append(XmlText.escape(d.e().summary()))
                    .append("</summary>\n");
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString();
    }

    /** One sitemap index: the platform's own pages, then each column's sitemap.xml. */
    private static String sitemapIndex(
            PlatformViews.Portal portal, List<PlatformViews.ColumnSummary> columns) {
        String base = portal.baseUrl().isEmpty() ? "/" : portal.baseUrl();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        sb.append("  <sitemap><loc>")
                .append(HtmlEscaping.escape(SitePaths.absolute(base, "sitemap-platform.xml")))
                .append("</loc></sitemap>\n");
        for (PlatformViews.ColumnSummary c : columns) {
            sb.append("  <sitemap><loc>")
                    .append(HtmlEscaping.escape(SitePaths.absolute(base, c.id() + "/sitemap.xml")))
                    .append("</loc></sitemap>\n");
        }
        sb.append("</sitemapindex>\n");
        return sb.toString();
    }

    private static String urlset(PlatformViews.Portal portal, List<String> paths) {
        String base = portal.baseUrl().isEmpty() ? "/" : portal.baseUrl();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : paths) {
            sb.append("  <url><loc>")
                    .append(HtmlEscaping.escape(SitePaths.absolute(base, p)))
                    .append("</loc></url>\n");
        }
        sb.append("</urlset>\n");
        return sb.toString();
    }
}
