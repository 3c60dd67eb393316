package org.gongkai.render;

import org.gongkai.publish.OutputTree;
import org.gongkai.publish.PageBuffer;

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
     * made). {@code buffer} is the same thread's room to write it through ({@link
     * OutputTree#write(String, CharSequence, PageBuffer)}): the renderer makes one per thread and
     * passes it with every page, so no state is kept per thread behind either stage's back.
     */
    void accept(PageJob job, CharSequence html, PageBuffer buffer);
}
