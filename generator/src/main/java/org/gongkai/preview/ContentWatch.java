package org.gongkai.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches content/ and themes/ with all their subfolders and reports changed files in batches: an
 * editor's save often arrives as several events (write, rename, attribute), and they become one
 * rebuild.
 */
public final class ContentWatch implements AutoCloseable {

    /** How long the folders must be quiet before a batch is reported. */
    static final long SETTLE_MILLIS = 20;

    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final List<Path> roots;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param roots folders to watch; those that do not exist are skipped
     * @param onChange called on the watch thread with each batch; a {@code roots} entry in the
     *     batch means "events were lost, rebuild everything"
     */
    public ContentWatch(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
        this.roots =
                roots.stream()
                        .map(p -> p.toAbsolutePath().normalize())
                        .filter(Files::isDirectory)
                        .toList();
        this.watcher =
                this.roots.isEmpty() ? null : this.roots.get(0).getFileSystem().newWatchService();
        for (Path r : this.roots) {
            register(r, new LinkedHashSet<>());
        }
        thread = new Thread(() -> loop(onChange), "gongkai-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path folder, Set<Path> found) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.getFileName() != null
                        && p.getFileName().toString().startsWith(".")
                        && !roots.contains(p)) {
                    continue; // .git and editors' hidden folders are not content
                }
                if (Files.isDirectory(p)) {
                    folders.put(p.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), p);
                } else {
                    found.add(p);
                }
            }
        }
    }

    private void loop(Consumer<Set<Path>> onChange) {
        if (watcher == null) {
            return;
        }
        try {
            while (running) {
                Set<Path> batch = new LinkedHashSet<>();
                WatchKey key = watcher.take();
                while (key != null) {
                    drain(key, batch);
                    key = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                }
                if (!batch.isEmpty() && running) {
                    onChange.accept(batch);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview is stopping
        }
    }

    private void drain(WatchKey key, Set<Path> batch) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                batch.addAll(roots);
                continue;
            }
            Path p = folder.resolve((Path) event.context());
            if (p.getFileName().toString().startsWith(".")) {
                continue;
            }
            batch.add(p);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(p)) {
                try {
                    register(p, batch); // a new year folder: watch it, and its files are new too
                } catch (IOException e) {
                    batch.addAll(roots);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        if (watcher != null) {
            watcher.close();
        }
        thread.interrupt();
    }
}
