package org.gongkai.render;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.VelocityException;
import org.gongkai.content.Parallel;
import org.gongkai.publish.PageBuffer;

/**
 * Page jobs → HTML with the theme's Velocity templates, compiled once; pages render on every core.
 * Each page is filled into {@code layout.vm}, whose main area is the job's template.
 */
public final class PageRenderer {

    private final Theme theme;
    private final VelocityEngine engine;

    /** The platform's header and footer when the column is built inside one (集约化). */
    private final Optional<PlatformViews.Chrome> platform;

    /**
     * @param platform the platform's chrome, which layout.vm shows as {@code $platform} when
     *     present
     */
    public PageRenderer(Theme theme, Optional<PlatformViews.Chrome> platform) {
        this.theme = theme;
        this.platform = platform;
        this.engine = TemplateSandbox.engine(theme);
    }

    /**
     * Renders every job the sink does not already hold and hands each page to {@code sink}.
     *
     * @param assets the theme's assets by template name (gongkaiCSS → assets/gongkai.HASH.css)
     * @param notFoundRoot the site's root path, from which the 404 page links (hosts serve it at
     *     any address)
     */
    public void render(
            List<PageJob> jobs,
            PageViews.SiteView site,
            Map<String, String> assets,
            String notFoundRoot,
            PageSink sink) {
        Template layout;
        try {
            layout = engine.getTemplate("layout.vm");
        } catch (VelocityException e) {
            TemplateRefusal failed = TemplateRefusal.failed(e);
            throw failed.from(theme.source(failed.template()));
        }
        Parallel.forEach(
                jobs,
                Worker::new,
                (worker, job) -> {
                    if (!sink.holds(job)) {
                        sink.accept(
                                job,
                                page(
                                        worker.page,
                                        layout,
                                        job,
                                        site,
                                        assets,
                                        rootOf(job, notFoundRoot)),
                                worker.bytes);
                    }
                });
    }

    /** The path from a page back to the site's root, which its links start from. */
    public static String rootOf(PageJob job, String notFoundRoot) {
        return job.path().equals(SitePaths.NOT_FOUND) ? notFoundRoot : SitePaths.rootOf(job.path());
    }

    /** The page, in {@code w}: handed on before this thread renders the next one. */
    private CharSequence page(
            PageWriter w,
            Template layout,
            PageJob job,
            PageViews.SiteView site,
            Map<String, String> assets,
            String root) {
        VelocityContext ctx =
                TemplateSandbox.context(site, job.meta(), root, assets, job.template(), job.view());
        platform.ifPresent(p -> ctx.put("platform", p));
        w.text.setLength(0);
        TemplateSandbox.merge(theme, layout, ctx, w);
        return w.text;
    }

    /**
     * Velocity writes a page in thousands of small pieces. A {@code StringWriter} is a synchronised
     * {@link StringBuffer} that grows by copying (the largest single cost of rendering in a
     * profile); each rendering thread has one unsynchronised buffer instead, grown once to the
     * largest page.
     */
    private static final class PageWriter extends Writer {
        final StringBuilder text = new StringBuilder(64 * 1024);

        @Override
        public void write(char[] cbuf, int off, int len) {
            text.append(cbuf, off, len);
        }

        @Override
        public void write(String str) {
            text.append(str);
        }

        @Override
        public void write(String str, int off, int len) {
            text.append(str, off, off + len);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    /** What one rendering thread renders a page into and writes it through, made per render. */
    private static final class Worker {
        final PageWriter page = new PageWriter();
        final PageBuffer bytes = new PageBuffer();
    }
}
