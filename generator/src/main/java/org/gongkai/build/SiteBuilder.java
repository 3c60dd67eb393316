package org.gongkai.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.gongkai.content.Finding;
import org.gongkai.publish.AtomicSite;
import org.gongkai.publish.BrokenLinks;
import org.gongkai.publish.OutputTree;
import org.gongkai.render.SitePaths;
import org.gongkai.render.TemplateRefusal;
import org.gongkai.search.PublishManifest;
import org.gongkai.site.SiteModel;

/**
 * The one entry point the CLI and the Maven plugin share: content → model → checks → render → index
 * → publish, as a {@link Build} with the reuse policy the options ask for. Neither shell holds
 * logic of its own.
 */
public final class SiteBuilder {

    private SiteBuilder() {}

    /** Waits for a step running beside this thread and rethrows what it threw, unwrapped. */
    private static <T> T finish(CompletableFuture<T> step) throws IOException {
        try {
            return step.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
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
        return check(config, ColumnFrame.NONE);
    }

    /** As {@link #check(BuildConfig)}, for a column inside a platform. */
    public static CheckResult check(BuildConfig config, ColumnFrame frame) throws IOException {
        return new Build(config, frame, Reuse.none()).check();
    }

    /**
     * Check, then render into a staging folder and swap it in place of {@code out}. Content errors
     * leave {@code out} untouched; so does any exception on the way.
     */
    public static BuildResult build(BuildConfig config) throws IOException {
        return build(config, ColumnFrame.NONE);
    }

    /** As {@link #build(BuildConfig)}, for a column inside a platform (see {@link ColumnFrame}). */
    public static BuildResult build(BuildConfig config, ColumnFrame frame) throws IOException {
        long t0 = System.nanoTime();
        // a synchronised progress: the steps below report from several threads
        BuildConfig cfg =
                config.withProgress(
                        line -> {
                            synchronized (config) {
                                config.progress().accept(line);
                            }
                        });
        Build build = new Build(cfg, frame, config.incremental() ? Reuse.lastSite() : Reuse.none());
        Build.Loaded loaded = build.load();
        if (loaded.hasErrors()) {
            return failed(loaded.withRules(build.rules(loaded)), t0);
        }
        // The rules read the model the pages are made from; they run beside rendering, into a
        // staging folder that an error throws away, so site/ is still replaced only by a build that
        // passed them.
        CompletableFuture<List<Finding>> ruleRun =
                CompletableFuture.supplyAsync(
                        () -> build.rules(loaded),
                        runnable -> background("gongkai-rules", runnable));
        return publish(build, frame, loaded, ruleRun, t0);
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
        return new BuildResult(
                false,
                checked.findings(),
                checked.model().published().size(),
                0,
                0,
                0,
                Duration.ofNanos(System.nanoTime() - t0),
                0);
    }

    private static void background(String name, Runnable runnable) {
        Thread t = new Thread(runnable, name);
        t.setDaemon(true);
        t.start();
    }

    private static BuildResult publish(
            Build build,
            ColumnFrame frame,
            Build.Loaded loaded,
            CompletableFuture<List<Finding>> ruleRun,
            long t0)
            throws IOException {
        BuildConfig config = build.config();
        AtomicSite site = AtomicSite.begin(config.out());
        boolean committed = false;
        CompletableFuture<Optional<String>> search = null;
        Reuse.Output output = null;
        SiteModel model = loaded.model();
        try {
            BrokenLinks.Targets links =
                    new BrokenLinks.Targets(
                            SitePaths.siteRootPath(model.site().baseUrl()), frame.outer());
            OutputTree out = new OutputTree(site.staging(), true, links);
            Reuse.Output opened = build.open(loaded, out);
            output = opened;
            // the search index needs the model only, not the pages: it is built while the pages
            // render, and each fills the gaps the other leaves on the cores (one thread at a
            // phase's start and end)
            search =
                    CompletableFuture.supplyAsync(
                            () -> {
                                if (!model.site().searchSolr().isEmpty()) {
                                    PublishManifest.write(
                                            model,
                                            out); // what publish-search sends: published documents
                                    // only
                                }
                                Build.Indexed indexed = build.search(model, opened);
                                indexed.index().ifPresent(SiteBuilder::close);
                                return indexed.key();
                            },
                            runnable -> background("gongkai-search-index", runnable));
            PhaseClock clock = new PhaseClock();
            Build.Rendered rendered = build.render(loaded, opened, out);
            int pages = rendered.plan().pages().size();
            config.progress()
                    .accept(
                            "已生成 "
                                    + pages
                                    + " 个页面"
                                    + (config.incremental()
                                            ? "（其中 " + opened.pagesReused() + " 个未变，取自上次构建）"
                                            : "")
                                    + "，"
                                    + out.filesWritten()
                                    + " 个文件（"
                                    + clock.lap()
                                    + "，与搜索索引同时进行）");
            Optional<String> searchKey = finish(search);
            CheckResult checked = loaded.withRules(finish(ruleRun));
            if (checked.hasErrors()) {
                return failed(checked, t0);
            }
            List<Finding> broken = WebServerOutput.checkLinks(out, config, model, frame.outer());
            if (!broken.isEmpty()) {
                List<Finding> all = new ArrayList<>(checked.findings());
                all.addAll(broken);
                return new BuildResult(
                        false,
                        all,
                        rendered.documents(),
                        pages,
                        0,
                        0,
                        Duration.ofNanos(System.nanoTime() - t0),
                        0);
            }
            WebServerOutput.write(out, config);
            opened.commit(searchKey, site::commit);
            committed = true;
            frame.built().accept(model);
            return new BuildResult(
                    true,
                    checked.findings(),
                    rendered.documents(),
                    pages,
                    out.filesWritten(),
                    out.bytesWritten(),
                    Duration.ofNanos(System.nanoTime() - t0),
                    opened.pagesReused());
        } catch (IOException | RuntimeException e) {
            // content the rules reject may also be content rendering cannot take: the findings come
            // first
            CheckResult withRules = loaded.withRules(ruleRun.exceptionally(x -> List.of()).join());
            Optional<TemplateRefusal> refused = refusal(e);
            if (refused.isPresent()) {
                // a theme template reached for Java: a content error at its line, never a crash
                // (exit 2)
                List<Finding> all = new ArrayList<>(withRules.findings());
                all.add(refused.get().finding());
                return failed(new CheckResult(withRules.model(), all), t0);
            }
            if (withRules.hasErrors()) {
                return failed(withRules, t0);
            }
            throw e;
        } finally {
            if (search != null) {
                search.exceptionally(e -> null)
                        .join(); // nothing may still write into the folder removed next
            }
            if (!committed) {
                ruleRun.exceptionally(e -> List.of()).join();
                site.abandon();
            }
            if (output != null) {
                output.close();
            }
        }
    }

    private static void close(AutoCloseable index) {
        try {
            index.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
