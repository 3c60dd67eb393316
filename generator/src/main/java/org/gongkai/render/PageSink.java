package org.gongkai.render;

/**
 * Where the renderer hands each page it makes, on the thread that made it: the one hand-over
 * between rendering and writing.
 */
public interface PageSink {

    /**
     * Whether the sink already holds {@code job}'s page as it would be rendered now (an incremental
     * build took it from the last one): then it is not rendered. Asked on the rendering thread.
     */
    default boolean holds(PageJob job) {
        return false;
    }

    /**
     * Takes a rendered page. {@code html} is the rendering thread's buffer, reused for that
     * thread's next page: read it before returning and keep nothing of it (no copy of every page is
     * made).
     */
    void accept(PageJob job, CharSequence html);
}
