package org.gongkai.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.gongkai.build.BuildConfig;
import org.gongkai.preview.LivePreview;

/**
 * {@code serve} as an editor meets it, timed from the save to the page: the real preview server and
 * file watcher on a corpus; for each edit, the time from writing the file until the page's reload
 * request returns (what the browser's reload script waits on) and the edited page has been fetched
 * again. Edits are spaced by the search index's update (a save while it runs is rebuilt at once all
 * the same). Run by {@code generator/bench/serve.sh}.
 */
public final class ServeReload {

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args.length > 1 ? args[1] : "/dev/shm/gongkai-serve");
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        Semaphore indexed = new Semaphore(0);
        BuildConfig config = BuildConfig.of(content, out, LocalDate.parse("2026-11-28"));
        long t0 = System.nanoTime();
        try (LivePreview live =
                LivePreview.start(
                        config,
                        0,
                        line -> {
                            if (line.startsWith("已更新搜索索引")) {
                                indexed.release();
                            }
                        })) {
            System.out.printf(
                    "serve started: %d ms (%d pages)%n",
                    (System.nanoTime() - t0) / 1_000_000, live.preview().last().pagesTotal());
            indexed.drainPermits(); // the index built on start
            Thread.sleep(10_000); // an editor opens the page meanwhile; serve warms up the rebuild
            HttpClient http = HttpClient.newHttpClient();
            List<Path> notices = ServeEdit.notices(content, edits);
            List<Long> totals = new ArrayList<>();
            for (int i = 0; i < notices.size(); i++) {
                Path notice = notices.get(i);
                String rel = content.relativize(notice).toString().replace('\\', '/');
                URI page =
                        live.uri().resolve(rel.substring(0, rel.length() - ".md".length()) + "/");
                long version = live.preview().last().version();
                CompletableFuture<HttpResponse<String>> reload =
                        http.sendAsync(
                                HttpRequest.newBuilder(
                                                live.uri()
                                                        .resolve("__gongkai/version?v=" + version))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                Thread.sleep(50); // the reload request is waiting, as a browser's is
                String text = Files.readString(notice);
                String title = "修改" + i;
                long start = System.nanoTime();
                Files.writeString(
                        notice, text.replaceFirst("(?m)^title: (.*)$", "title: $1（" + title + "）"));
                reload.join();
                long reloaded = System.nanoTime();
                HttpResponse<String> got =
                        http.send(
                                HttpRequest.newBuilder(page).build(),
                                HttpResponse.BodyHandlers.ofString());
                long done = System.nanoTime();
                if (got.statusCode() != 200 || !got.body().contains(title)) {
                    throw new IllegalStateException(
                            page + " does not show the edit: " + got.statusCode());
                }
                totals.add((done - start) / 1_000_000);
                System.out.printf(
                        "edit %2d: save → reload signal %4d ms, page fetched %4d ms (rebuild %d ms, %d pages)%n",
                        i + 1,
                        (reloaded - start) / 1_000_000,
                        (done - start) / 1_000_000,
                        live.preview().last().elapsed().toMillis(),
                        live.preview().last().pagesRendered());
                indexed.acquire();
                Files.writeString(notice, text);
                indexed.acquire(); // the undo is rebuilt and indexed too before the next edit
            }
            ServeEdit.report("save → edited page fetched", totals);
        }
    }
}
