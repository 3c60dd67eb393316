package org.gongkai.search;

import org.apache.lucene.store.Directory;
import org.gongkai.publish.OutputTree;
import org.gongkai.site.SiteModel;

/** The build's search step: the Lucene index of record into site/search/lucene/, then the static export from it. */
public final class SiteSearch {

    private SiteSearch() {
    }

    public static StaticIndex.Export write(SiteModel model, OutputTree out) {
        try (Directory index = SearchIndexer.write(model, out)) {
            return StaticIndex.write(index, model, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
