package org.gongkai.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.gongkai.build.BuildConfig;
import org.gongkai.content.Finding;

/**
 * {@code gongkai serve}: the preview built, served and kept up to date as content/ and themes/
 * change. The CLI and the Maven plugin both start it and wait; neither holds logic of its own.
 */
public final class LivePreview implements AutoCloseable {

    private final Preview preview;
    private final PreviewServer server;
    private final ContentWatch watch;
    private final Consumer<String> log;
    private final Consumer<String> progress;

    /**
     * Indexing 10,000 documents for search takes seconds: it runs here, not on the watcher's
     * thread, so the next save is rebuilt at once; saves during an indexing run ask for one more
     * run, not one each.
     */
    private final ExecutorService indexer =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "gongkai-search-index");
                        t.setDaemon(true);
                        return t;
                    });

    private final AtomicBoolean indexQueued = new AtomicBoolean();

    private LivePreview(
            Preview preview, PreviewServer server, Consumer<String> log, Consumer<String> progress)
            throws IOException {
        this.preview = preview;
        this.server = server;
        this.log = log;
        this.progress = progress;
        BuildConfig config = preview.config();
        this.watch =
                new ContentWatch(List.of(config.content(), config.themesFolder()), this::changed);
    }

    /**
     * Builds once, then serves on 127.0.0.1:{@code port} and rebuilds on every change.
     *
     * @param config {@code out} is the folder written in place and served
     * @param log one line per rebuild, and the findings of a broken one
     */
    public static LivePreview start(BuildConfig config, int port, Consumer<String> log)
            throws IOException {
        return start(config, port, log, log);
    }

    /**
     * Like {@link #start(BuildConfig, int, Consumer)}, with the lines that only say a rebuild or
     * the search index is done sent to {@code progress} (nowhere for {@code serve --quiet}); the
     * address, the findings of a broken rebuild and failures still go to {@code log}.
     */
    public static LivePreview start(
            BuildConfig config, int port, Consumer<String> log, Consumer<String> progress)
            throws IOException {
        Preview preview = new Preview(config);
        report(preview.rebuildAll(), log, progress);
        reindex(preview, log, progress);
        PreviewServer server = PreviewServer.start(preview, port);
        LivePreview live = new LivePreview(preview, server, log, progress);
        log.accept("预览地址：" + server.uri() + "（只在本机可访问；保存文件后页面自动刷新，按 Ctrl+C 停止）");
        live.indexer.execute(() -> warmUp(preview));
        return live;
    }

    private void changed(Set<Path> files) {
        try {
            report(preview.rebuild(files), log, progress);
        } catch (IOException | RuntimeException e) {
            // a failed rebuild must not stop the preview: the next save tries again
            log.accept("重新生成失败：" + e);
        } finally {
            server.rebuilt();
        }
        if (indexQueued.compareAndSet(false, true)) {
            indexer.execute(
                    () -> {
                        indexQueued.set(false);
                        reindex(preview, log, progress);
                    });
        }
    }

    /**
     * Runs the rebuild after a save a few times with nothing changed, while the editor opens the
     * page: the full build on start compiled reading and rendering, not what a save exercises (the
     * kept findings and views, the page diff), and the first saves took two to four times as long
     * as later ones. A rebuild that changes nothing does not reload browsers; a real save waits for
     * at most one of these.
     */
    private static void warmUp(Preview preview) {
        for (int i = 0; i < WARM_UP_REBUILDS; i++) {
            try {
                preview.rebuild(Set.of());
            } catch (IOException | RuntimeException e) {
                return; // the next real save reports it
            }
        }
    }

    static final int WARM_UP_REBUILDS = 24;

    private static void reindex(Preview preview, Consumer<String> log, Consumer<String> progress) {
        try {
            if (preview.last().ok()) {
                progress.accept("已更新搜索索引（" + preview.reindex().toMillis() + " ms）");
            }
        } catch (IOException | RuntimeException e) {
            log.accept("搜索索引更新失败：" + e);
        }
    }

    private static void report(Preview.Outcome o, Consumer<String> log, Consumer<String> progress) {
        if (!o.ok()) {
            for (Finding f : o.errors()) {
                log.accept(f.format());
            }
            log.accept(
                    "内容有 "
                            + o.errors().size()
                            + " 个错误，预览页面显示错误列表（"
                            + o.elapsed().toMillis()
                            + " ms）");
            return;
        }
        progress.accept(
                "已更新 "
                        + o.pagesRendered()
                        + " / "
                        + o.pagesTotal()
                        + " 个页面（"
                        + o.elapsed().toMillis()
                        + " ms）");
    }

    public URI uri() {
        return server.uri();
    }

    public Preview preview() {
        return preview;
    }

    /** Blocks until the process is stopped (Ctrl+C). */
    public void await() {
        Object forever = new Object();
        synchronized (forever) {
            try {
                while (true) { // a spurious wakeup must not stop the server
                    forever.wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        try {
            watch.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server.close();
            indexer.shutdown(); // a run in progress finishes: nothing may write into the folder
            // afterwards
            try {
                indexer.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
