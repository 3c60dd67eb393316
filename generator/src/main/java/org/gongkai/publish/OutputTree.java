package org.gongkai.publish;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The folder a build writes into. Paths are site-relative with forward slashes; writing outside the
 * folder is refused. Thread-safe: pages are written in parallel.
 */
public final class OutputTree {

    private final Path root;
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    /** Folders already created: thousands of pages share a few hundred folders. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    private final boolean precompress;

    /** Gathers every page's link targets for the post-build check; none in the preview. */
    private final Optional<BrokenLinks.Targets> links;

    private final AtomicLong compressed = new AtomicLong();

    /** A tree of plain files, no {@code .gz} beside them, gathering no links (the preview's). */
    public OutputTree(Path root) {
        this(root, false, Optional.empty());
    }

    /**
     * @param precompress also write a {@link Precompressed} {@code .gz} beside every text file,
     *     from the bytes in hand, on the thread that wrote the file (a second pass over the
     *     finished folder read every file back and took 2–5 s at 10,000 documents)
     * @param links gathers the link targets of every HTML page written
     */
    public OutputTree(Path root, boolean precompress, BrokenLinks.Targets links) {
        this(root, precompress, Optional.of(links));
    }

    private OutputTree(Path root, boolean precompress, Optional<BrokenLinks.Targets> links) {
        this.root = root.toAbsolutePath().normalize();
        this.precompress = precompress;
        this.links = links;
    }

    public Path root() {
        return root;
    }

    /**
     * Writes {@code text} as UTF-8, gathering its links when it is a page: for a file written once
     * (a sitemap, a feed), with room made for it alone.
     */
    public void write(String path, CharSequence text) {
        write(path, text, PageBuffer.forOne(text));
    }

    /**
     * As {@link #write(String, CharSequence)}, through {@code buffer}, the calling thread's. The
     * text may be a renderer's buffer: it is read before this returns and not kept.
     */
    public void write(String path, CharSequence text, PageBuffer buffer) {
        buffer.fill(text);
        if (links.isPresent() && path.endsWith(".html")) {
            links.get().scan(path, buffer.chars(), buffer.length());
        }
        write(path, buffer.bytes(), buffer.byteLength());
        buffer.shrink();
    }

    /**
     * Writes a page as {@link #write(String, CharSequence, PageBuffer)} does, and returns the
     * targets of its links (what a build record keeps of it).
     */
    public BrokenLinks.PageLinks writePage(String path, CharSequence html, PageBuffer buffer) {
        buffer.fill(html);
        BrokenLinks.PageLinks found =
                links.isPresent() && path.endsWith(".html")
                        ? links.get().scanAndKeep(path, buffer.chars(), buffer.length())
                        : new BrokenLinks.PageLinks(List.of(), false);
        write(path, buffer.bytes(), buffer.byteLength());
        buffer.shrink();
        return found;
    }

    /**
     * Puts a file made before (the last build's) at {@code path}: a hard link, the same file with
     * the same time, nothing copied; a copy with its time where links are not to be had. {@code
     * links} are the page's link targets as that build found them, gathered as if it were written
     * now.
     */
    public void take(String path, Path from, long size, BrokenLinks.PageLinks pageLinks) {
        Path to = target(path);
        try {
            folder(to.getParent());
            try {
                Files.createLink(to, from);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(
                        from,
                        to,
                        StandardCopyOption.COPY_ATTRIBUTES,
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.incrementAndGet();
        bytes.addAndGet(size);
        written.add(path);
        if (path.endsWith(".gz")) {
            compressed.incrementAndGet();
        }
        if (links.isPresent() && pageLinks != null) {
            links.get().add(path, pageLinks);
        }
    }

    /**
     * A file already in this tree, written before by the same process (the preview's folder),
     * counted as written.
     */
    public void keep(String path) {
        written.add(path);
    }

    /** Where {@code path} is on disk. */
    public Path file(String path) {
        return target(path);
    }

    /** Whether a file at {@code path} gets a {@code .gz} beside it. */
    public boolean precompresses(String path) {
        return precompress && Precompressed.isText(target(path));
    }

    public void write(String path, byte[] data) {
        write(path, data, data.length);
    }

    /** Writes {@code data[0, length)}. */
    private void write(String path, byte[] data, int length) {
        Path target = target(path);
        try {
            folder(target.getParent());
            writeFile(target, data, length);
            files.incrementAndGet();
            bytes.addAndGet(length);
            written.add(path);
            if (precompress && Precompressed.isText(target)) {
                byte[] gz = Precompressed.gzip(data, length);
                writeFile(target.resolveSibling(target.getFileName() + ".gz"), gz, gz.length);
                files.incrementAndGet();
                bytes.addAndGet(gz.length);
                written.add(path + ".gz");
                compressed.incrementAndGet();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new file's bytes in one {@code write(2)}. {@link Files#write} hands a channel 8 KB at a
     * time, each an interruptible call with a copy into a direct buffer: writing 12,000 pages of
     * 2-32 KB to tmpfs took 390 ms that way against 320 ms here.
     */
    private static void writeFile(Path target, byte[] data, int length) throws IOException {
        try (FileOutputStream out = new FileOutputStream(target.toFile())) {
            out.write(data, 0, length);
        }
    }

    public void copy(Path source, String path) {
        Path target = target(path);
        try {
            if (Files.isRegularFile(target)
                    && Files.size(target) == Files.size(source)
                    && Files.getLastModifiedTime(target)
                                    .compareTo(Files.getLastModifiedTime(source))
                            >= 0) {
                // the preview server renders into the folder it serves: an attachment copied before
                // is kept
                written.add(path);
                return;
            }
            if (precompress && Precompressed.isText(target)) {
                write(path, Files.readAllBytes(source));
                return;
            }
            folder(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            bytes.addAndGet(Files.size(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.incrementAndGet();
        written.add(path);
    }

    private void folder(Path dir) throws IOException {
        if (!folders.contains(dir)) {
            Files.createDirectories(dir);
            folders.add(dir);
        }
    }

    private Path target(String path) {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException(
                    "refusing to write outside the output folder: " + path);
        }
        return target;
    }

    public long filesWritten() {
        return files.get();
    }

    /** Every site-relative path written or copied (or found already copied) into this tree. */
    public Set<String> written() {
        return Set.copyOf(written);
    }

    /** How many {@code .gz} files were written beside text files. */
    public long precompressed() {
        return compressed.get();
    }

    /** The link targets gathered from the pages written, when this tree was made to gather them. */
    public Optional<BrokenLinks.Targets> links() {
        return links;
    }

    public long bytesWritten() {
        return bytes.get();
    }
}
