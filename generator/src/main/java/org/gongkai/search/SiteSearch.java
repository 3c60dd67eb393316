package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.store.Directory;
import org.gongkai.publish.OutputTree;
import org.gongkai.publish.SearchFiles;
import org.gongkai.site.SiteModel;

/**
 * The build's search step: the Lucene index of record into site/search/lucene/, then the static
 * export from it.
 */
public final class SiteSearch {

    private SiteSearch() {}

    /** Writes the index and its export into {@code out}, all made anew. */
    public static void write(SiteModel model, OutputTree out, Consumer<String> progress) {
        try {
            index(model, SearchFiles.fresh(out), BlockStore.none(), Optional.empty(), progress)
                    .close(); // nothing searches it here
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the index and its export, taking from {@code blocks} the index blocks whose documents
     * did not change ({@code inputs}: the model's, already worked out by the caller; none when
     * {@code blocks} keeps none) and keeping the export's files {@code out} may keep. The index is
     * returned open, for the caller to search or close.
     */
    public static Directory index(
            SiteModel model,
            SearchFiles out,
            BlockStore blocks,
            Optional<SearchIndexer.Inputs> inputs,
            Consumer<String> progress) {
        long t0 = System.nanoTime();
        Directory index = SearchIndexer.write(model, out.tree(), blocks, inputs);
        progress.accept("已写入 Lucene 索引（" + (System.nanoTime() - t0) / 1_000_000 + " ms）");
        StaticIndex.Export export = StaticIndex.write(index, model, out);
        progress.accept(
                "已导出静态搜索索引："
                        + export.terms()
                        + " 个词，"
                        + export.shards()
                        + " 个分片；写入 "
                        + export.written()
                        + " 个文件（"
                        + export.bytes() / 1024
                        + " KB）"
                        + (export.kept() > 0 ? "，" + export.kept() + " 个未变，取自上次构建" : "")
                        + "（"
                        + (System.nanoTime() - t0) / 1_000_000
                        + " ms）");
        return index;
    }
}
