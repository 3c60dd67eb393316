package org.gongkai.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.gongkai.publish.SearchFiles;

/**
 * A platform's one search over all its columns ({@code OUT/search/}). Each column's build already
 * wrote its Lucene index of record ({@code OUT/<id>/search/lucene/}) and its result metadata; this
 * reads those indexes one after another as one index (a {@link MultiReader}: column k's documents
 * follow column k−1's) and exports it as {@link StaticIndex} exports a column's, with each column's
 * doc-id range in the manifest for the column filter. Nothing of a column's model is needed, so it
 * runs after the columns are built and released, and on a part build's columns as well as a whole
 * build's: assemble gets the same files.
 */
public final class PlatformSearch {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlatformSearch() {}

    /**
     * A column as the search page offers it: its id (its folder under the platform), name and kind.
     */
    public record Column(String id, String name, String kind) {}

    /**
     * Exports the index over {@code columns} (in the order the page lists them) from their folders
     * under {@code root}.
     */
    public static StaticIndex.Export write(Path root, List<Column> columns, SearchFiles out)
            throws IOException {
        return write(root, columns, mode(), out);
    }

    /**
     * Bounded ({@link EntryEncoding.Mode}): at 200,000 documents the exact form's membership sets
     * made a first query 120 KB; bounded it is 29 KB with the same known-item success (README,
     * 全平台搜索). {@code -Dgongkai.search.platformKeep=K} sets the postings kept, 0 the exact form (to
     * measure the bounded ranking against).
     */
    static EntryEncoding.Mode mode() {
        int keep = Integer.getInteger(BOUNDED_PROPERTY, EntryEncoding.Mode.PLATFORM_KEEP);
        return keep > 0 ? EntryEncoding.Mode.bounded(keep) : EntryEncoding.Mode.EXACT;
    }

    static final String BOUNDED_PROPERTY = "gongkai.search.platformKeep";

    /** As {@link #write(Path, List, SearchFiles)}, frequent terms written as {@code mode} says. */
    static StaticIndex.Export write(
            Path root, List<Column> columns, EntryEncoding.Mode mode, SearchFiles out)
            throws IOException {
        List<Closeable> open = new ArrayList<>();
        try {
            List<StaticIndex.Column> ranges = new ArrayList<>();
            int start = 0;
            for (Column c : columns) {
                Path folder = root.resolve(c.id()).resolve(SearchIndexer.LUCENE_FOLDER);
                Path manifest = root.resolve(c.id()).resolve("search/manifest.json");
                if (!Files.isDirectory(folder) || !Files.isRegularFile(manifest)) {
                    throw new IOException(
                            "栏目“"
                                    + c.id()
                                    + "”没有搜索索引（"
                                    + c.id()
                                    + "/"
                                    + SearchIndexer.LUCENE_FOLDER
                                    + "）");
                }
                Directory directory = FSDirectory.open(folder);
                open.add(directory);
                DirectoryReader reader = DirectoryReader.open(directory);
                open.add(reader);
                String version = JSON.readTree(manifest.toFile()).path("v").asText();
                ranges.add(
                        new StaticIndex.Column(
                                c.id(), c.name(), c.kind(), start, reader.maxDoc(), version));
                start += reader.maxDoc();
            }
            try (MultiReader all =
                    new MultiReader(
                            open.stream()
                                    .filter(IndexReader.class::isInstance)
                                    .toArray(IndexReader[]::new),
                            false)) {
                return StaticIndex.writePlatform(all, ranges, mode, out);
            }
        } finally {
            // readers before their directories
            Collections.reverse(open);
            IOUtils.close(open);
        }
    }
}
