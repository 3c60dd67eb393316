package org.gongkai.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.FutureTask;
import org.gongkai.content.Finding;
import org.gongkai.publish.BrokenLinks;
import org.gongkai.publish.BuildRecord;
import org.gongkai.publish.CacheHeaders;
import org.gongkai.publish.OutputTree;
import org.gongkai.publish.PreviousSite;
import org.gongkai.publish.SearchFiles;
import org.gongkai.render.PageSink;
import org.gongkai.render.PlatformPages;
import org.gongkai.render.PlatformViews;
import org.gongkai.render.RecordedPages;
import org.gongkai.render.SitePaths;
import org.gongkai.render.Theme;
import org.gongkai.search.PlatformSearch;
import org.gongkai.search.StaticIndex;

/**
 * The platform's own output once its columns are in place: its pages from the columns' facts, the
 * one search over every column's index, and the check that each of their links reaches a file.
 */
final class PlatformOutput {

    private PlatformOutput() {}

    /**
     * What the platform's pages wrote: their count, and the record of its pages and search files
     * for the next incremental build.
     */
    record Written(int pages, BuildRecord search) {}

    static Written write(
            PlatformConfig config, Platform platform, List<ColumnFacts> facts, Path root)
            throws IOException {
        Theme theme = ColumnFrames.theme(config, platform, new ArrayList<>());
        String basePath = SitePaths.siteRootPath(platform.baseUrl());
        BrokenLinks.Targets links = new BrokenLinks.Targets(basePath);
        OutputTree out = new OutputTree(root, true, links);
        List<String> kinds = Arrays.stream(ColumnKind.values()).map(ColumnKind::label).toList();
        List<PlatformViews.ColumnSummary> summaries =
                facts.stream().map(ColumnFacts::summary).toList();
        PlatformViews.Portal portal = ColumnFrames.portal(platform);
        PlatformPages pagesOut = new PlatformPages(theme);
        // an incremental build takes from the previous output the pages whose views did not change
        // (one edited document changes a few of the 政策文件库's thousands of list pages) and the
        // search shards whose terms' postings did not change; the key holds what every page is
        // made of beyond its view, so another theme, portal or generator keeps nothing
        String key = "platform|" + pagesOut.recordKey(portal);
        PreviousSite previous =
                config.incremental()
                        ? new PreviousSite(config.out(), BuildRecord.read(config.out(), key), out)
                        : null;
        PageSink sink =
                previous != null
                        ? new RecordedPages(previous, basePath)
                        : (job, html, buffer) -> out.write(job.path(), html, buffer);
        long pagesKept;
        SearchFiles searchOut =
                previous != null ? new SearchFiles(out, previous) : SearchFiles.fresh(out);
        // the unified search reads only the columns' indexes, not these pages: it runs beside them,
        // and each fills the cores the other leaves idle at its start and end
        List<PlatformSearch.Column> searched =
                PlatformPages.byKind(summaries, kinds).stream()
                        .map(c -> new PlatformSearch.Column(c.id(), c.name(), c.kind()))
                        .toList();
        FutureTask<StaticIndex.Export> searchRun =
                new FutureTask<>(() -> PlatformSearch.write(root, searched, searchOut));
        Thread searchThread = new Thread(searchRun, "gongkai-platform-search");
        searchThread.setDaemon(true);
        searchThread.start();
        int pages;
        StaticIndex.Export search;
        try {
            pages = pagesOut.write(portal, summaries, kinds, out, sink);
            pagesKept = previous != null ? previous.pagesReused() : 0;
        } finally {
            search =
                    SideBySide.result(
                            searchRun); // never left writing into a folder an error abandons
        }
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
        Set<String> files =
                new AbstractSet<>() {
                    @Override
                    public boolean contains(Object o) {
                        return o instanceof String s && Files.isRegularFile(root.resolve(s));
                    }

                    @Override
                    public Iterator<String> iterator() {
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
        config.progress()
                .accept(
                        "已生成平台页面 "
                                + pages
                                + " 个（首页、政策文件库、搜索、网站地图、订阅、sitemap 索引）"
                                + (previous != null
                                        ? "；写入 "
                                                + (pages - pagesKept)
                                                + " 个，"
                                                + pagesKept
                                                + " 个未变，取自上次构建"
                                        : ""));
        return new Written(pages, previous != null ? previous.record(key, "", searchOut) : null);
    }
}
