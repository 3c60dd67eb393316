package org.gongkai.build;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongkai.publish.BuildRecord;
import org.gongkai.publish.OutputTree;
import org.gongkai.publish.PreviousSite;
import org.gongkai.publish.RecordPlace;
import org.gongkai.publish.SearchFiles;
import org.gongkai.render.PagePlan;
import org.gongkai.render.PageSink;
import org.gongkai.render.RecordedPages;
import org.gongkai.render.SitePaths;
import org.gongkai.search.BlockStore;
import org.gongkai.site.SiteModel;

/**
 * {@code build --incremental}: pages and search files are taken from the site in the output folder
 * when the record beside it ({@link BuildRecord}) says they were made from the same; the Lucene
 * index's blocks are kept on disk beside it too. A build leaves its own record for the next.
 */
public final class LastSite implements Reuse {

    LastSite() {}

    @Override
    public Output open(BuildConfig config, OutputTree out, Supplier<String> recordKey) {
        String key = recordKey.get();
        RecordPlace place = config.recordPlace();
        PreviousSite previous = new PreviousSite(place.site(), BuildRecord.read(place, key), out);
        SearchFiles search = new SearchFiles(out, previous);
        return new Output() {
            private BlockStore blocks;

            @Override
            public PageSink pages(SiteModel model, PagePlan plan) {
                // what else a page is made of (templates, assets, the site's settings) is in the
                // record's key
                return new RecordedPages(previous, SitePaths.siteRootPath(model.site().baseUrl()));
            }

            @Override
            public SearchFiles search() {
                return search;
            }

            @Override
            public synchronized BlockStore blocks() {
                if (blocks == null) {
                    blocks = BlockStore.onDisk(place.blocks());
                }
                return blocks;
            }

            @Override
            public boolean takeSearch(String searchKey) {
                return previous.takeSearch(searchKey, search);
            }

            @Override
            public long pagesReused() {
                return previous.pagesReused();
            }

            @Override
            public void commit(Optional<String> searchKey, Swap swap) throws IOException {
                // read from the staging folder (a rename keeps the files' times); the old record
                // goes before the swap: a build killed between the swap and the new record leaves
                // none
                // no key (nothing read to compare with): the next build makes the index again
                BuildRecord record = previous.record(key, searchKey.orElse(""), search);
                Files.deleteIfExists(place.record());
                swap.run();
                try {
                    record.writeTo(place.next());
                } catch (IOException e) {
                    // the site is in place; without a record the next build is simply a full one
                    config.progress().accept("未能写入增量构建记录（" + e.getMessage() + "）：下次构建将重新生成全部页面");
                }
            }

            @Override
            public synchronized void close() throws IOException {
                if (blocks != null) {
                    blocks.close();
                }
            }
        };
    }
}
