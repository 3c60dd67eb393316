package org.gongkai.render;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.gongkai.content.Attachment;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.LinkTarget;
import org.gongkai.content.Parallel;
import org.gongkai.content.CsvCell;
import org.gongkai.content.SiteConfig;
import org.gongkai.content.Table;
import org.gongkai.publish.OutputTree;
import org.gongkai.site.ConsultationStatus;
import org.gongkai.site.PublicityStatus;
import org.gongkai.site.SiteModel;
import org.gongkai.site.Validity;

/**
 * SiteModel → HTML pages, feeds and assets in an {@link OutputTree}. Only published documents are ever
 * handed to a template. Templates are compiled once; pages render in parallel.
 */
public final class SiteRenderer {

    public static final int PAGE_SIZE = 20;

    private final Theme theme;
    private final Path contentRoot;
    /** The one resolver: what the loader and checks accepted is what gets copied, and nothing else. */
    private final org.gongkai.content.ContentPath paths;
    private final VelocityEngine engine;
    private final ViewMemo memo = new ViewMemo();
    /** The platform's header and footer when the column is built inside one (集约化), else null. */
    private final PlatformViews.Chrome platform;

    /** @param contentRoot where content/ is, for copying attachments and data files */
    public SiteRenderer(Theme theme, Path contentRoot) {
        this(theme, contentRoot, java.util.Optional.empty());
    }

    /** @param platform the platform's chrome, which layout.vm shows as {@code $platform} when present */
    public SiteRenderer(Theme theme, Path contentRoot, java.util.Optional<PlatformViews.Chrome> platform) {
        this.theme = theme;
        this.contentRoot = contentRoot;
        try {
            this.paths = new org.gongkai.content.ContentPath(contentRoot);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        this.platform = platform.orElse(null);
        this.engine = TemplateSandbox.engine(theme);
    }

    /**
     * One page to render: where it goes, which template fills the main area, and its view. Views are
     * records all the way down, so two jobs are equal exactly when they render the same bytes with the
     * same templates: the preview server re-renders only the jobs that differ from its last plan.
     */
    public record PageJob(String path, String template, PageViews.PageMeta meta, Object view) {
    }

    /** Every page of a site and what every page shares. */
    public record Plan(List<PageJob> pages, PageViews.SiteView site) {
        public Plan {
            pages = List.copyOf(pages);
        }
    }

    /**
     * Velocity writes a page in thousands of small pieces. A {@link StringWriter} is a synchronised
     * {@link StringBuffer} that grows by copying (the largest single cost of rendering in a profile); each
     * rendering thread keeps one unsynchronised buffer instead, grown once to the largest page.
     */
    private static final class PageWriter extends java.io.Writer {
        final StringBuilder text = new StringBuilder(64 * 1024);

        @Override
        public void write(char[] cbuf, int off, int len) {
            text.append(cbuf, off, len);
        }

        @Override
        public void write(String str) {
            text.append(str);
        }

        @Override
        public void write(String str, int off, int len) {
            text.append(str, off, off + len);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static final ThreadLocal<PageWriter> PAGE = ThreadLocal.withInitial(PageWriter::new);

    public record Stats(int pages, int documents) {
    }

    public Stats render(SiteModel model, OutputTree out) {
        return render(model, plan(model), out, job -> true);
    }

    /**
     * Writes the pages of {@code plan} that {@code changed} selects, and always the assets, attachments,
     * sitemap.xml, feed and robots.txt (cheap, and they depend on every document).
     */
    public Stats render(SiteModel model, Plan plan, OutputTree out, java.util.function.Predicate<PageJob> changed) {
        ViewFactory views = new ViewFactory(model);
        Map<String, String> assets = writeAssets(out);
        copyConacIcon(model.site(), out);
        PageViews.SiteView site = plan.site();
        List<PageJob> jobs = plan.pages();
        Template layout;
        try {
            layout = engine.getTemplate("layout.vm");
        } catch (org.apache.velocity.exception.VelocityException e) {
            TemplateRefusal failed = TemplateRefusal.failed(e);
            throw failed.from(theme.source(failed.template()));
        }
        // comparing a page's view with the last plan's walks the view: on every core too
        List<PageJob> toRender = Parallel.filter(jobs, changed);
        String notFoundRoot = SitePaths.siteRootPath(model.site().baseUrl());
        Parallel.forEach(toRender, job -> {
            String root = job.path().equals(SitePaths.NOT_FOUND) ? notFoundRoot : SitePaths.rootOf(job.path());
            if (!out.recordsPages()) {
                out.write(job.path(), renderPage(layout, job, site, assets, root));
                return;
            }
            // what else a page is made of (templates, assets, the site's settings) is in the record's key
            byte[] digest = ViewDigest.of(List.of(job, root));
            if (!out.reusePage(job.path(), digest)) {
                out.writePage(job.path(), renderPage(layout, job, site, assets, root), digest);
            }
        });
        for (Document d : model.published()) {
            copyFiles(model, d, out);
        }
        CivicPages.writeFiles(model, out);
        Catalog.writeFiles(model, out);
        out.write("sitemap.xml", sitemap(model, jobs));
        out.write(SitePaths.FEED, Feeds.atom(model, views));
        out.write("robots.txt", "User-agent: *\nAllow: /\n" + (model.site().baseUrl().isEmpty() ? ""
                : "Sitemap: " + SitePaths.absolute(model.site().baseUrl(), "sitemap.xml") + "\n"));
        return new Stats(toRender.size(), model.published().size());
    }

    /**
     * What every page depends on beyond its own view: the generator, the theme's templates and assets,
     * what every page shows (the {@link PageViews.SiteView}) and the site's address. A build record made
     * under another key is not used.
     */
    public static String recordKey(Theme theme, SiteModel model) {
        return recordKey(theme, model, java.util.Optional.empty());
    }

    /** As {@link #recordKey(Theme, SiteModel)}, for a column inside a platform: its chrome is on every page. */
    public static String recordKey(Theme theme, SiteModel model, java.util.Optional<PlatformViews.Chrome> platform) {
        Map<String, Object> parts = new TreeMap<>();
        platform.ifPresent(p -> parts.put("platform", p));
        parts.put("generator", GeneratorIdentity.current());
        parts.put("templates", new TreeMap<>(theme.templates()));
        Map<String, String> assets = new TreeMap<>();
        theme.assets().forEach((name, bytes) -> assets.put(name, sha256(bytes)));
        parts.put("assets", assets);
        parts.put("site", siteView(model));
        parts.put("base", model.site().baseUrl());
        return HexFormat.of().formatHex(ViewDigest.of(parts));
    }

    /** The last sitemap.xml and what it was made of: serve writes it after every save, mostly unchanged. */
    private List<String> sitemapPaths = List.of();
    private String sitemapBase = "";
    private String sitemapXml = "";

    private synchronized String sitemap(SiteModel model, List<PageJob> jobs) {
        List<String> paths = jobs.stream().map(PageJob::path).toList();
        if (!paths.equals(sitemapPaths) || !model.site().baseUrl().equals(sitemapBase)) {
            sitemapXml = Feeds.sitemap(model, paths.stream().sorted().toList());
            sitemapPaths = paths;
            sitemapBase = model.site().baseUrl();
        }
        return sitemapXml;
    }

    /**
     * Every page the site has, with its view, before anything is rendered. A renderer kept from one plan to
     * the next (as {@code serve} keeps it) makes again only the views of documents that changed.
     */
    public synchronized Plan plan(SiteModel model) {
        ViewFactory views = new ViewFactory(model, memo.begin(model), memo);
        Map<String, Document> bySource = new java.util.HashMap<>();
        model.published().forEach(d -> bySource.put(d.source().file(), d));
        PageViews.SiteView site = siteView(model);
        List<PageJob> jobs = new ArrayList<>();
        CivicPages civic = new CivicPages(model, views);
        // the column's structure: on the home page, the site map, the search page and the 404 page
        List<Views.Section> structure = sitemapSections(model, civic);
        jobs.add(home(model, views, structure));
        // the views are independent of each other (the factories hold no state): build them on every core,
        // in site order
        Parallel.map(model.published(), d -> civic.documentPages(d, documentPage(model, views, d, bySource)))
                .forEach(jobs::addAll);
        lists(model, views, jobs);
        taxonomies(model, views, jobs);
        civic.addPages(jobs);
        jobs.add(new PageJob(SitePaths.SITEMAP_PAGE, "sitemap.vm",
                meta("网站地图", SitePaths.SITEMAP_PAGE, "sitemap"), new PageViews.SitemapPage(structure)));
        jobs.add(new PageJob(SitePaths.SEARCH, "search.vm", meta("搜索", SitePaths.SEARCH, "search"),
                new PageViews.SearchPage(structure, model.site().searchEndpoint(), SitePaths.CATALOG,
                        model.site().searchSolr(), model.site().searchColumn())));
        for (Catalog.Page p : Catalog.pages(Catalog.rows(model))) {
            String path = p.pager() == null ? SitePaths.CATALOG : SitePaths.catalog(p.pager().current());
            jobs.add(new PageJob(path, "mulu.vm", meta(p.title(), path, "catalog",
                    new Views.Crumb("搜索", SitePaths.SEARCH)), p));
        }
        jobs.add(new PageJob(SitePaths.HELP, "help.vm", meta("辅助工具使用说明", SitePaths.HELP, "help"),
                new PageViews.SitemapPage(List.of())));
        jobs.add(new PageJob(SitePaths.NOT_FOUND, "notfound.vm", meta("页面未找到", SitePaths.NOT_FOUND, ""),
                new PageViews.SitemapPage(structure)));
        memo.end();
        // the government-website metadata of every page's head: from the page's column and, on a document's
        // pages, the document
        Map<String, Document> byPath = new java.util.HashMap<>();
        model.published().forEach(d -> byPath.put(SitePaths.documentFolder(d), d));
        jobs.replaceAll(j -> new PageJob(j.path(), j.template(), j.meta().withTags(PageMetadata.of(model.site(),
                j.meta(), documentOf(j.path(), byPath))), j.view()));
        return new Plan(jobs, site);
    }

    /** The document a page shows (its first page or a continuation page of its table), or null. */
    private static Document documentOf(String path, Map<String, Document> byFolder) {
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        Document d = byFolder.get(folder);
        if (d == null && folder.contains("/page/")) {
            d = byFolder.get(folder.substring(0, folder.indexOf("/page/") + 1));
        }
        return d;
    }

    /**
     * The page, in this thread's render buffer: write it before this thread renders the next one (no
     * {@code toString} copy of every page).
     */
    private CharSequence renderPage(Template layout, PageJob job, PageViews.SiteView site, Map<String, String> assets,
                                    String root) {
        VelocityContext ctx = TemplateSandbox.context(site, job.meta(), root, assets, job.template(), job.view());
        if (platform != null) {
            ctx.put("platform", platform);
        }
        PageWriter w = PAGE.get();
        w.text.setLength(0);
        TemplateSandbox.merge(theme, layout, ctx, w);
        return w.text;
    }

    /** The 党政机关网站标识 icon, when site.yaml names one inside content/ (site-footer-ids reports the rest). */
    private void copyConacIcon(SiteConfig s, OutputTree out) {
        String to = conacIconPath(s);
        if (to.isEmpty()) {
            return;
        }
        // through the one resolver and the picture types, like every file content names
        copyable(paths.file(contentRoot, s.conacIcon()), org.gongkai.content.MediaType.Use.IMAGE, s.conacIcon())
                .ifPresent(from -> out.copy(from, to));
    }

    /** Assets get a content hash in their name, so they can be cached for a year. */
    private Map<String, String> writeAssets(OutputTree out) {
        return writeAssets(theme, out);
    }

    /** The theme's assets under content-hashed names; gongkaiCSS → assets/gongkai.HASH.css for the templates. */
    static Map<String, String> writeAssets(Theme theme, OutputTree out) {
        Map<String, String> paths = new TreeMap<>();
        theme.assets().forEach((name, bytes) -> {
            int dot = name.lastIndexOf('.');
            String hashed = "assets/" + name.substring(0, dot) + "." + sha256(bytes).substring(0, 10) + name.substring(dot);
            out.write(hashed, bytes);
            paths.put(name.substring(0, dot) + name.substring(dot + 1).toUpperCase(java.util.Locale.ROOT), hashed);
        });
        return paths;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PageViews.SiteView siteView(SiteModel model) {
        var s = model.site();
        List<Views.Row> contact = new ArrayList<>();
        Map<String, String> labels = Map.of("address", "地址", "phone", "电话", "email", "电子邮箱", "hours", "办公时间",
                "fax", "传真", "postcode", "邮编");
        for (var e : s.contactEntries()) {
            // a phone number or address a resident can tap on a phone
            String href = switch (e.getKey()) {
                case "phone" -> e.getValue().strip().matches("[0-9+][0-9 ()-]{4,}")
                        ? "tel:" + e.getValue().replaceAll("[^0-9+]", "") : "";
                case "email" -> e.getValue().strip().matches("[^@\\s]+@[^@\\s]+") ? "mailto:" + e.getValue().strip() : "";
                default -> "";
            };
            contact.add(new Views.Row(labels.getOrDefault(e.getKey(), e.getKey()), e.getValue(), href));
        }
        List<Views.Link> nav = new ArrayList<>();
        nav.add(new Views.Link("首页", SitePaths.HOME));
        Optional<Document> guide = page(model, "指南");
        guide.ifPresent(g -> nav.add(new Views.Link("公开指南", SitePaths.document(g))));
        page(model, "制度").ifPresent(g -> nav.add(new Views.Link("公开制度", SitePaths.document(g))));
        if (!model.published(DocumentType.POLICY).isEmpty()) {
            nav.add(new Views.Link("政策文件", SitePaths.list(DocumentType.POLICY, 1)));
        }
        if (!model.published(DocumentType.REPORT).isEmpty()) {
            nav.add(new Views.Link("年度报告", SitePaths.list(DocumentType.REPORT, 1)));
        }
        nav.add(new Views.Link("搜索", SitePaths.SEARCH));
        return new PageViews.SiteView(s.name(), s.column(), s.siteCode(), s.icp(), s.psb(), psbHref(s.psb()),
                s.conacLink(), conacIconPath(s), contact, nav,
                guide.map(SitePaths::document).orElse(""), formOrigin(s.searchEndpoint()));
    }

    /** The origin of an https search endpoint, which the page's CSP must allow as a form target; "" for a path. */
    static String formOrigin(String endpoint) {
        if (!endpoint.startsWith("https://")) {
            return "";
        }
        java.net.URI u = java.net.URI.create(endpoint);
        return " https://" + u.getRawAuthority();
    }

    /** 公安机关备案: the record's page at beian.gov.cn, by the number's digits. */
    static String psbHref(String psb) {
        String code = psb.replaceAll("\\D", "");
        return code.isEmpty() ? "" : "http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=" + code;
    }

    /** Where the 党政机关网站标识 icon is written: conac.png (.gif, .jpg) at the site's root. */
    static String conacIconPath(SiteConfig s) {
        String icon = s.conacIcon();
        if (icon.isEmpty() || !icon.contains(".")) {
            return "";
        }
        return "conac" + icon.substring(icon.lastIndexOf('.')).toLowerCase(java.util.Locale.ROOT);
    }

    /** A fixed page found by a word of its title (信息公开指南, 信息公开制度). */
    private static Optional<Document> page(SiteModel model, String word) {
        return model.published(DocumentType.PAGE).stream().filter(d -> d.title().contains(word))
                .min(java.util.Comparator.comparing(Document::id));
    }

    private static PageViews.PageMeta meta(String title, String path, String navKey, Views.Crumb... crumbs) {
        List<Views.Crumb> list = new ArrayList<>();
        list.add(new Views.Crumb("首页", SitePaths.HOME));
        list.addAll(List.of(crumbs));
        return new PageViews.PageMeta(title, "", path, list, navKey);
    }

    private PageJob home(SiteModel model, ViewFactory views, List<Views.Section> structure) {
        // a 公示 whose period has ended is no news: it stays in its list, marked 已结束, but leaves 最新公开
        List<Views.Item> latest = views.items(model.published().stream()
                .filter(d -> d.type() != DocumentType.PAGE)
                .filter(d -> ViewFactory.publicityStatus(d, model.asOf()).orElse(null) != PublicityStatus.ENDED)
                .limit(10).toList());
        List<Views.Item> valid = views.items(model.published(DocumentType.POLICY).stream()
                .filter(d -> d.policy().map(Details.Policy::normative).orElse(false))
                .filter(d -> model.validityOf(d.id()).orElse(null) == Validity.VALID).limit(10).toList());
        List<Views.Item> open = views.items(model.published(DocumentType.CONSULTATION).stream()
                .filter(d -> d.details() instanceof Details.Consultation c
                        && ConsultationStatus.of(c, model.asOf()).phase() == ConsultationStatus.Phase.OPEN)
                .toList());
        PageViews.Home home = new PageViews.Home(structure, latest, valid, open);
        return new PageJob(SitePaths.HOME, "home.vm",
                new PageViews.PageMeta(model.site().column(), "", SitePaths.HOME, List.of(), "home"), home);
    }

    /**
     * The column in the national structure (国办公开办函〔2019〕61号): 指南, 制度, 法定主动公开内容 (机构职能 first, then
     * the 条例 第二十条 columns), 年度报告; then 依申请公开 on its own (it is how to ask, not what is published) and
     * 公共企事业单位信息公开, which is not the government's own 法定主动公开内容. No section is ever empty.
     */
    private List<Views.Section> sitemapSections(SiteModel model, CivicPages civic) {
        List<Views.Section> sections = new ArrayList<>();
        Optional<Document> guide = page(model, "指南");
        Optional<Document> rules = page(model, "制度");
        Optional<Document> organization = page(model, "机构职能");
        Optional<Document> apply = page(model, "依申请公开");
        Optional<Document> enterprises = page(model, "公共企事业单位");
        List<Document> placed = java.util.stream.Stream.of(guide, rules, organization, apply, enterprises)
                .flatMap(Optional::stream).toList();
        guide.ifPresent(g -> sections.add(new Views.Section("政府信息公开指南", SitePaths.document(g),
                "如何获取政府信息、办公地址与联系方式", List.of(new Views.Link(g.title(), SitePaths.document(g))))));
        rules.ifPresent(g -> sections.add(new Views.Section("政府信息公开制度", SitePaths.document(g),
                "政府信息公开工作的规章制度", List.of(new Views.Link(g.title(), SitePaths.document(g))))));
        List<Views.Link> statutory = new ArrayList<>();
        organization.ifPresent(o -> statutory.add(new Views.Link("机构职能", SitePaths.document(o))));
        for (DocumentType t : List.of(DocumentType.POLICY, DocumentType.INTERPRETATION, DocumentType.DECISION,
                DocumentType.CONSULTATION, DocumentType.NOTICE, DocumentType.PUBLICITY)) {
            int n = t == DocumentType.NOTICE ? notices(model, false).size() : model.published(t).size();
            if (n > 0) {
                statutory.add(new Views.Link(t.label() + "（" + n + "）", SitePaths.list(t, 1)));
            }
            int news = t == DocumentType.NOTICE ? notices(model, true).size() : 0;
            if (news > 0) {
                statutory.add(new Views.Link(Details.Notice.NEWS + "（" + news + "）", SitePaths.newsList(1)));
            }
        }
        for (Document p : model.published(DocumentType.PAGE)) {
            if (!placed.contains(p)) {
                statutory.add(new Views.Link(p.title(), SitePaths.document(p)));
            }
        }
        if (!statutory.isEmpty()) {
            sections.add(new Views.Section("法定主动公开内容", statutory.get(0).href(),
                    "《政府信息公开条例》第二十条规定主动公开的内容", statutory));
        }
        List<Document> reports = model.published(DocumentType.REPORT);
        if (!reports.isEmpty()) {
            sections.add(new Views.Section("政府信息公开工作年度报告", SitePaths.list(DocumentType.REPORT, 1),
                    "每年公布的政府信息公开工作情况",
                    reports.stream().map(r -> new Views.Link(r.title(), SitePaths.document(r))).toList()));
        }
        apply.ifPresent(a -> sections.add(new Views.Section("依申请公开", SitePaths.document(a),
                "如何申请获取未主动公开的政府信息", List.of(new Views.Link(a.title(), SitePaths.document(a))))));
        enterprises.ifPresent(e -> sections.add(new Views.Section("公共企事业单位信息公开", SitePaths.document(e),
                "辖区内公共企事业单位的信息公开", List.of(new Views.Link(e.title(), SitePaths.document(e))))));
        sections.addAll(civic.structure());
        List<Views.Link> browse = new ArrayList<>();
        if (model.published().stream().anyMatch(d -> !d.topics().isEmpty())) {
            browse.add(new Views.Link("按主题分类", SitePaths.termIndex("topics")));
        }
        if (model.published().stream().anyMatch(d -> !d.themes().isEmpty())) {
            browse.add(new Views.Link("按特色主题", SitePaths.termIndex("themes")));
        }
        if (model.published().stream().anyMatch(d -> d.issuer().isPresent())) {
            browse.add(new Views.Link("按发布机构", SitePaths.termIndex("issuers")));
        }
        // only labelled policies have a validity page: a site of yearly work plans alone has none
        if (model.published(DocumentType.POLICY).stream().anyMatch(d -> model.validityOf(d.id()).isPresent())) {
            browse.add(new Views.Link("按有效性", SitePaths.termIndex("validity")));
        }
        if (!browse.isEmpty()) {
            sections.add(new Views.Section("分类浏览", browse.get(0).href(), "按主题、机构和有效性查找文件", browse));
        }
        return sections;
    }

    private PageJob documentPage(SiteModel model, ViewFactory views, Document d, Map<String, Document> bySource) {
        String path = SitePaths.document(d);
        String body = memo.body(d, () -> BodyMarkup.apply(BodyLinks.rewrite(d.body().html(), d, bySource, paths), d.title(),
                src -> localImage(d, src)));
        PageViews.TableView table = null;
        if (d.details() instanceof Details.Publicity p && p.table().isPresent()) {
            table = table(d, p.table().get(), views);
        }
        PageViews.DocPage view = new PageViews.DocPage(views.item(d), d.type().key(), views.metadata(d), body,
                views.attachments(d), views.relations(d), table);
        String template = theme.pick("document", d.type().key());
        Views.Crumb typeCrumb = ViewFactory.isNews(d) ? new Views.Crumb(Details.Notice.NEWS, SitePaths.newsList(1))
                : new Views.Crumb(d.type().label(), SitePaths.list(d.type(), 1));
        PageViews.PageMeta m = meta(d.title(), path, d.type().key(), typeCrumb);
        // <meta name="description">: what a search engine or a shared link shows under the title
        m = new PageViews.PageMeta(m.title(), d.summaryText(), m.path(), m.crumbs(), m.navKey(), m.tags());
        return new PageJob(path, template, m, view);
    }

    /** An image in a body, as its src stands after link rewriting → the file in content/, for its dimensions. */
    private Optional<Path> localImage(Document d, String src) {
        if (src.isEmpty() || src.contains(":") || src.startsWith("/")) {
            return Optional.empty();
        }
        String decoded = org.gongkai.content.ContentPath.decoded(src);
        for (Attachment a : d.attachments()) {
            if (ViewFactory.fileName(a.path()).equals(decoded)) {
                return copyable(paths.file(folderOf(d), a.file()), org.gongkai.content.MediaType.Use.ATTACHMENT,
                        a.file());
            }
        }
        return copyable(paths.image(folderOf(d), src), org.gongkai.content.MediaType.Use.IMAGE, decoded);
    }

    private Path folderOf(Document d) {
        String file = d.source().file();
        return file.contains("/") ? contentRoot.resolve(file.substring(0, file.lastIndexOf('/'))) : contentRoot;
    }

    /**
     * The file to read or copy, if the resolver and the media types allow it. The loader refused the same
     * files with findings, so a build that gets here has none; this is the renderer not trusting that.
     */
    private Optional<Path> copyable(LinkTarget target, org.gongkai.content.MediaType.Use use, String written) {
        if (!(target instanceof LinkTarget.File f) || !f.exists()) {
            return Optional.empty();
        }
        try {
            var attrs = java.nio.file.Files.readAttributes(f.path(), java.nio.file.attribute.BasicFileAttributes.class);
            Sniffed key = new Sniffed(f.path(), use, written, attrs.size(), attrs.lastModifiedTime());
            boolean inert = sniffed.computeIfAbsent(key, k -> use.refusal(f.path(), written,
                    org.gongkai.content.SourceRef.file(f.relative())).isEmpty());
            return inert ? Optional.of(f.path()) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A file's media-type verdict, by its size and time: serve renders every attachment after every save,
     * and reading each one's bytes again would cost more than the pages.
     */
    private record Sniffed(Path path, org.gongkai.content.MediaType.Use use, String written, long size,
                           java.nio.file.attribute.FileTime modified) {
    }

    private final Map<Sniffed, Boolean> sniffed = new java.util.concurrent.ConcurrentHashMap<>();

    private static PageViews.TableView table(Document d, Table t, ViewFactory views) {
        List<List<String>> rows = t.rows().stream().map(Table.Row::cells).toList();
        List<String> totals = views.totals(d, t);
        String csv = SitePaths.documentFolder(d) + ViewFactory.fileName(t.file());
        return new PageViews.TableView(d.title(), t.header(), rows, totals, csv);
    }

    private void copyFiles(SiteModel model, Document d, OutputTree out) {
        String folder = SitePaths.documentFolder(d);
        Path dir = folderOf(d);
        for (Attachment a : d.attachments()) {
            copyable(paths.file(dir, a.file()), org.gongkai.content.MediaType.Use.ATTACHMENT, a.file())
                    .ifPresent(p -> copy(p, folder + ViewFactory.fileName(a.path()), out));
        }
        if (d.details() instanceof Details.Publicity p && p.data().isPresent() && p.table().isPresent()) {
            String data = p.data().get();
            copyable(paths.file(contentRoot, data), org.gongkai.content.MediaType.Use.DATA, data)
                    .ifPresent(f -> copy(f, folder + ViewFactory.fileName(data), out));
        }
        // an image the body shows from beside its Markdown file goes beside the page, where its src points;
        // one from a folder above would land outside the page's folder, and is not copied
        for (var link : d.body().links()) {
            if (link.image() && link.target() instanceof LinkTarget.File f && f.published() != null
                    && !link.destination().strip().startsWith("..")
                    && d.attachments().stream().noneMatch(a -> a.path().equals(f.relative()))) {
                copyable(paths.image(dir, link.destination()), org.gongkai.content.MediaType.Use.IMAGE, f.relative())
                        .ifPresent(file -> out.copy(file, folder + f.published()));
            }
        }
    }

    /** A file from content/ into the site; a CSV with no cell a spreadsheet would run ({@link CsvCell}). */
    private static void copy(Path source, String path, OutputTree out) {
        if (!path.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            out.copy(source, path);
            return;
        }
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(source);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] guarded = CsvCell.guard(bytes);
        if (guarded == bytes) {
            out.copy(source, path); // as written: the preview keeps a copy it made before
        } else {
            out.write(path, guarded);
        }
    }

    private void lists(SiteModel model, ViewFactory views, List<PageJob> jobs) {
        for (DocumentType t : DocumentType.values()) {
            List<Document> docs = t == DocumentType.NOTICE ? notices(model, false) : model.published(t);
            column(views, jobs, t, docs, t.label(), p -> SitePaths.list(t, p), y -> SitePaths.yearArchive(t, y));
        }
        column(views, jobs, DocumentType.NOTICE, notices(model, true), Details.Notice.NEWS, SitePaths::newsList,
                SitePaths::newsYear);
    }

    /** 通知公告 without the 工作动态, or the 工作动态 alone: two columns of one type. */
    static List<Document> notices(SiteModel model, boolean news) {
        return model.published(DocumentType.NOTICE).stream().filter(d -> ViewFactory.isNews(d) == news).toList();
    }

    private void column(ViewFactory views, List<PageJob> jobs, DocumentType t, List<Document> docs, String label,
                        java.util.function.IntFunction<String> pathOf, java.util.function.IntFunction<String> yearOf) {
        if (docs.isEmpty()) {
            return; // an empty column is never emitted
        }
        TreeSet<Integer> yearSet = new TreeSet<>(java.util.Comparator.reverseOrder());
        if (t.dated()) {
            docs.forEach(d -> yearSet.add(d.year()));
        }
        List<Views.Link> years = yearSet.stream().map(y -> new Views.Link(y + "年", yearOf.apply(y))).toList();
        paged(jobs, views, docs, label, "", years, t.key(), pathOf);
        for (int y : yearSet) {
            List<Document> ofYear = docs.stream().filter(d -> d.year() == y).toList();
            String path = yearOf.apply(y);
            jobs.add(new PageJob(path, "list.vm", meta(label + "（" + y + "年）", path, t.key(),
                    new Views.Crumb(label, pathOf.apply(1))),
                    new PageViews.ListPage(label + "（" + y + "年）", "", views.items(ofYear), null, years,
                            ofYear.size())));
        }
    }

    private void paged(List<PageJob> jobs, ViewFactory views, List<Document> docs, String title, String intro,
                       List<Views.Link> years, String navKey, java.util.function.IntFunction<String> pathOf,
                       Views.Crumb... crumbs) {
        int pages = Math.max(1, (docs.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        for (int p = 1; p <= pages; p++) {
            List<Document> slice = docs.subList((p - 1) * PAGE_SIZE, Math.min(docs.size(), p * PAGE_SIZE));
            Views.Pager pager = pages == 1 ? null : pager(p, pages, pathOf);
            String path = pathOf.apply(p);
            String t = p == 1 ? title : title + "（第" + p + "页）";
            jobs.add(new PageJob(path, "list.vm", meta(t, path, navKey, crumbs),
                    new PageViews.ListPage(t, intro, views.items(slice), pager, years, docs.size())));
        }
    }

    private static Views.Pager pager(int current, int total, java.util.function.IntFunction<String> pathOf) {
        List<Views.Link> pages = new ArrayList<>();
        for (int p = 1; p <= total; p++) {
            // long lists show the first, last and nearby pages only
            if (p == 1 || p == total || Math.abs(p - current) <= 2) {
                pages.add(new Views.Link(String.valueOf(p), pathOf.apply(p)));
            }
        }
        return new Views.Pager(current, total, current > 1 ? pathOf.apply(current - 1) : "",
                current < total ? pathOf.apply(current + 1) : "", pages);
    }

    private void taxonomies(SiteModel model, ViewFactory views, List<PageJob> jobs) {
        // published documents come newest first, so each term's list is in site order as it fills, and a
        // document listed twice under one term (两个二级主题 under one 一级) is the list's last entry
        List<Document> docs = model.published().stream().filter(d -> d.type() != DocumentType.PAGE).toList();
        // 主题分类: a document under 一级/二级 also belongs to 一级
        Map<String, List<Document>> topics = new TreeMap<>();
        for (Document d : docs) {
            for (String t : d.topics()) {
                addOnce(topics, t, d);
                addOnce(topics, org.gongkai.content.Taxonomy.topLevel(t), d);
            }
        }
        terms(jobs, views, "topics", "主题分类", topics, true);
        Map<String, List<Document>> themes = new TreeMap<>();
        docs.forEach(d -> d.themes().forEach(t -> addOnce(themes, t, d)));
        terms(jobs, views, "themes", "特色主题", themes, false);
        Map<String, List<Document>> issuers = new TreeMap<>();
        docs.forEach(d -> d.issuer().ifPresent(t -> addOnce(issuers, t, d)));
        terms(jobs, views, "issuers", "发布机构", issuers, false);
        Map<String, List<Document>> villages = new TreeMap<>();
        docs.forEach(d -> {
            if (d.details() instanceof Details.Publicity p) {
                p.village().ifPresent(v -> addOnce(villages, v, d));
            }
        });
        terms(jobs, views, "villages", "各村公示", villages, false);

        Map<Validity, List<Document>> byValidity = new LinkedHashMap<>();
        for (Validity v : List.of(Validity.VALID, Validity.AMENDED, Validity.REPEALED, Validity.EXPIRED,
                Validity.PENDING)) {
            List<Document> of = model.published(DocumentType.POLICY).stream()
                    .filter(d -> model.validityOf(d.id()).orElse(null) == v).toList();
            if (!of.isEmpty()) {
                byValidity.put(v, of);
            }
        }
        if (byValidity.isEmpty()) {
            return;
        }
        List<PageViews.TermGroup> groups = new ArrayList<>();
        Views.Crumb up = new Views.Crumb("按有效性", SitePaths.termIndex("validity"));
        byValidity.forEach((v, of) -> {
            groups.add(new PageViews.TermGroup(new Views.Term(v.pageTitle(), SitePaths.validity(v, 1), of.size()),
                    List.of()));
            paged(jobs, views, of, "政策文件：" + v.pageTitle(), "", List.of(), "validity",
                    p -> SitePaths.validity(v, p), up);
        });
        jobs.add(new PageJob(SitePaths.termIndex("validity"), "terms.vm",
                meta("按有效性浏览", SitePaths.termIndex("validity"), "validity"),
                new PageViews.TermsPage("按有效性浏览", "政策文件的有效性随修改、废止和有效期自动更新。", groups)));
    }

    /**
     * Adds {@code d} to the term's list unless it was the last one added (compared by identity: a record's
     * equals would walk both documents' whole bodies).
     */
    private static void addOnce(Map<String, List<Document>> byTerm, String term, Document d) {
        List<Document> list = byTerm.computeIfAbsent(term, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != d) {
            list.add(d);
        }
    }

    private void terms(List<PageJob> jobs, ViewFactory views, String taxonomy, String label,
                       Map<String, List<Document>> byTerm, boolean nested) {
        if (byTerm.isEmpty()) {
            return;
        }
        Views.Crumb up = new Views.Crumb("按" + label, SitePaths.termIndex(taxonomy));
        Map<String, PageViews.TermGroup> groups = new TreeMap<>();
        Map<String, List<Views.Term>> children = new TreeMap<>();
        byTerm.forEach((name, listed) -> {
            Views.Term term = new Views.Term(name, SitePaths.term(taxonomy, name, 1), listed.size());
            if (nested && name.contains("/")) {
                children.computeIfAbsent(org.gongkai.content.Taxonomy.topLevel(name), k -> new ArrayList<>()).add(
                        new Views.Term(name.substring(name.indexOf('/') + 1), term.href(), term.count()));
            } else {
                groups.put(name, null);
            }
            paged(jobs, views, listed, label + "：" + name, "", List.of(), taxonomy,
                    p -> SitePaths.term(taxonomy, name, p), up);
        });
        List<PageViews.TermGroup> list = new ArrayList<>();
        for (String name : groups.keySet()) {
            list.add(new PageViews.TermGroup(new Views.Term(name, SitePaths.term(taxonomy, name, 1),
                    byTerm.get(name).size()), children.getOrDefault(name, List.of())));
        }
        jobs.add(new PageJob(SitePaths.termIndex(taxonomy), "terms.vm",
                meta("按" + label + "浏览", SitePaths.termIndex(taxonomy), taxonomy),
                new PageViews.TermsPage("按" + label + "浏览", "", list)));
    }

    /** Rewrites links in a body: a .md link to its document's page, a file beside it to the copied file. */
    static final class BodyLinks {
        private static final Pattern HREF = Pattern.compile("(href|src)=\"([^\"#:?]+?)([#?][^\"]*)?\"");

        static String rewrite(String html, Document d, Map<String, Document> bySource,
                              org.gongkai.content.ContentPath paths) {
            if (html.indexOf("href=\"") < 0 && html.indexOf("src=\"") < 0) {
                return html;
            }
            String root = SitePaths.rootOf(SitePaths.document(d));
            String file = d.source().file();
            Path dir = file.contains("/") ? paths.root().resolve(file.substring(0, file.lastIndexOf('/'))) : paths.root();
            Matcher m = HREF.matcher(html);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String written = m.group(2);
                String fragment = m.group(3) == null || m.group(3).startsWith("?") ? "" : m.group(3);
                boolean image = m.group(1).equals("src");
                String replacement = m.group(0);
                LinkTarget target = image ? paths.image(dir, written) : paths.link(dir, written);
                if (target instanceof LinkTarget.Document doc) {
                    Optional<Document> linked = doc.file().isEmpty()
                            // a link by document id ([见通知](anzhengfa-2021-8)), which check's link-broken accepts
                            ? bySource.values().stream().filter(x -> x.id().equals(doc.id())).findFirst()
                            : Optional.ofNullable(bySource.get(doc.file()));
                    // a document that is not published (withheld, or not yet due): its file name must not
                    // appear on a public page, so the link keeps its text and loses its address
                    replacement = linked.map(x -> m.group(1) + "=\"" + root + SitePaths.document(x) + fragment + "\"")
                            .orElse("data-unpublished=\"\"");
                } else if (target instanceof LinkTarget.File f) {
                    for (Attachment a : d.attachments()) {
                        if (a.path().equals(f.relative())) {
                            replacement = m.group(1) + "=\"" + ViewFactory.fileName(a.path()) + fragment + "\"";
                        }
                    }
                } else if (target instanceof LinkTarget.Refused) {
                    // a path the loader refused (outside content/, a Markdown source, a generated name): the
                    // page does not carry it
                    replacement = "data-refused=\"\"";
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(sb);
            return sb.toString();
        }
    }

    static LocalDate latest(List<Document> docs) {
        return docs.stream().map(d -> d.published().orElse(LocalDate.MIN)).max(LocalDate::compareTo)
                .orElse(LocalDate.MIN);
    }
}
