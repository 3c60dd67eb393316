package org.gongkai.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.content.Document;
import org.gongkai.content.SiteConfig;

/**
 * Every page's head metadata ({@link PageMetadata}), kept from one plan to the next as {@code
 * serve} plans the whole site after every save: a page with the settings, meta and document of the
 * last plan has the same tags, and handing back the same list lets the comparison with the last
 * plan's page stop there instead of comparing a dozen strings.
 */
final class PageTags {

    /** One page's tags and what they were made of. */
    private record Tagged(PageViews.PageMeta meta, Document document, List<Views.Row> tags) {}

    private Map<String, Tagged> last = Map.of();
    private SiteConfig lastSite;

    /**
     * Puts its tags on every job of {@code jobs}.
     *
     * @param documentOf the document a page shows, by the page's path, or null
     */
    @SuppressWarnings("ReferenceEquality") // the loader hands back the same object for a file that
    // did not change; equals would compare whole bodies
    void tag(SiteConfig site, List<PageJob> jobs, Function<String, Document> documentOf) {
        Map<String, Tagged> kept = site.equals(lastSite) ? last : Map.of();
        Map<String, Tagged> now = new HashMap<>(jobs.size() * 2);
        jobs.replaceAll(
                j -> {
                    Document d = documentOf.apply(j.path());
                    Tagged t = kept.get(j.path());
                    if (t == null || t.document() != d || !t.meta().equals(j.meta())) {
                        t = new Tagged(j.meta(), d, PageMetadata.of(site, j.meta(), d));
                    }
                    now.put(j.path(), t);
                    return new PageJob(
                            j.path(), j.template(), j.meta().withTags(t.tags()), j.view());
                });
        last = now;
        lastSite = site;
    }
}
