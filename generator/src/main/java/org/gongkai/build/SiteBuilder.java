package org.gongkai.build;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.gongkai.check.Checker;
import org.gongkai.content.Content;
import org.gongkai.content.ContentLoader;
import org.gongkai.content.Finding;
import org.gongkai.publish.AtomicSite;
import org.gongkai.publish.BrokenLinks;
import org.gongkai.publish.BuildRecord;
import org.gongkai.publish.OutputTree;
import org.gongkai.render.SitePaths;
import org.gongkai.render.SiteRenderer;
import org.gongkai.render.TemplateRefusal;
import org.gongkai.render.Theme;
import org.gongkai.search.BlockStore;
import org.gongkai.search.PublishManifest;
import org.gongkai.search.SearchIndexer;
import org.gongkai.search.SiteSearch;
import org.gongkai.site.SiteModel;
import org.gongkai.site.SiteResolver;

/**
 * The one entry point the CLI and the Maven plugin share: content → model → checks → render → index →
 * publish. Neither shell holds logic of its own.
 */
public final class SiteBuilder {

    private SiteBuilder() {
    }

    /** Waits for a step running beside this thread and rethrows what it threw, unwrapped. */
    private static <T> T finish(CompletableFuture<T> step) throws IOException {
        try {
            return step.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Load, resolve and run every check; writes nothing. */
    public static CheckResult check(BuildConfig config) throws IOException {
        return check(config, Retained.empty());
    }

    /** As {@link #check(BuildConfig)}, for a column inside a platform. */
    public static CheckResult check(BuildConfig config, ColumnFrame frame) throws IOException {
        Resolved loaded = load(config, Retained.empty(), frame);
        return loaded.withRules(rules(loaded, config, new Checker.Memo()));
    }

    /**
     * As {@link #check(BuildConfig)}, re-reading only the document files not in {@code retained}, and
     * checking again only the documents it has no findings for: what {@code serve} does after an edit.
     */
    public static CheckResult check(BuildConfig config, Retained retained) throws IOException {
        Resolved loaded = load(config, retained, ColumnFrame.NONE);
        return loaded.withRules(rules(loaded, config, retained.findings()));
    }

    /** The model and what loading and resolving found, before the rules ran. */
    private record Resolved(SiteModel model, Theme theme, List<Finding> findings) {
        boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }

        CheckResult withRules(List<Finding> ruleFindings) {
            List<Finding> all = new ArrayList<>(findings);
            all.addAll(ruleFindings);
            all.sort(Finding.ORDER);
            return new CheckResult(model, all);
        }
    }

    private static Resolved load(BuildConfig config, Retained retained, ColumnFrame frame) throws IOException {
        PhaseClock clock = new PhaseClock();
        Content content = frame.apply(new ContentLoader().load(config.content(), retained.documents(), retained.files()));
        SiteResolver.Resolution resolution = SiteResolver.resolve(content, config.asOf());
        config.progress().accept("已读取 " + content.documents().size() + " 个文件（" + clock.lap() + "）");
        List<Finding> findings = new ArrayList<>(content.findings());
        findings.addAll(resolution.findings());
        // the theme is read with the content: a theme name or file that leads out of themes/ is a finding
        // that check reports too, not something the build trips over
        SiteModel model = resolution.model();
        Theme.Loaded theme = Theme.load(config.themesFolder(), model.site().theme(), model.site().at("theme"));
        findings.addAll(theme.findings());
        return new Resolved(model, theme.theme(), findings);
    }

    private static List<Finding> rules(Resolved loaded, BuildConfig config, Checker.Memo memo) {
        PhaseClock clock = new PhaseClock();
        List<Finding> found = Checker.standard().run(loaded.model(), memo);
        long errors = found.stream().filter(Finding::isError).count()
                + loaded.findings().stream().filter(Finding::isError).count();
        long warnings = found.size() + loaded.findings().size() - errors;
        config.progress().accept("检查完成：" + errors + " 个错误，" + warnings + " 个警告（" + clock.lap() + "）");
        return found;
    }

    /**
     * Check, then render into a staging folder and swap it in place of {@code out}. Content errors leave
     * {@code out} untouched; so does any exception on the way.
     */
    public static BuildResult build(BuildConfig config) throws IOException {
        return build(config, ColumnFrame.NONE);
    }

    /** As {@link #build(BuildConfig)}, for a column inside a platform (see {@link ColumnFrame}). */
    public static BuildResult build(BuildConfig config, ColumnFrame frame) throws IOException {
        long t0 = System.nanoTime();
        // a synchronised progress: the steps below report from several threads
        BuildConfig cfg = config.withProgress(line -> {
            synchronized (config) {
                config.progress().accept(line);
            }
        });
        Resolved loaded = load(cfg, Retained.empty(), frame);
        if (loaded.hasErrors()) {
            return failed(loaded.withRules(rules(loaded, cfg, new Checker.Memo())), t0);
        }
        // The rules read the model the pages are made from; they run beside rendering, into a staging
        // folder that an error throws away, so site/ is still replaced only by a build that passed them.
        CompletableFuture<List<Finding>> ruleRun = CompletableFuture.supplyAsync(() -> rules(loaded, cfg, new Checker.Memo()),
                runnable -> background("gongkai-rules", runnable));
        return render(cfg, frame, loaded, ruleRun, t0);
    }

    /** The template refusal behind {@code e}, however the parallel steps wrapped it. */
    private static Optional<TemplateRefusal> refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TemplateRefusal r) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** A build stopped by content errors: nothing written, every finding reported. */
    private static BuildResult failed(CheckResult checked, long t0) {
        return new BuildResult(false, checked.findings(), checked.model().published().size(), 0, 0, 0,
                Duration.ofNanos(System.nanoTime() - t0), 0);
    }

    private static void background(String name, Runnable runnable) {
        Thread t = new Thread(runnable, name);
        t.setDaemon(true);
        t.start();
    }

    private static BuildResult render(BuildConfig config, ColumnFrame frame, Resolved loaded, CompletableFuture<List<Finding>> ruleRun,
                                      long t0) throws IOException {
        AtomicSite site = AtomicSite.begin(config.out());
        boolean committed = false;
        CompletableFuture<String> search = null;
        SiteModel model = loaded.model();
        try {
            Theme theme = loaded.theme();
            BrokenLinks.Targets links = new BrokenLinks.Targets(SitePaths.siteRootPath(model.site().baseUrl()),
                    frame.outer());
            String recordKey = config.incremental() ? SiteRenderer.recordKey(theme, model, frame.chrome()) : null;
            OutputTree out = config.incremental()
                    ? new OutputTree(site.staging(), true, links, config.out(), BuildRecord.read(config.out(), recordKey))
                    : new OutputTree(site.staging(), true, links);
            // the search index needs the model only, not the pages: it is built while the pages render, and
            // each fills the gaps the other leaves on the cores (one thread at a phase's start and end)
            java.util.function.Consumer<String> progress = config.progress();
            // an incremental build first asks whether the search step's inputs changed (a digest of every
            // published document's text: a few hundred milliseconds at 10,000 documents, off the main thread)
            boolean incremental = recordKey != null;
            search = CompletableFuture.supplyAsync(() -> {
                if (!model.site().searchSolr().isEmpty()) {
                    PublishManifest.write(model, out);
                }
                SearchIndexer.Inputs inputs = incremental ? SearchIndexer.inputs(model) : null;
                String searchKey = inputs == null ? null : inputs.key();
                if (searchKey != null && out.reuseSearch(searchKey)) {
                    progress.accept("搜索索引的内容没有变化：取自上次构建");
                } else if (incremental) {
                    try (BlockStore blocks = BlockStore.onDisk(BuildRecord.blocks(config.out()))) {
                        SiteSearch.write(model, out, blocks, inputs, progress);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                } else {
                    SiteSearch.write(model, out, progress);
                }
                return searchKey;
            }, runnable -> background("gongkai-search-index", runnable));
            PhaseClock clock = new PhaseClock();
            SiteRenderer.Stats stats = new SiteRenderer(theme, config.content().toAbsolutePath().normalize(),
                    frame.chrome()).render(model, out);
            progress.accept("已生成 " + stats.pages() + " 个页面"
                    + (config.incremental() ? "（其中 " + out.pagesReused() + " 个未变，取自上次构建）" : "")
                    + "，" + out.filesWritten() + " 个文件（" + clock.lap() + "，与搜索索引同时进行）");
            String searchKey = finish(search);
            CheckResult checked = loaded.withRules(finish(ruleRun));
            if (checked.hasErrors()) {
                return failed(checked, t0);
            }
            List<Finding> broken = WebServerOutput.checkLinks(out, config, model, frame.outer());
            if (!broken.isEmpty()) {
                List<Finding> all = new ArrayList<>(checked.findings());
                all.addAll(broken);
                return new BuildResult(false, all, stats.documents(), stats.pages(), 0, 0,
                        Duration.ofNanos(System.nanoTime() - t0), 0);
            }
            WebServerOutput.write(out, config);
            // read from the staging folder (a rename keeps the files' times); the old record goes before the
            // swap: a build killed between the swap and the new record leaves none
            BuildRecord record = recordKey != null ? out.record(recordKey, searchKey) : null;
            BuildRecord.delete(config.out());
            if (!incremental) {
                BuildRecord.deleteBlocks(config.out());
            }
            site.commit();
            committed = true;
            frame.built().accept(model);
            if (record != null) {
                try {
                    record.write(config.out());
                } catch (IOException e) {
                    // the site is in place; without a record the next build is simply a full one
                    progress.accept("未能写入增量构建记录（" + e.getMessage() + "）：下次构建将重新生成全部页面");
                }
            }
            return new BuildResult(true, checked.findings(), stats.documents(), stats.pages(), out.filesWritten(),
                    out.bytesWritten(), Duration.ofNanos(System.nanoTime() - t0), out.pagesReused());
        } catch (IOException | RuntimeException e) {
            // content the rules reject may also be content rendering cannot take: the findings come first
            CheckResult withRules = loaded.withRules(ruleRun.exceptionally(x -> List.of()).join());
            Optional<TemplateRefusal> refused = refusal(e);
            if (refused.isPresent()) {
                // a theme template reached for Java: a content error at its line, never a crash (exit 2)
                List<Finding> all = new ArrayList<>(withRules.findings());
                all.add(refused.get().finding());
                return failed(new CheckResult(withRules.model(), all), t0);
            }
            if (withRules.hasErrors()) {
                return failed(withRules, t0);
            }
            throw e;
        } finally {
            if (!committed) {
                if (search != null) {
                    search.exceptionally(e -> null).join(); // nothing may still write into the folder removed next
                }
                ruleRun.exceptionally(e -> List.of()).join();
                site.abandon();
            }
        }
    }
}
