package org.gongkai.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final boolean precompress;
    private final BrokenLinks.Targets links;
    private final AtomicLong compressed = new AtomicLong();

    public OutputTree(Path root) {
        this(root, false, null);
    }

    /**
     * @param precompress also write a {@link Precompressed} {@code .gz} beside every text file, from the
     *                    bytes in hand, on the thread that wrote the file (a second pass over the finished
     *                    folder read every file back and took 2–5 s at 10,000 documents)
     * @param links       gathers the link targets of every HTML page written, or null
     */
    public OutputTree(Path root, boolean precompress, BrokenLinks.Targets links) {
        this.root = root.toAbsolutePath().normalize();
        this.precompress = precompress;
        this.links = links;
    }

    public Path root() {
        return root;
    }

    public void write(String path, String text) {
        if (links != null && path.endsWith(".html")) {
            links.scan(path, text);
        }
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String path, byte[] data) {
        Path target = target(path);
        try {
            folder(target.getParent());
            Files.write(target, data);
            files.incrementAndGet();
            bytes.addAndGet(data.length);
            written.add(path);
            if (precompress && Precompressed.isText(target)) {
                byte[] gz = Precompressed.gzip(data);
                Files.write(target.resolveSibling(target.getFileName() + ".gz"), gz);
                files.incrementAndGet();
                bytes.addAndGet(gz.length);
                written.add(path + ".gz");
                compressed.incrementAndGet();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void copy(Path source, String path) {
        Path target = target(path);
        try {
            if (Files.isRegularFile(target) && Files.size(target) == Files.size(source)
                    && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(source)) >= 0) {
                // the preview server renders into the folder it serves: an attachment copied before is kept
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
            throw new IllegalArgumentException("refusing to write outside the output folder: " + path);
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
    public java.util.Optional<BrokenLinks.Targets> links() {
        return java.util.Optional.ofNullable(links);
    }

    public long bytesWritten() {
        return bytes.get();
    }
}
