package org.gongkai.render;

import java.util.List;
import org.gongkai.publish.PageBuffer;
import org.gongkai.publish.PreviousSite;

/**
 * The page sink of an incremental build: a page whose view (with the root its links start from) has
 * the digest the last build recorded is taken from that build; any other is written and recorded.
 * What else a page is made of (templates, assets, the site's settings) must be in the record's key.
 * A column's pages and the platform's pages go through this one sink.
 */
public final class RecordedPages implements PageSink {

    private final PreviousSite previous;
    private final String notFoundRoot;

    /**
     * @param notFoundRoot the root path the not-found page's links start from (the site's root
     *     path: hosts serve it at any address)
     */
    public RecordedPages(PreviousSite previous, String notFoundRoot) {
        this.previous = previous;
        this.notFoundRoot = notFoundRoot;
    }

    @Override
    public boolean holds(PageJob job) {
        return previous.takePage(job.path(), digest(job));
    }

    @Override
    public void accept(PageJob job, CharSequence html, PageBuffer buffer) {
        previous.writePage(job.path(), html, digest(job), buffer);
    }

    private byte[] digest(PageJob job) {
        return ViewDigest.of(List.of(job, PageRenderer.rootOf(job, notFoundRoot)));
    }
}
