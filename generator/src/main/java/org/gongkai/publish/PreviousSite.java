package org.gongkai.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The site an incremental build replaces, with the {@link BuildRecord} its build left: a page whose
 * view has the digest the record holds, and whose files are as the record left them, is taken from
 * it into the new tree (a hard link) instead of rendered; so are search files made from the same.
 * Every page written or taken is recorded for the next build.
 */
public final class PreviousSite implements SearchFiles.Kept {

    private final Path root;
    private final BuildRecord previous;
    private final OutputTree out;

    /** The pages of this build, for its record. */
    private final Map<String, BuildRecord.Page> recorded = new ConcurrentHashMap<>();

    private final AtomicLong reused = new AtomicLong();

    /**
     * @param out the tree this build writes, into which pages and files are taken
     */
    public PreviousSite(Path root, BuildRecord previous, OutputTree out) {
        this.root = root.toAbsolutePath().normalize();
        this.previous = previous;
        this.out = out;
    }

    /**
     * Takes the page at {@code path} when its view has the digest the record holds and its files
     * are as the record left them; false (and nothing taken) otherwise: render it.
     */
    public boolean takePage(String path, byte[] digest) {
        BuildRecord.Page p = previous.pages().get(path);
        if (p == null || !p.sameView(digest)) {
            return false;
        }
        Path from = root.resolve(path).normalize();
        boolean gz = out.precompresses(path);
        if (!from.startsWith(root)
                || !unchanged(from, p.size(), p.modified())
                || (gz && !unchanged(gzOf(from), p.gzSize(), p.gzModified()))) {
            return false;
        }
        out.take(path, from, p.size(), p.links());
        if (gz) {
            out.take(path + ".gz", gzOf(from), p.gzSize(), null);
        }
        recorded.put(path, p);
        reused.incrementAndGet();
        return true;
    }

    /**
     * Writes a page rendered from a view with {@code digest} through the writing thread's {@code
     * buffer}, and records it.
     */
    public void writePage(String path, CharSequence html, byte[] digest, PageBuffer buffer) {
        BrokenLinks.PageLinks found = out.writePage(path, html, buffer);
        Path target = out.file(path);
        try {
            BasicFileAttributes page = Files.readAttributes(target, BasicFileAttributes.class);
            long gzSize = -1;
            long gzModified = -1;
            if (out.precompresses(path)) {
                BasicFileAttributes gz =
                        Files.readAttributes(gzOf(target), BasicFileAttributes.class);
                gzSize = gz.size();
                gzModified = gz.lastModifiedTime().to(TimeUnit.SECONDS);
            }
            recorded.put(
                    path,
                    new BuildRecord.Page(
                            digest,
                            page.size(),
                            page.lastModifiedTime().to(TimeUnit.SECONDS),
                            gzSize,
                            gzModified,
                            found));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many pages {@link #takePage} took. */
    public long pagesReused() {
        return reused.get();
    }

    /**
     * Takes every file the previous build's search step wrote, when it read the same inputs ({@code
     * searchKey}) and all its files are as recorded; false (and nothing taken) otherwise.
     */
    public boolean takeSearch(String searchKey, SearchFiles into) {
        if (previous.searchFiles().isEmpty() || !previous.searchKey().equals(searchKey)) {
            return false;
        }
        for (Map.Entry<String, BuildRecord.SearchFile> f : previous.searchFiles().entrySet()) {
            Path from = root.resolve(f.getKey()).normalize();
            if (!from.startsWith(root)
                    || !unchanged(from, f.getValue().size(), f.getValue().modified())) {
                return false;
            }
        }
        previous.searchFiles()
                .forEach(
                        (path, f) -> {
                            out.take(path, root.resolve(path), f.size(), null);
                            if (f.fingerprint() != 0) {
                                into.taken(path, f.fingerprint());
                            }
                        });
        return true;
    }

    @Override
    public boolean any() {
        return previous.searchFiles().values().stream().anyMatch(f -> f.fingerprint() != 0);
    }

    @Override
    public boolean keep(OutputTree into, String path, long fingerprint) {
        BuildRecord.SearchFile f = previous.searchFiles().get(path);
        Path from = root.resolve(path).normalize();
        if (f == null
                || f.fingerprint() != fingerprint
                || !from.startsWith(root)
                || !unchanged(from, f.size(), f.modified())) {
            return false;
        }
        BuildRecord.SearchFile gz = null;
        if (into.precompresses(path)) {
            gz = previous.searchFiles().get(path + ".gz");
            if (gz == null || !unchanged(gzOf(from), gz.size(), gz.modified())) {
                return false;
            }
        }
        into.take(path, from, f.size(), null);
        if (gz != null) {
            into.take(path + ".gz", gzOf(from), gz.size(), null);
        }
        return true;
    }

    /**
     * The record of this build: its pages under {@code key}, and the files under search/ that are
     * not pages under {@code searchKey}, each with what it was made from ({@code search}).
     */
    public BuildRecord record(String key, String searchKey, SearchFiles search) {
        Map<String, BuildRecord.SearchFile> files = new HashMap<>();
        Map<String, Long> fingerprints = search.fingerprints();
        try {
            for (String path : out.written()) {
                String page = path.endsWith(".gz") ? path.substring(0, path.length() - 3) : path;
                if (path.startsWith("search/") && !recorded.containsKey(page)) {
                    BasicFileAttributes a =
                            Files.readAttributes(out.file(path), BasicFileAttributes.class);
                    files.put(
                            path,
                            new BuildRecord.SearchFile(
                                    a.size(),
                                    a.lastModifiedTime().to(TimeUnit.SECONDS),
                                    fingerprints.getOrDefault(path, 0L)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildRecord(key, Map.copyOf(recorded), searchKey, files);
    }

    private static Path gzOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".gz");
    }

    private static boolean unchanged(Path file, long size, long modified) {
        try {
            BasicFileAttributes a =
                    Files.readAttributes(
                            file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile()
                    && a.size() == size
                    && a.lastModifiedTime().to(TimeUnit.SECONDS) == modified;
        } catch (IOException e) {
            return false;
        }
    }
}
