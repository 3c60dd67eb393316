package org.gongkai.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.gongkai.build.Build;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.CheckResult;
import org.gongkai.build.ColumnFrame;
import org.gongkai.build.KeptInMemory;
import org.gongkai.build.PhaseClock;
import org.gongkai.build.Reuse;
import org.gongkai.content.ContentLoader;
import org.gongkai.content.Finding;
import org.gongkai.publish.BrokenLinks;
import org.gongkai.publish.OutputTree;
import org.gongkai.render.SitePaths;
import org.gongkai.render.TemplateRefusal;
import org.gongkai.search.SearchService;

/**
 * The site an editor previews, rebuilt in place after every edit with as little work as the edit
 * needs: only changed document files are read again, the model is resolved and checked whole
 * (cheap), and only pages whose view differs from the last build are rendered. The folder then
 * holds exactly what a full build's render step writes. Content errors leave the last good pages in
 * place and are reported instead.
 */
public final class Preview {

    /**
     * What the last rebuild did; {@code version} grows with every rebuild so browsers know to
     * reload.
     */
    public record Outcome(
            long version,
            boolean ok,
            List<Finding> findings,
            int pagesRendered,
            int pagesTotal,
            Duration elapsed) {
        public Outcome {
            findings = List.copyOf(findings);
        }

        public List<Finding> errors() {
            return findings.stream().filter(Finding::isError).toList();
        }
    }

    private final BuildConfig config;
    private final Path root;

    /**
     * What the last build left for the next: documents, findings, views, pages, search files and
     * blocks.
     */
    private final KeptInMemory kept = Reuse.inMemory();

    private Set<String> lastFiles;
    private Build.Loaded lastLoaded;
    private Set<String> searchFiles = Set.of();
    private volatile SearchService search;
    private volatile Outcome last = new Outcome(0, false, List.of(), 0, 0, Duration.ZERO);
    private volatile String basePath = "/";

    /**
     * @param config {@code out} is the folder served; it is written in place, never swapped
     */
    public Preview(BuildConfig config) {
        this.config = config;
        this.root = config.out().toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public BuildConfig config() {
        return config;
    }

    public Outcome last() {
        return last;
    }

    /** The path base_url puts the site under ("/xxgk/"); the 404 page links from it. */
    public String basePath() {
        return basePath;
    }

    /** Reads and renders everything, as on start. */
    public synchronized Outcome rebuildAll() throws IOException {
        kept.clear();
        lastFiles = null;
        return rebuild(Set.of());
    }

    /**
     * Rebuilds after {@code changed} files (absolute paths under content/ or the themes folder)
     * were created, modified or deleted.
     */
    public synchronized Outcome rebuild(Set<Path> changed) throws IOException {
        long t0 = System.nanoTime();
        forget(changed);
        Build build = new Build(config, ColumnFrame.NONE, kept);
        Build.Loaded loaded = build.load();
        CheckResult checked = loaded.withRules(build.rules(loaded));
        long version = last.version() + 1;
        if (checked.hasErrors()) {
            if (!last.ok() && checked.findings().equals(last.findings())) {
                version =
                        last.version(); // the same errors as shown: the error page stays, no reload
            }
            last =
                    new Outcome(
                            version, false, checked.findings(), 0, kept.lastPageCount(), since(t0));
            return last;
        }
        basePath = SitePaths.siteRootPath(checked.model().site().baseUrl());
        PhaseClock clock = new PhaseClock();
        Files.createDirectories(root);
        OutputTree out = new OutputTree(root);
        Build.Rendered rendered;
        try {
            rendered = build.render(loaded, build.open(loaded, out), out);
        } catch (TemplateRefusal refused) {
            // a theme template that reaches for Java or does not parse: shown like any content
            // error
            kept.forgetPages();
            List<Finding> findings = new ArrayList<>(checked.findings());
            findings.add(refused.finding());
            last = new Outcome(version, false, findings, 0, kept.lastPageCount(), since(t0));
            return last;
        }
        config.progress().accept("已生成 " + rendered.rendered() + " 个页面（" + clock.lap() + "）");
        Set<String> files = new HashSet<>(out.written());
        rendered.plan().pages().forEach(j -> files.add(j.path()));
        files.addAll(searchFiles);
        removeStale(files);
        lastLoaded = loaded;

        List<Finding> findings = new ArrayList<>(checked.findings());
        findings.addAll(
                BrokenLinks.find(
                        root,
                        config.out().getFileName().toString(),
                        SitePaths.siteRootPath(checked.model().site().baseUrl()),
                        rendered.paths(),
                        files));
        config.progress().accept("已清理旧文件并检查链接（" + clock.lap() + "）");
        boolean ok = findings.stream().noneMatch(Finding::isError);
        if (rendered.paths().isEmpty() && ok == last.ok() && findings.equals(last.findings())) {
            version = last.version(); // nothing a browser shows changed (a save without edits):
            // no reload
        }
        last =
                new Outcome(
                        version,
                        ok,
                        findings,
                        rendered.rendered(),
                        rendered.plan().pages().size(),
                        since(t0));
        return last;
    }

    /**
     * Writes the search index of the last good build into the folder (what the search page
     * downloads) and swaps the index {@code /search?q=} answers from. Run after the browsers were
     * told to reload: pages show first, search follows. The index is built without holding the
     * preview, so a rebuild after the next save need not wait for it (it only writes under search/,
     * which a rebuild leaves alone); one reindex at a time.
     */
    public Duration reindex() throws IOException {
        long t0 = System.nanoTime();
        Build.Loaded loaded;
        synchronized (this) {
            loaded = lastLoaded;
        }
        if (loaded == null) {
            return Duration.ZERO;
        }
        // the shards and metadata files made from what they were last time stay as they are
        OutputTree out = new OutputTree(root);
        Build build = new Build(config.withProgress(line -> {}), ColumnFrame.NONE, kept);
        Directory index =
                build.search(loaded.model(), build.open(loaded, out)).index().orElseThrow();
        Set<String> written = out.written();
        synchronized (this) {
            for (String old : searchFiles) {
                if (!written.contains(old)) {
                    Files.deleteIfExists(
                            root.resolve(old)); // what the last index had and this one has not
                }
            }
            searchFiles = written;
            if (lastFiles != null) {
                lastFiles = new HashSet<>(lastFiles);
                lastFiles.addAll(written);
            }
        }
        SearchService previous = search;
        search =
                new SearchService(
                        index); // in memory: never reads files the next reindex overwrites
        if (previous != null) {
            previous.close();
        }
        return since(t0);
    }

    /** The search over the last indexed build, if one was indexed yet. */
    public Optional<SearchService> search() {
        return Optional.ofNullable(search);
    }

    /** Drops what was read from the changed files, so the next load reads them again. */
    private void forget(Set<Path> changed) throws IOException {
        Path content = config.content().toAbsolutePath().normalize();
        ConcurrentMap<String, ContentLoader.Loaded> reuse = kept.retained().documents();
        kept.retained().files().changed(config.content(), changed);
        for (Path p : changed) {
            Path abs = p.toAbsolutePath().normalize();
            if (abs.equals(content)) {
                reuse.clear(); // the watcher lost events: read everything again
                kept.retained().files().invalidate();
                continue;
            }
            if (!abs.startsWith(content)) {
                if (abs.startsWith(config.themesFolder().toAbsolutePath().normalize())) {
                    kept.forgetPages(); // templates and assets: everything renders again
                }
                continue;
            }
            String rel = content.relativize(abs).toString().replace('\\', '/');
            if (rel.endsWith(".md")) {
                reuse.remove(rel);
                continue;
            }
            // a data file or an attachment belongs to the documents beside it (or one folder up)
            String dir = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/') + 1) : "";
            String up =
                    dir.isEmpty()
                            ? ""
                            : dir.substring(
                                    0, Math.max(0, dir.lastIndexOf('/', dir.length() - 2) + 1));
            if (dir.isEmpty()) {
                continue; // site.yaml, taxonomies.yaml, synonyms.txt are read on every load
            }
            reuse.keySet()
                    .removeIf(
                            k -> {
                                String kDir = k.substring(0, k.lastIndexOf('/') + 1);
                                return kDir.equals(dir) || kDir.equals(up);
                            });
        }
    }

    /** Pages and files a full build would no longer write (a deleted document's page) go. */
    private void removeStale(Set<String> keep) throws IOException {
        List<Path> stale;
        if (lastFiles == null) {
            // first build into the folder: whatever an earlier session left there goes
            try (Stream<Path> walk = Files.walk(root)) {
                stale =
                        walk.filter(Files::isRegularFile)
                                .filter(
                                        p ->
                                                !keep.contains(
                                                        root.relativize(p)
                                                                .toString()
                                                                .replace('\\', '/')))
                                .toList();
            }
        } else {
            // afterwards the folder holds exactly the last build's files: no need to walk it again
            stale = lastFiles.stream().filter(f -> !keep.contains(f)).map(root::resolve).toList();
        }
        for (Path p : stale) {
            Files.deleteIfExists(p);
        }
        lastFiles = keep;
    }

    private static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }
}
