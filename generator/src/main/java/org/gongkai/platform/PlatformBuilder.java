package org.gongkai.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildResult;
import org.gongkai.build.CheckResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.content.Finding;
import org.gongkai.content.Parallel;
import org.gongkai.content.SourceRef;
import org.gongkai.publish.AtomicSite;
import org.gongkai.publish.BuildRecord;

/**
 * Builds a platform (集约化): every column with the one pipeline ({@link SiteBuilder}) into {@code
 * OUT/<id>/}, two at a time so only two columns' models are in memory at once, then the platform's
 * own pages from what it kept of each ({@link ColumnFacts}). A part build ({@code --columns})
 * builds some columns and keeps their facts as JSON beside them; {@link #assemble} puts parts
 * together into what a whole build writes, byte for byte: a whole build takes its facts through the
 * same JSON before rendering. The pieces: {@link ColumnFrames} (what the platform sets in each
 * column), {@link PlatformParts} (parts and assemble), {@link PlatformOutput} (the platform's own
 * pages and search), {@link ColumnCache} (incremental reuse).
 */
public final class PlatformBuilder {

    private PlatformBuilder() {}

    /** Build the whole platform, or with {@link PlatformConfig#columns()} a part of it. */
    public static PlatformResult build(PlatformConfig config) throws IOException {
        long t0 = System.nanoTime();
        PlatformLoader.Loaded loaded = PlatformLoader.load(config.platform());
        if (loaded.hasErrors()) {
            return new PlatformResult(false, loaded.findings(), 0, 0, 0, elapsed(t0));
        }
        Platform platform = loaded.platform().orElseThrow();
        List<PlatformColumn> selected = select(platform, config.columns());
        boolean part = !config.columns().isEmpty();
        List<Finding> findings = new ArrayList<>(loaded.findings());
        ColumnFrames.theme(config, platform, findings);
        if (findings.stream().anyMatch(Finding::isError)) {
            return new PlatformResult(false, findings, 0, 0, 0, elapsed(t0));
        }
        AtomicSite site = AtomicSite.begin(config.out());
        boolean committed = false;
        try {
            ColumnCache cache = config.incremental() ? ColumnCache.of(config, platform) : null;
            Map<String, String> keys = new LinkedHashMap<>();
            List<Callable<ColumnBuild>> steps = new ArrayList<>();
            for (PlatformColumn column : selected) {
                steps.add(() -> column(config, platform, column, site.staging(), cache, keys));
            }
            // two columns at a time: one column's stretches on a single core (the start of its
            // loading, the end of its search export, its link check) are filled by the other's
            // work; more would only hold more models in memory. An incremental build keeps one at
            // a time: its cache keys are written in platform.yaml's order.
            List<ColumnBuild> built =
                    SideBySide.inOrder(steps, cache == null ? 2 : 1, "gongkai-column");
            List<ColumnFacts> facts = new ArrayList<>();
            int documents = 0;
            int pages = 0;
            boolean failed = false;
            for (ColumnBuild b : built) {
                findings.addAll(b.findings());
                documents += b.documents();
                pages += b.pages();
                if (b.facts() == null) {
                    failed = true;
                } else {
                    facts.add(b.facts());
                }
            }
            if (!part) {
                findings.addAll(PlatformRules.check(facts));
                findings.addAll(CrossColumnLinks.check(facts));
            }
            findings.sort(Finding.ORDER);
            if (failed || findings.stream().anyMatch(Finding::isError)) {
                return new PlatformResult(
                        false, findings, selected.size(), documents, 0, elapsed(t0));
            }
            String label = PlatformParts.label(platform, config);
            PlatformOutput.Written written = null;
            if (part) {
                PlatformParts.write(site.staging(), label, selected, facts);
            } else {
                // the same way as assemble: through JSON, so both render from equal facts
                List<ColumnFacts> read = throughJson(facts);
                CrossColumnLinks.patch(site.staging(), read);
                written = PlatformOutput.write(config, platform, read, site.staging());
                pages += written.pages();
            }
            if (cache != null) {
                cache.forgetKeys();
            } else {
                ColumnCache.clear(config.out());
            }
            BuildRecord.delete(config.out());
            site.commit();
            committed = true;
            if (written != null && config.incremental()) {
                try {
                    written.search().write(config.out());
                } catch (IOException e) {
                    config.progress()
                            .accept("未能写入全平台搜索索引的增量记录（" + e.getMessage() + "）：下次构建将重写全部搜索文件");
                }
            }
            if (cache != null) {
                try {
                    cache.write(keys, facts);
                } catch (IOException e) {
                    config.progress().accept("未能写入增量构建记录（" + e.getMessage() + "）：下次构建将重新生成全部栏目");
                }
            }
            return new PlatformResult(
                    true, findings, selected.size(), documents, pages, elapsed(t0));
        } finally {
            if (!committed) {
                site.abandon();
            }
        }
    }

    /**
     * What building (or taking from the last build) one column gave: its facts (null when it
     * failed), its counts and its findings, relabelled.
     */
    private record ColumnBuild(
            ColumnFacts facts, int documents, int pages, List<Finding> findings) {}

    private static ColumnBuild column(
            PlatformConfig config,
            Platform platform,
            PlatformColumn column,
            Path staging,
            ColumnCache cache,
            Map<String, String> keys)
            throws IOException {
        if (cache != null) {
            String key = cache.key(column);
            keys.put(column.id(), key);
            Optional<ColumnFacts> reused = cache.reuse(column, key, staging.resolve(column.id()));
            if (reused.isPresent()) {
                config.progress().accept("[" + column.id() + "] 栏目内容、平台设置、主题和生成器都没有变化：取自上次构建");
                return new ColumnBuild(
                        reused.get(), reused.get().summary().documents(), 0, List.of());
            }
        }
        ColumnFacts[] kept = new ColumnFacts[1];
        BuildConfig cc = columnConfig(config, column, staging.resolve(column.id()));
        if (cache != null) {
            // the column's own incremental build: its affected pages and search files only
            cc = cc.withLastBuild(cache.place(column));
        }
        BuildResult r =
                SiteBuilder.build(
                        cc,
                        ColumnFrames.frame(
                                platform, column, m -> kept[0] = ColumnFacts.of(column, m)));
        List<Finding> findings = relabel(r.findings(), column);
        if (!r.written() || kept[0] == null) {
            config.progress().accept("[" + column.id() + "] 栏目构建失败");
            return new ColumnBuild(null, 0, 0, findings);
        }
        return new ColumnBuild(kept[0], r.documents(), r.pages(), findings);
    }

    /** {@link PlatformParts#assemble}: the part builds put together into the whole platform. */
    public static PlatformResult assemble(PlatformConfig config, List<Path> parts)
            throws IOException {
        return PlatformParts.assemble(config, parts);
    }

    /** Check every column and the platform's rules; writes nothing. */
    public static PlatformResult check(PlatformConfig config) throws IOException {
        long t0 = System.nanoTime();
        PlatformLoader.Loaded loaded = PlatformLoader.load(config.platform());
        List<Finding> findings = new ArrayList<>(loaded.findings());
        if (loaded.platform().isEmpty()) {
            return new PlatformResult(false, findings, 0, 0, 0, elapsed(t0));
        }
        Platform platform = loaded.platform().orElseThrow();
        ColumnFrames.theme(config, platform, findings);
        List<ColumnFacts> facts = new ArrayList<>();
        int documents = 0;
        for (PlatformColumn column : select(platform, config.columns())) {
            BuildConfig cc = columnConfig(config, column, config.out().resolve(column.id()));
            CheckResult r = SiteBuilder.check(cc, ColumnFrames.frame(platform, column, m -> {}));
            findings.addAll(relabel(r.findings(), column));
            facts.add(ColumnFacts.of(column, r.model()));
            documents += r.model().documents().size();
        }
        findings.addAll(PlatformRules.check(facts));
        if (config.columns().isEmpty()) {
            findings.addAll(CrossColumnLinks.check(facts)); // a part cannot know the other columns
        }
        findings.sort(Finding.ORDER);
        return new PlatformResult(false, findings, facts.size(), documents, 0, elapsed(t0));
    }

    private static List<PlatformColumn> select(Platform platform, List<String> ids) {
        if (ids.isEmpty()) {
            return platform.columns();
        }
        List<PlatformColumn> out = new ArrayList<>();
        for (PlatformColumn c : platform.columns()) {
            if (ids.contains(c.id())) {
                out.add(c);
            }
        }
        for (String id : ids) {
            if (platform.column(id).isEmpty()) {
                throw new IllegalArgumentException("platform.yaml 中没有栏目“" + id + "”");
            }
        }
        return out;
    }

    static BuildConfig columnConfig(PlatformConfig config, PlatformColumn column, Path out) {
        Consumer<String> progress = config.progress();
        return new BuildConfig(
                column.folder(),
                out,
                config.asOf(),
                Optional.of(config.themesFolder()),
                line -> progress.accept("[" + column.id() + "] " + line),
                false);
    }

    /** Findings name files relative to the platform folder: columns/<id>/policies/… */
    static List<Finding> relabel(List<Finding> findings, PlatformColumn column) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String file = f.where().file();
            boolean outputPage = file.startsWith(column.id() + "/") && file.endsWith(".html");
            out.add(
                    outputPage
                            ? f
                            : new Finding(
                                    f.ruleId(),
                                    f.severity(),
                                    new SourceRef(
                                            column.sourcePath(file),
                                            f.where().line(),
                                            f.where().column()),
                                    f.message()));
        }
        return out;
    }

    /** Each column's facts written as JSON and read back, on every core (one column each). */
    private static List<ColumnFacts> throughJson(List<ColumnFacts> facts) throws IOException {
        try {
            return Parallel.map(
                    facts,
                    f -> {
                        try {
                            return PlatformParts.JSON.readValue(
                                    PlatformParts.JSON.writeValueAsBytes(f), ColumnFacts.class);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static Duration elapsed(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }
}
