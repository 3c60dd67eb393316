package org.gongkai.render;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gongkai.content.Digest;
import org.gongkai.content.Document;
import org.gongkai.publish.OutputTree;
import org.gongkai.site.SiteModel;

/**
 * SiteModel → HTML pages, feeds and files in an {@link OutputTree}: the {@link PagePlanner} lists
 * the pages, the {@link PageRenderer} fills them in, {@link ContentFiles} copies the assets and
 * attachments, {@link ApplicationForms} writes the 依申请公开 forms, and this writes what depends on
 * every page (sitemap.xml, the feed, robots.txt, the catalog and report files).
 */
public final class SiteRenderer {

    private final Theme theme;
    private final ContentFiles files;
    private final ApplicationForms forms = new ApplicationForms();
    private final CatalogFiles catalogFiles = new CatalogFiles();
    private final PagePlanner planner;
    private final PageRenderer renderer;

    /**
     * @param contentRoot where content/ is, for copying attachments and data files
     */
    public SiteRenderer(Theme theme, Path contentRoot) {
        this(theme, contentRoot, Optional.empty());
    }

    /**
     * @param platform the platform's chrome, which layout.vm shows as {@code $platform} when
     *     present
     */
    public SiteRenderer(Theme theme, Path contentRoot, Optional<PlatformViews.Chrome> platform) {
        this.theme = theme;
        this.files = new ContentFiles(contentRoot);
        this.planner = new PagePlanner(theme, files, forms);
        this.renderer = new PageRenderer(theme, platform);
    }

    /**
     * Every page the site has, with its view, before anything is rendered. A renderer kept from one
     * plan to the next (as {@code serve} keeps it) makes again only the views of documents that
     * changed.
     */
    public PagePlan plan(SiteModel model) {
        return planner.plan(model);
    }

    /** Renders every page into {@code out}. */
    public void render(SiteModel model, OutputTree out) {
        render(model, plan(model), out, (job, html, buffer) -> out.write(job.path(), html, buffer));
    }

    /**
     * Renders the pages of {@code plan} that {@code pages} does not hold into it, and writes the
     * assets, attachments, sitemap.xml, feed and robots.txt into {@code out} (cheap, and they
     * depend on every document).
     */
    public void render(SiteModel model, PagePlan plan, OutputTree out, PageSink pages) {
        Map<String, String> assets = ContentFiles.writeAssets(theme, out);
        files.copyConacIcon(model.site(), out);
        renderer.render(
                plan.pages(),
                plan.site(),
                assets,
                SitePaths.siteRootPath(model.site().baseUrl()),
                pages);
        for (Document d : model.published()) {
            files.copyFiles(d, out, !PublicityViews.namesOffline(model, d));
        }
        forms.write(model, out);
        CivicPages.writeFiles(model, out);
        catalogFiles.write(plan.catalog(), model.site().baseUrl(), out);
        sitemap(model, plan.pages(), out);
        out.write(SitePaths.FEED, Feeds.atom(model, new ViewFactory(model)));
        out.write(
                "robots.txt",
                "User-agent: *\nAllow: /\n"
                        + (model.site().baseUrl().isEmpty()
                                ? ""
                                : "Sitemap: "
                                        + SitePaths.absolute(model.site().baseUrl(), "sitemap.xml")
                                        + "\n"));
    }

    /**
     * What every page depends on beyond its own view: the generator, the theme's templates and
     * assets, what every page shows (the {@link PageViews.SiteView}) and the site's address. A
     * build record made under another key is not used.
     */
    public static String recordKey(Theme theme, SiteModel model) {
        return recordKey(theme, model, Optional.empty());
    }

    /**
     * As {@link #recordKey(Theme, SiteModel)}, for a column inside a platform: its chrome is on
     * every page.
     */
    public static String recordKey(
            Theme theme, SiteModel model, Optional<PlatformViews.Chrome> platform) {
        Map<String, Object> parts = new TreeMap<>();
        platform.ifPresent(p -> parts.put("platform", p));
        parts.put("generator", GeneratorIdentity.current());
        parts.put("templates", new TreeMap<>(theme.templates()));
        Map<String, String> assets = new TreeMap<>();
        theme.assets().forEach((name, bytes) -> assets.put(name, Digest.hex(bytes)));
        parts.put("assets", assets);
        parts.put("site", SiteStructure.siteView(model));
        parts.put("base", model.site().baseUrl());
        return HexFormat.of().formatHex(ViewDigest.of(parts));
    }

    /**
     * The last sitemap.xml and what it was made of: serve writes it after every save, mostly
     * unchanged.
     */
    private final SameFile sitemapFile = new SameFile("sitemap.xml");

    private List<String> sitemapPaths = List.of();
    private String sitemapBase = "";
    private String sitemapXml = "";

    private synchronized void sitemap(SiteModel model, List<PageJob> jobs, OutputTree out) {
        List<String> paths = jobs.stream().map(PageJob::path).toList();
        boolean same = paths.equals(sitemapPaths) && model.site().baseUrl().equals(sitemapBase);
        if (sitemapFile.held(out, same)) {
            return;
        }
        if (!same) {
            sitemapXml = Feeds.sitemap(model, paths.stream().sorted().toList());
            sitemapPaths = paths;
            sitemapBase = model.site().baseUrl();
        }
        sitemapFile.write(out, sitemapXml);
    }
}
