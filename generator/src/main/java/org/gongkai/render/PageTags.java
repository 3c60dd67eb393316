package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.content.Document;
import org.gongkai.content.SiteConfig;

/**
 * Every page's head metadata ({@link PageMetadata}), kept from one plan to the next as {@code
 * serve} plans the whole site after every save. A page's tags follow from the settings, its column
 * and the document it shows: a document's pages are tagged where they are made (on every core, the
 * document at hand), the other pages by their column alone. Handing back the same list for an
 * unchanged page lets the comparison with the last plan's page stop there.
 */
final class PageTags {

    /** The tags of a document's pages in one column. */
    private record Tagged(PageMetadata.Column column, List<Views.Row> tags) {}

    private final ViewMemo.Kept<List<Tagged>> byDocument = new ViewMemo.Kept<>();
    private Map<PageMetadata.Column, List<Views.Row>> byColumn = new ConcurrentHashMap<>();
    private SiteConfig site;

    /** Starts a plan of a site with {@code site}'s settings: other settings, other tags. */
    void begin(SiteConfig site, int documents) {
        boolean keep = site.equals(this.site);
        byDocument.begin(keep, documents);
        if (!keep) {
            byColumn = new ConcurrentHashMap<>();
        }
        this.site = site;
    }

    /**
     * The pages of {@code d} with their tags. Safe from many threads, each document on one: its
     * list of tags is only ever touched by the task that plans its pages.
     */
    List<PageJob> ofDocument(Document d, List<PageJob> pages) {
        List<Tagged> tagged = byDocument.get(d, ArrayList::new);
        List<PageJob> out = new ArrayList<>(pages.size());
        for (PageJob j : pages) {
            PageMetadata.Column column = PageMetadata.column(site, j.meta(), d);
            List<Views.Row> tags = null;
            for (Tagged t : tagged) {
                if (t.column().equals(column)) {
                    tags = t.tags();
                    break;
                }
            }
            if (tags == null) {
                tags = PageMetadata.of(site, column, d);
                tagged.add(new Tagged(column, tags));
            }
            out.add(withTags(j, tags));
        }
        return out;
    }

    /**
     * A page that shows no document, with its tags: a document's pages were tagged as they were
     * made and come back as they are.
     */
    PageJob ofPage(PageJob j) {
        if (!j.meta().tags().isEmpty()) {
            return j;
        }
        PageMetadata.Column column = PageMetadata.column(site, j.meta(), null);
        return withTags(j, byColumn.computeIfAbsent(column, c -> PageMetadata.of(site, c, null)));
    }

    /** Ends the plan: the documents it tagged are what the next may keep. */
    void end() {
        byDocument.end();
    }

    private static PageJob withTags(PageJob j, List<Views.Row> tags) {
        return new PageJob(j.path(), j.template(), j.meta().withTags(tags), j.view());
    }
}
