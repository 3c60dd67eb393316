package org.gongkai.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildResult;
import org.gongkai.build.CheckResult;
import org.gongkai.build.ColumnFrame;
import org.gongkai.build.SiteBuilder;
import org.gongkai.content.Digest;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;
import org.gongkai.publish.AtomicSite;
import org.gongkai.publish.BrokenLinks;
import org.gongkai.publish.BuildRecord;
import org.gongkai.publish.CacheHeaders;
import org.gongkai.publish.OutputTree;
import org.gongkai.publish.PreviousSite;
import org.gongkai.publish.SearchFiles;
import org.gongkai.render.GeneratorIdentity;
import org.gongkai.render.PlatformPages;
import org.gongkai.render.PlatformViews;
import org.gongkai.render.Theme;
import org.gongkai.search.PlatformSearch;
import org.gongkai.search.StaticIndex;

/**
 * Builds a platform (集约化): every column with the one pipeline ({@link SiteBuilder}) into {@code
 * OUT/<id>/}, one after another so only one column's model is in memory at a time, then the
 * platform's own pages from what it kept of each ({@link ColumnFacts}). A part build ({@code
 * --columns}) builds some columns and keeps their facts as JSON beside them; {@link #assemble} puts
 * parts together into what a whole build writes, byte for byte: a whole build takes its facts
 * through the same JSON before rendering.
 */
public final class PlatformBuilder {

    /** Where a part keeps its columns' facts; never copied into the platform's output. */
    static final String PART_FOLDER = ".gongkai-part";

    static final String PART_INFO = "part.json";
    static final ObjectMapper JSON = new ObjectMapper();

    private PlatformBuilder() {}

    /**
     * A part's label: which platform, as of which date, built by which generator, holding which
     * columns.
     */
    record PartInfo(String platform, List<String> columns) {}

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
        theme(config, platform, findings);
        if (findings.stream().anyMatch(Finding::isError)) {
            return new PlatformResult(false, findings, 0, 0, 0, elapsed(t0));
        }
        AtomicSite site = AtomicSite.begin(config.out());
        boolean committed = false;
        try {
            List<ColumnFacts> facts = new ArrayList<>();
            int documents = 0;
            int pages = 0;
            boolean failed = false;
            ColumnCache cache = config.incremental() ? ColumnCache.of(config, platform) : null;
            Map<String, String> keys = new LinkedHashMap<>();
            for (PlatformColumn column : selected) {
                if (cache != null) {
                    String key = cache.key(column);
                    keys.put(column.id(), key);
                    Optional<ColumnFacts> reused =
                            cache.reuse(column, key, site.staging().resolve(column.id()));
                    if (reused.isPresent()) {
                        config.progress()
                                .accept("[" + column.id() + "] 栏目内容、平台设置、主题和生成器都没有变化：取自上次构建");
                        documents += reused.get().summary().documents();
                        facts.add(reused.get());
                        continue;
                    }
                }
                ColumnFacts[] kept = new ColumnFacts[1];
                BuildConfig cc = columnConfig(config, column, site.staging().resolve(column.id()));
                BuildResult r =
                        SiteBuilder.build(
                                cc,
                                frame(platform, column, m -> kept[0] = ColumnFacts.of(column, m)));
                findings.addAll(relabel(r.findings(), column));
                if (!r.written() || kept[0] == null) {
                    failed = true;
                    config.progress().accept("[" + column.id() + "] 栏目构建失败");
                    continue;
                }
                documents += r.documents();
                pages += r.pages();
                facts.add(kept[0]);
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
            String label = partLabel(platform, config);
            Written written = null;
            if (part) {
                Path folder = site.staging().resolve(PART_FOLDER);
                Files.createDirectories(folder);
                for (ColumnFacts f : facts) {
                    JSON.writeValue(folder.resolve(f.id() + ".json").toFile(), f);
                }
                JSON.writeValue(
                        folder.resolve(PART_INFO).toFile(),
                        new PartInfo(label, selected.stream().map(PlatformColumn::id).toList()));
            } else {
                // the same way as assemble: through JSON, so both render from equal facts
                List<ColumnFacts> read = new ArrayList<>();
                for (ColumnFacts f : facts) {
                    read.add(JSON.readValue(JSON.writeValueAsBytes(f), ColumnFacts.class));
                }
                CrossColumnLinks.patch(site.staging(), read);
                written = writePlatform(config, platform, read, site.staging());
                pages += written.pages();
            }
            ColumnCache.clear(config.out());
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
     * Puts part builds together into {@code out}: every column of the platform from exactly one
     * part, all parts built from this platform.yaml as of one date by this generator, then the
     * platform's pages.
     */
    public static PlatformResult assemble(PlatformConfig config, List<Path> parts)
            throws IOException {
        long t0 = System.nanoTime();
        PlatformLoader.Loaded loaded = PlatformLoader.load(config.platform());
        if (loaded.hasErrors()) {
            return new PlatformResult(false, loaded.findings(), 0, 0, 0, elapsed(t0));
        }
        Platform platform = loaded.platform().orElseThrow();
        String label = partLabel(platform, config);
        List<Finding> findings = new ArrayList<>(loaded.findings());
        Map<String, Path> from = new LinkedHashMap<>();
        for (Path part : parts) {
            Path info = part.resolve(PART_FOLDER).resolve(PART_INFO);
            if (!Files.isRegularFile(info)) {
                throw new IOException(
                        part
                                + " 不是 gongkai build --columns 生成的部分（缺少 "
                                + PART_FOLDER
                                + "/"
                                + PART_INFO
                                + "）");
            }
            PartInfo p = JSON.readValue(info.toFile(), PartInfo.class);
            if (!p.platform().equals(label)) {
                throw new IOException(part + " 不是用这份 platform.yaml、同一日期（--as-of）和同一版本的生成器构建的，不能拼合");
            }
            for (String id : p.columns()) {
                if (platform.column(id).isEmpty()) {
                    throw new IOException(part + " 中的栏目“" + id + "”不在 platform.yaml 中");
                }
                Path other = from.putIfAbsent(id, part);
                if (other != null) {
                    throw new IOException("栏目“" + id + "”同时在 " + other + " 和 " + part + " 中");
                }
            }
        }
        for (PlatformColumn c : platform.columns()) {
            if (!from.containsKey(c.id())) {
                throw new IOException("栏目“" + c.id() + "”不在任何部分中：请用 build --columns 构建它");
            }
        }
        AtomicSite site = AtomicSite.begin(config.out());
        boolean committed = false;
        try {
            List<ColumnFacts> facts = new ArrayList<>();
            int documents = 0;
            for (PlatformColumn c : platform.columns()) {
                Path part = from.get(c.id());
                ColumnFacts f =
                        JSON.readValue(
                                part.resolve(PART_FOLDER).resolve(c.id() + ".json").toFile(),
                                ColumnFacts.class);
                // hard links where parts and output share a file system (CI downloads the parts
                // beside it)
                ColumnCache.linkTree(part.resolve(c.id()), site.staging().resolve(c.id()));
                facts.add(f);
                documents += f.summary().documents();
            }
            findings.addAll(PlatformRules.check(facts));
            findings.addAll(CrossColumnLinks.check(facts));
            findings.sort(Finding.ORDER);
            if (findings.stream().anyMatch(Finding::isError)) {
                return new PlatformResult(false, findings, facts.size(), documents, 0, elapsed(t0));
            }
            CrossColumnLinks.patch(site.staging(), facts);
            int pages = writePlatform(config, platform, facts, site.staging()).pages();
            BuildRecord.delete(config.out());
            site.commit();
            committed = true;
            return new PlatformResult(true, findings, facts.size(), documents, pages, elapsed(t0));
        } finally {
            if (!committed) {
                site.abandon();
            }
        }
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
        theme(config, platform, findings);
        List<ColumnFacts> facts = new ArrayList<>();
        int documents = 0;
        for (PlatformColumn column : select(platform, config.columns())) {
            BuildConfig cc = columnConfig(config, column, config.out().resolve(column.id()));
            CheckResult r = SiteBuilder.check(cc, frame(platform, column, m -> {}));
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

    private static BuildConfig columnConfig(
            PlatformConfig config, PlatformColumn column, Path out) {
        Consumer<String> progress = config.progress();
        return new BuildConfig(
                column.folder(),
                out,
                config.asOf(),
                Optional.of(config.themesFolder()),
                line -> progress.accept("[" + column.id() + "] " + line),
                false);
    }

    static PlatformViews.Portal portal(Platform p) {
        return new PlatformViews.Portal(
                p.name(),
                p.portal(),
                p.column(),
                p.baseUrl(),
                p.siteCode(),
                p.icp().orElse(""),
                p.psb().orElse(""),
                p.portalUrl().orElse(""),
                p.conacUrl().orElse(""),
                p.links().stream()
                        .map(l -> new org.gongkai.render.Views.Link(l.text(), l.href()))
                        .toList(),
                p.searchSolr());
    }

    /**
     * A column inside the platform: served under the platform's address, with its 网站标识码 and chrome.
     */
    static ColumnFrame frame(
            Platform p, PlatformColumn column, Consumer<org.gongkai.site.SiteModel> built) {
        return new ColumnFrame(
                sc ->
                        sc.inPlatform(
                                p.baseUrl().isEmpty()
                                        ? sc.baseUrl()
                                        : p.baseUrl() + column.id() + "/",
                                p.siteCode().isEmpty() ? sc.siteCode() : p.siteCode(),
                                p.icp().orElse(sc.icp()),
                                p.psb().orElse(sc.psb()),
                                p.theme().map(Platform.ThemeChoice::name).orElse(sc.theme()),
                                p.searchSolr().isEmpty() ? sc.searchSolr() : p.searchSolr(),
                                column.id()),
                Optional.of(PlatformPages.chrome(portal(p), true)),
                new BrokenLinks.Outer(column.id(), PlatformPages.LINKED_FROM_COLUMNS),
                built);
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

    /**
     * What the platform's pages wrote: their count, and the record of its search files for the next
     * incremental build.
     */
    private record Written(int pages, BuildRecord search) {}

    /** The key of the platform search's record: files made by another generator are never kept. */
    private static String searchRecordKey() {
        return "platform-search|" + GeneratorIdentity.current();
    }

    private static Written writePlatform(
            PlatformConfig config, Platform platform, List<ColumnFacts> facts, Path root)
            throws IOException {
        Theme theme = theme(config, platform, new ArrayList<>());
        String basePath = org.gongkai.render.SitePaths.siteRootPath(platform.baseUrl());
        BrokenLinks.Targets links = new BrokenLinks.Targets(basePath);
        OutputTree out = new OutputTree(root, true, links);
        List<String> kinds =
                java.util.Arrays.stream(ColumnKind.values()).map(ColumnKind::label).toList();
        List<PlatformViews.ColumnSummary> summaries =
                facts.stream().map(ColumnFacts::summary).toList();
        int pages = new PlatformPages(theme).write(portal(platform), summaries, kinds, out);
        // the one search over all columns, from the indexes the columns' builds left in their
        // folders; an
        // incremental build keeps the previous output's shards whose terms' postings did not change
        PreviousSite previous =
                config.incremental()
                        ? new PreviousSite(
                                config.out(),
                                BuildRecord.read(config.out(), searchRecordKey()),
                                out)
                        : null;
        SearchFiles searchOut =
                previous != null ? new SearchFiles(out, previous) : SearchFiles.fresh(out);
        StaticIndex.Export search =
                PlatformSearch.write(
                        root,
                        PlatformPages.byKind(summaries, kinds).stream()
                                .map(c -> new PlatformSearch.Column(c.id(), c.name(), c.kind()))
                                .toList(),
                        searchOut);
        config.progress()
                .accept(
                        "已导出全平台搜索索引："
                                + search.terms()
                                + " 个词，"
                                + search.shards()
                                + " 个分片；写入 "
                                + search.written()
                                + " 个文件（"
                                + search.bytes() / 1024
                                + " KB）"
                                + (search.kept() > 0 ? "，" + search.kept() + " 个未变，取自上次构建" : ""));
        // the platform's pages link into every column: each target must be a file of the output
        java.util.Set<String> files =
                new java.util.AbstractSet<>() {
                    @Override
                    public boolean contains(Object o) {
                        return o instanceof String s && Files.isRegularFile(root.resolve(s));
                    }

                    @Override
                    public java.util.Iterator<String> iterator() {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public int size() {
                        throw new UnsupportedOperationException();
                    }
                };
        if (!links.allExist(files)) {
            List<String> html =
                    out.written().stream().filter(p -> p.endsWith(".html")).sorted().toList();
            List<Finding> broken =
                    BrokenLinks.find(
                            root, config.out().getFileName().toString(), basePath, html, files);
            throw new IOException(
                    "平台页面中有 "
                            + broken.size()
                            + " 个失效链接（生成器的错误）："
                            + broken.stream().limit(5).map(Finding::format).toList());
        }
        CacheHeaders.write(root);
        config.progress().accept("已生成平台页面 " + pages + " 个（首页、政策文件库、搜索、网站地图、订阅、sitemap 索引）");
        return new Written(
                pages, previous != null ? previous.record(searchRecordKey(), "", searchOut) : null);
    }

    /**
     * The theme of the platform's pages (and, through the frame, of every column's):
     * platform.yaml's {@code theme}, else default. A name that is no folder of themes/ is an error
     * at its line.
     */
    static Theme theme(PlatformConfig config, Platform platform, List<Finding> findings) {
        Platform.ThemeChoice choice =
                platform.theme()
                        .orElse(new Platform.ThemeChoice("default", SourceRef.file(Platform.FILE)));
        Theme.Loaded loaded = Theme.load(config.themesFolder(), choice.name(), choice.at());
        findings.addAll(loaded.findings());
        if (platform.theme().isPresent()
                && loaded.findings().isEmpty()
                && !Files.isDirectory(config.themesFolder().resolve(choice.name()))) {
            findings.add(
                    Finding.error(
                            "platform-theme",
                            choice.at(),
                            "主题“"
                                    + choice.name()
                                    + "”不是 "
                                    + config.themesFolder().getFileName()
                                    + "/ 下的文件夹：请核对 theme，或删去它使用默认主题"));
        }
        return loaded.theme();
    }

    /**
     * platform.yaml's bytes, the date and the generator: parts that differ in any cannot be put
     * together.
     */
    private static String partLabel(Platform platform, PlatformConfig config) throws IOException {
        MessageDigest md = Digest.start();
        md.update(Files.readAllBytes(platform.folder().resolve(Platform.FILE)));
        md.update(
                ("\n" + config.asOf() + "\n" + GeneratorIdentity.current())
                        .getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    private static Duration elapsed(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }
}
