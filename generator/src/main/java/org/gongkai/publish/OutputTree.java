package org.gongkai.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.content.ScanBuffer;

/**
 * The folder a build writes into. Paths are site-relative with forward slashes; writing outside the
 * folder is refused. Thread-safe: pages are written in parallel.
 *
 * <p>Over 400 lines, kept whole for now: writing a page and taking it unchanged from the previous site
 * ({@code --incremental}) decide together, under one set of fields, what this build's record holds, and
 * issue #20's fold 4 ("caching is one layer") is to move the taking into the one reuse policy, leaving this
 * class the writer of files and their {@code .gz}. Split before that, the reuse code would move twice.
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

    /** The site an incremental build replaces and its record; null and {@link BuildRecord#none()} otherwise. */
    private final Path previousRoot;
    private final BuildRecord previous;
    /** The pages of this build, for its record; null when it keeps none. */
    private final Map<String, BuildRecord.Page> recorded;
    private final AtomicLong reused = new AtomicLong();
    /** What each search file written or kept was made from ({@link #writeSearchFile}), for the record. */
    private final Map<String, Long> fingerprints = new ConcurrentHashMap<>();
    /**
     * For a tree written over its own last output (the preview): the fingerprints of the search files
     * already in it, which {@link #keepSearchFile} then leaves in place. Empty otherwise.
     */
    private Map<String, Long> inPlace = Map.of();

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
        this(root, precompress, links, null, BuildRecord.none());
    }

    /**
     * As above, for an incremental build: pages whose view is as {@code previous} recorded are taken from
     * {@code previousRoot} ({@link #reusePage}), and every page written or taken is recorded.
     */
    public OutputTree(Path root, boolean precompress, BrokenLinks.Targets links, Path previousRoot,
                      BuildRecord previous) {
        this.root = root.toAbsolutePath().normalize();
        this.precompress = precompress;
        this.links = links;
        this.previousRoot = previousRoot == null ? null : previousRoot.toAbsolutePath().normalize();
        this.previous = previous;
        this.recorded = previousRoot == null ? null : new ConcurrentHashMap<>();
    }

    /**
     * A tree written over its own last output, as the preview writes its folder: the search files that
     * {@code fingerprints} lists (from {@link #searchFingerprints} of the last export into it) are kept
     * where they are when made from the same.
     */
    public static OutputTree inPlace(Path root, Map<String, Long> fingerprints) {
        OutputTree out = new OutputTree(root);
        out.inPlace = Map.copyOf(fingerprints);
        return out;
    }

    /** What each search file written or kept was made from: for the next {@link #inPlace} tree. */
    public Map<String, Long> searchFingerprints() {
        return Map.copyOf(fingerprints);
    }

    public Path root() {
        return root;
    }

    /**
     * Writes {@code text} as UTF-8, gathering its links when it is a page. The text may be a renderer's
     * buffer: it is read before this returns and not kept.
     */
    public void write(String path, CharSequence text) {
        int n = text.length();
        char[] chars = ScanBuffer.of(text);
        if (links != null && path.endsWith(".html")) {
            links.scan(path, chars, n);
        }
        writeUtf8(path, chars, n);
    }

    /**
     * The characters as UTF-8 into a buffer kept per thread, then written from there: a page went String →
     * {@code getBytes} before, which allocates three bytes a character and then copies the result to size
     * (with the renderer's {@code toString}, 430 MB of the 3.7 GB a 10,000-document build allocated).
     * Malformed text (a lone surrogate) becomes "?", as {@code String.getBytes} has it.
     */
    private void writeUtf8(String path, char[] chars, int n) {
        CharsetEncoder encoder = UTF8.get();
        byte[] buf = UTF8_BYTES.get();
        if (buf.length < 3 * n) {
            buf = new byte[3 * n];
            if (buf.length <= 3 * ScanBuffer.MAX_KEPT) {
                UTF8_BYTES.set(buf);
            }
        }
        ByteBuffer bytes = ByteBuffer.wrap(buf);
        encoder.reset();
        CoderResult r = encoder.encode(CharBuffer.wrap(chars, 0, n), bytes, true);
        if (r.isUnderflow()) {
            r = encoder.flush(bytes);
        }
        if (!r.isUnderflow()) {
            throw new IllegalStateException(r.toString()); // three bytes a UTF-16 unit always suffice
        }
        write(path, buf, bytes.position());
    }

    private static final ThreadLocal<CharsetEncoder> UTF8 = ThreadLocal.withInitial(() -> StandardCharsets.UTF_8
            .newEncoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    private static final ThreadLocal<byte[]> UTF8_BYTES = ThreadLocal.withInitial(() -> new byte[192 * 1024]);

    /** Whether this tree keeps a record of its pages: then pages come with the digest of their view. */
    public boolean recordsPages() {
        return recorded != null;
    }

    /** Writes a page rendered from a view with {@code digest}, and records it when this tree keeps a record. */
    public void writePage(String path, CharSequence html, byte[] digest) {
        int n = html.length();
        char[] chars = ScanBuffer.of(html);
        BrokenLinks.PageLinks found = links != null && path.endsWith(".html") ? links.scanAndKeep(path, chars, n)
                : new BrokenLinks.PageLinks(List.of(), false);
        writeUtf8(path, chars, n);
        if (recorded == null) {
            return;
        }
        Path target = target(path);
        try {
            BasicFileAttributes page = Files.readAttributes(target, BasicFileAttributes.class);
            long gzSize = -1;
            long gzModified = -1;
            if (precompress && Precompressed.isText(target)) {
                BasicFileAttributes gz = Files.readAttributes(gzOf(target), BasicFileAttributes.class);
                gzSize = gz.size();
                gzModified = gz.lastModifiedTime().to(TimeUnit.SECONDS);
            }
            recorded.put(path, new BuildRecord.Page(digest, page.size(), page.lastModifiedTime().to(TimeUnit.SECONDS),
                    gzSize, gzModified, found));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes the page at {@code path} from the previous site when its view has the digest the record holds
     * and its files are as the record left them; false (and nothing taken) otherwise: render it.
     */
    public boolean reusePage(String path, byte[] digest) {
        BuildRecord.Page p = previousRoot == null ? null : previous.pages().get(path);
        if (p == null || !p.sameView(digest)) {
            return false;
        }
        Path from = previousRoot.resolve(path).normalize();
        Path to = target(path);
        boolean gz = precompress && Precompressed.isText(to);
        if (!from.startsWith(previousRoot) || !unchanged(from, p.size(), p.modified())
                || (gz && !unchanged(gzOf(from), p.gzSize(), p.gzModified()))) {
            return false;
        }
        take(path, p.size());
        if (gz) {
            take(path + ".gz", p.gzSize());
            compressed.incrementAndGet();
        }
        if (links != null) {
            links.add(path, p.links());
        }
        recorded.put(path, p);
        reused.incrementAndGet();
        return true;
    }

    /** The previous site's file at {@code path}, already checked against the record, into this tree. */
    private void take(String path, long size) {
        Path to = target(path);
        try {
            folder(to.getParent());
            link(previousRoot.resolve(path), to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.incrementAndGet();
        bytes.addAndGet(size);
        written.add(path);
    }

    private static Path gzOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".gz");
    }

    private static boolean unchanged(Path file, long size, long modified) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && a.size() == size && a.lastModifiedTime().to(TimeUnit.SECONDS) == modified;
        } catch (IOException e) {
            return false;
        }
    }

    /** A hard link (same file, same time: nothing copied); a copy with its time where links are not to be had. */
    private static void link(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** How many pages {@link #reusePage} took from the previous site. */
    public long pagesReused() {
        return reused.get();
    }

    /**
     * Takes every file the previous build's search step wrote, when it read the same inputs
     * ({@code searchKey}) and all its files are as recorded; false (and nothing taken) otherwise.
     */
    public boolean reuseSearch(String searchKey) {
        if (previousRoot == null || previous.searchFiles().isEmpty() || !previous.searchKey().equals(searchKey)) {
            return false;
        }
        for (Map.Entry<String, BuildRecord.SearchFile> f : previous.searchFiles().entrySet()) {
            Path from = previousRoot.resolve(f.getKey()).normalize();
            if (!from.startsWith(previousRoot) || !unchanged(from, f.getValue().size(), f.getValue().modified())) {
                return false;
            }
        }
        previous.searchFiles().forEach((path, f) -> {
            take(path, f.size());
            if (f.fingerprint() != 0) {
                fingerprints.put(path, f.fingerprint());
            }
        });
        return true;
    }

    /**
     * Whether {@link #keepSearchFile} may find anything to keep: an incremental build whose previous build
     * recorded the fingerprints of its search files.
     */
    public boolean keepsSearchFiles() {
        return !inPlace.isEmpty() || (previousRoot != null
                && previous.searchFiles().values().stream().anyMatch(f -> f.fingerprint() != 0));
    }

    /**
     * Takes the previous site's search file at {@code path} (and its .gz) when it was made from the same
     * {@code fingerprint} and is as recorded; false (and nothing taken) otherwise: write it.
     */
    public boolean keepSearchFile(String path, long fingerprint) {
        Long here = inPlace.get(path);
        if (here != null && here == fingerprint && Files.isRegularFile(target(path))) {
            written.add(path);
            fingerprints.put(path, fingerprint);
            return true;
        }
        if (previousRoot == null) {
            return false;
        }
        BuildRecord.SearchFile f = previous.searchFiles().get(path);
        Path from = previousRoot.resolve(path).normalize();
        if (f == null || f.fingerprint() != fingerprint || !from.startsWith(previousRoot)
                || !unchanged(from, f.size(), f.modified())) {
            return false;
        }
        BuildRecord.SearchFile gz = null;
        if (precompress && Precompressed.isText(from)) {
            gz = previous.searchFiles().get(path + ".gz");
            if (gz == null || !unchanged(gzOf(from), gz.size(), gz.modified())) {
                return false;
            }
        }
        take(path, f.size());
        if (gz != null) {
            take(path + ".gz", gz.size());
            compressed.incrementAndGet();
        }
        fingerprints.put(path, fingerprint);
        return true;
    }

    /** Writes a search file made from {@code fingerprint}, and records that for the next build's {@link #keepSearchFile}. */
    public void writeSearchFile(String path, byte[] data, long fingerprint) {
        write(path, data);
        fingerprints.put(path, fingerprint);
    }

    /**
     * The record of this build: its pages under {@code key}, and the files under search/ that are not
     * pages under {@code searchKey}. Empty when this tree keeps none.
     */
    public BuildRecord record(String key, String searchKey) {
        if (recorded == null) {
            return BuildRecord.none();
        }
        Map<String, BuildRecord.SearchFile> search = new java.util.HashMap<>();
        try {
            for (String path : written) {
                String page = path.endsWith(".gz") ? path.substring(0, path.length() - 3) : path;
                if (path.startsWith("search/") && !recorded.containsKey(page)) {
                    BasicFileAttributes a = Files.readAttributes(target(path), BasicFileAttributes.class);
                    search.put(path, new BuildRecord.SearchFile(a.size(), a.lastModifiedTime().to(TimeUnit.SECONDS),
                            fingerprints.getOrDefault(path, 0L)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildRecord(key, Map.copyOf(recorded), searchKey, search);
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
     * A new file's bytes in one {@code write(2)}. {@link Files#write} hands a channel 8 KB at a time, each an
     * interruptible call with a copy into a direct buffer: writing 12,000 pages of 2-32 KB to tmpfs took 390 ms
     * that way against 320 ms here.
     */
    private static void writeFile(Path target, byte[] data, int length) throws IOException {
        try (java.io.FileOutputStream out = new java.io.FileOutputStream(target.toFile())) {
            out.write(data, 0, length);
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
