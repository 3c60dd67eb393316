package org.gongkai.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongkai.publish.AtomicSite;
import org.gongkai.publish.OutputTree;
import org.gongkai.publish.SearchFiles;
import org.gongkai.render.PagePlan;
import org.gongkai.render.PageSink;
import org.gongkai.render.PlatformViews;
import org.gongkai.render.SiteRenderer;
import org.gongkai.render.Theme;
import org.gongkai.search.BlockStore;
import org.gongkai.site.SiteModel;

/**
 * What a {@link Build} may take from the builds before it instead of making it again: the one place
 * reuse is decided. {@link #none()} for a cold build; {@link #lastSite()} for {@code build
 * --incremental}, from the last site and the record beside it on disk; {@link #inMemory()} for
 * {@code serve}, from what the same process kept of its last build.
 */
public sealed interface Reuse permits Reuse.None, LastSite, KeptInMemory {

    /** Nothing is taken: every file is made. */
    static Reuse none() {
        return new None();
    }

    /** Pages and search files whose inputs did not change are taken from the last site on disk. */
    static Reuse lastSite() {
        return new LastSite();
    }

    /** Documents, findings, views and pages of the last build in this process are kept. */
    static KeptInMemory inMemory() {
        return new KeptInMemory();
    }

    /** The documents as read, the listing of document files and the findings a check may keep. */
    default Retained retained() {
        return Retained.empty();
    }

    /** The renderer for {@code theme}. */
    default SiteRenderer renderer(
            Theme theme, Path content, Optional<PlatformViews.Chrome> chrome) {
        return new SiteRenderer(theme, content, chrome);
    }

    /**
     * This build's use of what came before, writing into {@code out}.
     *
     * @param recordKey what every page depends on beyond its view (see {@link
     *     SiteRenderer#recordKey}), for a policy that records pages; worked out only when asked for
     */
    Output open(BuildConfig config, OutputTree out, Supplier<String> recordKey) throws IOException;

    /** One build's pages and search files: made, or taken from before. */
    interface Output extends AutoCloseable {
        /** Where the pages of {@code plan} go; it says which it holds already. */
        PageSink pages(SiteModel model, PagePlan plan);

        /**
         * Every page of {@code plan} is in place: the next build may compare its pages with these.
         */
        default void rendered(PagePlan plan) {}

        /** Where the search step writes, and which of its files it may keep. */
        SearchFiles search();

        /**
         * The Lucene index's blocks kept from before, for the search step to take unchanged ones
         * from; none unless the policy keeps them.
         */
        default BlockStore blocks() {
            return BlockStore.none();
        }

        /**
         * Takes the whole search index from before when it was made from the same ({@code
         * searchKey}).
         */
        default boolean takeSearch(String searchKey) {
            return false;
        }

        /** The search files are in place: the next build may keep those made from the same. */
        default void indexed() {}

        /** How many pages were taken instead of rendered. */
        default long pagesReused() {
            return 0;
        }

        /**
         * Puts the build in place with {@code swap}, and leaves what the next build may take from
         * it.
         *
         * @param searchKey what the search step read (see {@code SearchIndexer.inputs}), when it
         *     was worked out
         */
        default void commit(Optional<String> searchKey, Swap swap) throws IOException {
            swap.run();
        }

        @Override
        default void close() throws IOException {}
    }

    /** Moves a finished build into place. */
    @FunctionalInterface
    interface Swap {
        void run() throws IOException;
    }

    /** A cold build. */
    final class None implements Reuse {
        private None() {}

        @Override
        public Output open(BuildConfig config, OutputTree out, Supplier<String> recordKey) {
            SearchFiles search = SearchFiles.fresh(out);
            return new Output() {
                @Override
                public PageSink pages(SiteModel model, PagePlan plan) {
                    return (job, html, buffer) -> out.write(job.path(), html, buffer);
                }

                @Override
                public SearchFiles search() {
                    return search;
                }

                @Override
                public void commit(Optional<String> searchKey, Swap swap) throws IOException {
                    // the site this replaces no longer matches what an incremental build recorded
                    // of it
                    Files.deleteIfExists(config.recordPlace().record());
                    AtomicSite.deleteTree(config.recordPlace().blocks());
                    swap.run();
                }
            };
        }
    }
}
