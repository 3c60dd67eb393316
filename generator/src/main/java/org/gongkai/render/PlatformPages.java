package org.gongkai.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.content.Digest;
import org.gongkai.publish.OutputTree;

/**
 * The platform's own pages, from the columns' summaries only (never from a column's model, so a
 * platform assembled from part builds renders them byte for byte as a whole build does): the
 * disclosure home, the unified 政策文件库 with one page per filter value, the site map, one feed and a
 * sitemap index. The policy library's pages are {@link PolicyLibrary}'s, the feed and sitemaps
 * {@link PlatformFeeds}'.
 */
public final class PlatformPages {

    /** Where the platform's pages live, from its root. */
    public static final String HOME = "index.html";

    public static final String LIBRARY = "zcwjk/index.html";
    public static final String SITEMAP_PAGE = "sitemap/index.html";
    public static final String FEED = "feed.xml";
    public static final String SEARCH = "search/index.html";

    /** The platform files a column's pages may link up to (see {@code BrokenLinks.Outer}). */
    public static final Set<String> LINKED_FROM_COLUMNS = Set.of(HOME, LIBRARY, SEARCH);

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
     * What every platform page is made of beyond its own view, for an incremental build's record: a
     * page whose view is as recorded under the same key comes out byte for byte as before.
     */
    public String recordKey(PlatformViews.Portal portal) {
        Map<String, Object> parts = new TreeMap<>();
        parts.put("generator", GeneratorIdentity.current());
        parts.put("templates", new TreeMap<>(theme.templates()));
        Map<String, String> assets = new TreeMap<>();
        theme.assets().forEach((name, bytes) -> assets.put(name, Digest.hex(bytes)));
        parts.put("assets", assets);
        parts.put("portal", portal);
        return HexFormat.of().formatHex(ViewDigest.of(parts));
    }

    /**
     * Writes the platform's pages into {@code out}, each through {@code sink} (which may hold it
     * from the last build already); {@code columns} in platform.yaml's order, each with its kind's
     * heading.
     */
    public int write(
            PlatformViews.Portal portal,
            List<PlatformViews.ColumnSummary> columns,
            List<String> kindOrder,
            OutputTree out,
            PageSink sink) {
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
                        List.of(),
                        nav,
                        "",
                        "",
                        PageViews.Marks.of(portal.siteCode(), portal.icp(), portal.psb(), "", ""));
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(home(columns, kindOrder));
        PolicyLibrary.pages(columns, jobs);
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
        pages.render(jobs, site, assets, SitePaths.siteRootPath(portal.baseUrl()), sink);
        out.write(FEED, PlatformFeeds.atom(portal, columns));
        out.write("sitemap.xml", PlatformFeeds.sitemapIndex(portal, columns));
        out.write(
                "sitemap-platform.xml",
                PlatformFeeds.urlset(
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
    static PageViews.PageMeta meta(String title, String path, Views.Crumb... crumbs) {
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
                newest(
                                columns.stream()
                                        .flatMap(
                                                c ->
                                                        c.latest().stream()
                                                                .map(
                                                                        e ->
                                                                                PolicyLibrary.item(
                                                                                        e, c))))
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
    private static Stream<Views.Item> newest(Stream<Views.Item> items) {
        return items.sorted(
                Comparator.comparing(Views.Item::date, Comparator.reverseOrder())
                        .thenComparing(Views.Item::href));
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
            Views.Section.leading(kind, "", links).ifPresent(sections::add);
        }
        return sections;
    }
}
