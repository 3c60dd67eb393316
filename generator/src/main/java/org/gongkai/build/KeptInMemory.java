package org.gongkai.build;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongkai.publish.OutputTree;
import org.gongkai.publish.PageBuffer;
import org.gongkai.publish.SearchFiles;
import org.gongkai.render.PageJob;
import org.gongkai.render.PagePlan;
import org.gongkai.render.PageSink;
import org.gongkai.render.PlatformViews;
import org.gongkai.render.SiteRenderer;
import org.gongkai.render.Theme;
import org.gongkai.search.BlockStore;
import org.gongkai.site.SiteModel;

/**
 * {@code serve}: one folder rebuilt in place after every save, keeping in this process what the
 * last build made: each document as read and its findings ({@link Retained}), the renderer with the
 * views of unchanged documents, the last plan (a page whose job is equal is in the folder already
 * and is not rendered), the search files' fingerprints and the Lucene index's blocks. The owner
 * drops what an edit made stale.
 */
public final class KeptInMemory implements Reuse {

    private final Retained retained = Retained.empty();
    private SiteRenderer renderer;
    private Theme rendererTheme;
    private PagePlan lastPlan;
    private Map<String, PageJob> lastPages = Map.of();
    private Map<String, Long> searchFingerprints = Map.of();
    private final BlockStore blocks = BlockStore.inMemory();

    KeptInMemory() {}

    @Override
    public Retained retained() {
        return retained;
    }

    /** Forgets everything: the next build reads and renders everything. */
    public synchronized void clear() {
        retained.documents().clear();
        retained.files().invalidate();
        forgetPages();
    }

    /**
     * Forgets the renderer and the pages (templates or assets changed): every page renders again.
     */
    public synchronized void forgetPages() {
        renderer = null;
        rendererTheme = null;
        lastPlan = null;
        lastPages = Map.of();
    }

    /** How many pages the last plan had. */
    public synchronized int lastPageCount() {
        return lastPages.size();
    }

    @Override
    public synchronized SiteRenderer renderer(
            Theme theme, Path content, Optional<PlatformViews.Chrome> chrome) {
        if (renderer == null || !sameTheme(theme, rendererTheme)) {
            renderer = new SiteRenderer(theme, content, chrome);
            rendererTheme = theme;
            lastPlan = null;
            lastPages = Map.of();
        }
        return renderer;
    }

    private static boolean sameTheme(Theme a, Theme b) {
        return b != null
                && a.templates().equals(b.templates())
                && a.assets().keySet().equals(b.assets().keySet())
                && a.assets().entrySet().stream()
                        .allMatch(e -> Arrays.equals(e.getValue(), b.assets().get(e.getKey())));
    }

    @Override
    public Output open(BuildConfig config, OutputTree out, Supplier<String> recordKey) {
        SearchFiles search;
        synchronized (this) {
            search = new SearchFiles(out, SearchFiles.inPlace(searchFingerprints));
        }
        return new Output() {
            @Override
            public PageSink pages(SiteModel model, PagePlan plan) {
                synchronized (KeptInMemory.this) {
                    Map<String, PageJob> previous = lastPages;
                    // what every page shows (name, navigation, footer) changed: every page renders
                    // again
                    boolean all = lastPlan == null || !plan.site().equals(lastPlan.site());
                    return new PageSink() {
                        @Override
                        public boolean holds(PageJob job) {
                            return !all && job.equals(previous.get(job.path()));
                        }

                        @Override
                        public void accept(PageJob job, CharSequence html, PageBuffer buffer) {
                            out.write(job.path(), html, buffer);
                        }
                    };
                }
            }

            @Override
            public void rendered(PagePlan plan) {
                Map<String, PageJob> pages = new HashMap<>();
                plan.pages().forEach(j -> pages.put(j.path(), j));
                synchronized (KeptInMemory.this) {
                    lastPlan = plan;
                    lastPages = pages;
                }
            }

            @Override
            public SearchFiles search() {
                return search;
            }

            @Override
            public BlockStore blocks() {
                return blocks;
            }

            @Override
            public void indexed() {
                synchronized (KeptInMemory.this) {
                    searchFingerprints = search.fingerprints();
                }
            }
        };
    }
}
