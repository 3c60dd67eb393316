package org.gongkai.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.store.Directory;
import org.gongkai.check.Checker;
import org.gongkai.content.Content;
import org.gongkai.content.ContentLoader;
import org.gongkai.content.Finding;
import org.gongkai.publish.OutputTree;
import org.gongkai.publish.PageBuffer;
import org.gongkai.render.PageJob;
import org.gongkai.render.PagePlan;
import org.gongkai.render.PageSink;
import org.gongkai.render.SiteRenderer;
import org.gongkai.render.Theme;
import org.gongkai.search.BlockStore;
import org.gongkai.search.SearchIndexer;
import org.gongkai.search.SiteSearch;
import org.gongkai.site.SiteModel;
import org.gongkai.site.SiteResolver;

/**
 * A build in progress, the one pipeline {@code build} and {@code serve} share: content read,
 * resolved and checked ({@link #load}, {@link #rules}), pages planned and rendered and files copied
 * into an output tree ({@link #render}), the search index written ({@link #search}). What it may
 * take from the builds before is its {@link Reuse} policy's: nothing, the last site on disk, or
 * what this process kept in memory.
 */
public final class Build {

    private final BuildConfig config;
    private final ColumnFrame frame;
    private final Reuse reuse;

    public Build(BuildConfig config, ColumnFrame frame, Reuse reuse) {
        this.config = config;
        this.frame = frame;
        this.reuse = reuse;
    }

    public BuildConfig config() {
        return config;
    }

    /** The model and what loading and resolving found, before the rules ran. */
    public record Loaded(SiteModel model, Theme theme, List<Finding> findings) {
        public Loaded {
            findings = List.copyOf(findings);
        }

        public boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }

        public CheckResult withRules(List<Finding> ruleFindings) {
            List<Finding> all = new ArrayList<>(findings);
            all.addAll(ruleFindings);
            all.sort(Finding.ORDER);
            return new CheckResult(model, all);
        }
    }

    /**
     * Reads and resolves content (the documents the policy kept are not read again) and the theme.
     */
    public Loaded load() throws IOException {
        PhaseClock clock = new PhaseClock();
        Retained retained = reuse.retained();
        Content content =
                frame.apply(
                        new ContentLoader()
                                .load(config.content(), retained.documents(), retained.files()));
        SiteResolver.Resolution resolution = SiteResolver.resolve(content, config.asOf());
        config.progress().accept("已读取 " + content.documents().size() + " 个文件（" + clock.lap() + "）");
        List<Finding> findings = new ArrayList<>(content.findings());
        findings.addAll(resolution.findings());
        // the theme is read with the content: a theme name or file that leads out of themes/ is a
        // finding that check reports too, not something the build trips over
        SiteModel model = resolution.model();
        Theme.Loaded theme =
                Theme.load(config.themesFolder(), model.site().theme(), model.site().at("theme"));
        findings.addAll(theme.findings());
        return new Loaded(model, theme.theme(), findings);
    }

    /**
     * Runs every rule over the loaded model; a document the policy kept findings for is not checked
     * again.
     */
    public List<Finding> rules(Loaded loaded) {
        PhaseClock clock = new PhaseClock();
        List<Finding> found = Checker.standard().run(loaded.model(), reuse.retained().findings());
        long errors =
                found.stream().filter(Finding::isError).count()
                        + loaded.findings().stream().filter(Finding::isError).count();
        long warnings = found.size() + loaded.findings().size() - errors;
        config.progress()
                .accept("检查完成：" + errors + " 个错误，" + warnings + " 个警告（" + clock.lap() + "）");
        return found;
    }

    public CheckResult check() throws IOException {
        Loaded loaded = load();
        return loaded.withRules(rules(loaded));
    }

    /** This build's output: pages and search files made into {@code out}, or taken from before. */
    public Reuse.Output open(Loaded loaded, OutputTree out) throws IOException {
        return reuse.open(
                config,
                out,
                () -> SiteRenderer.recordKey(loaded.theme(), loaded.model(), frame.chrome()));
    }

    /**
     * What rendering did: the plan, how many pages it has and how many were rendered (the others
     * were taken from before), and the paths rendered.
     */
    public record Rendered(PagePlan plan, int rendered, int documents, List<String> paths) {
        public Rendered {
            paths = List.copyOf(paths);
        }
    }

    /**
     * Plans every page, renders those the output does not hold, and copies the files beside them.
     */
    public Rendered render(Loaded loaded, Reuse.Output output, OutputTree out) {
        SiteModel model = loaded.model();
        SiteRenderer renderer =
                reuse.renderer(
                        loaded.theme(),
                        config.content().toAbsolutePath().normalize(),
                        frame.chrome());
        PhaseClock clock = new PhaseClock();
        PagePlan plan = renderer.plan(model);
        config.progress().accept("已列出 " + plan.pages().size() + " 个页面（" + clock.lap() + "）");
        PageSink pages = output.pages(model, plan);
        Queue<String> rendered = new ConcurrentLinkedQueue<>();
        renderer.render(
                model,
                plan,
                out,
                new PageSink() {
                    @Override
                    public boolean holds(PageJob job) {
                        return pages.holds(job);
                    }

                    @Override
                    public void accept(PageJob job, CharSequence html, PageBuffer buffer) {
                        pages.accept(job, html, buffer);
                        rendered.add(job.path());
                    }
                });
        output.rendered(plan);
        return new Rendered(plan, rendered.size(), model.published().size(), List.copyOf(rendered));
    }

    /**
     * What the search step did: the digest of what it read (none when nothing was kept to compare
     * with) and the index.
     */
    public record Indexed(Optional<String> key, Optional<Directory> index) {}

    /**
     * The Lucene index and the static export from it, each part kept when the output holds it
     * already. The index made is returned open, for the caller to search or close; none when it was
     * taken whole.
     */
    public Indexed search(SiteModel model, Reuse.Output output) {
        BlockStore blocks = output.blocks();
        // a digest of every published document's text: a few hundred milliseconds at 10,000
        // documents
        Optional<SearchIndexer.Inputs> inputs =
                blocks.keeps() ? Optional.of(SearchIndexer.inputs(model)) : Optional.empty();
        Optional<String> key = inputs.map(SearchIndexer.Inputs::key);
        if (key.isPresent() && output.takeSearch(key.get())) {
            config.progress().accept("搜索索引的内容没有变化：取自上次构建");
            output.indexed();
            return new Indexed(key, Optional.empty());
        }
        Directory index =
                SiteSearch.index(model, output.search(), blocks, inputs, config.progress());
        output.indexed();
        return new Indexed(key, Optional.of(index));
    }
}
