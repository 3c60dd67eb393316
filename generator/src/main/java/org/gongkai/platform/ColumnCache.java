package org.gongkai.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongkai.content.Digest;
import org.gongkai.publish.AtomicSite;
import org.gongkai.publish.BuildRecord;
import org.gongkai.publish.RecordPlace;
import org.gongkai.render.GeneratorIdentity;

/**
 * What {@code build --incremental} remembers of a platform, beside its output in {@code
 * .gongkai-cache/platform/}: per column, the digest of everything its site is made of (every file
 * of the column folder, platform.yaml, the themes, the date, the generator) and its facts. A column
 * whose digest is unchanged is taken from the previous output (hard links where the file system
 * allows) instead of being built; the platform's pages are rendered again from the facts, as in a
 * whole build. A column that changed is built incrementally as a stand-alone column is, from the
 * previous {@code OUT/<id>/} and its {@link BuildRecord}, which is kept here ({@code <id>.record},
 * {@code <id>.lucene}) rather than beside the column's folder, which is published: its record is
 * written to {@code platform-NAME.next/} and moved here once the platform's output is in place, so
 * a record never describes files of a build that did not replace {@code OUT}.
 */
final class ColumnCache {

    private final Path folder;
    private final Path pending;
    private final Path previous;
    private final byte[] shared;

    private ColumnCache(Path folder, Path previous, byte[] shared) {
        this.folder = folder;
        this.pending = pendingOf(folder);
        this.previous = previous;
        this.shared = shared;
    }

    static Path folderOf(Path out) {
        Path o = out.toAbsolutePath().normalize();
        return o.resolveSibling(".gongkai-cache").resolve("platform-" + o.getFileName());
    }

    private static Path pendingOf(Path folder) {
        return folder.resolveSibling(folder.getFileName() + ".next");
    }

    static ColumnCache of(PlatformConfig config, Platform platform) throws IOException {
        MessageDigest md = Digest.start();
        md.update(GeneratorIdentity.current().getBytes(StandardCharsets.UTF_8));
        md.update(("\n" + config.asOf() + "\n").getBytes(StandardCharsets.UTF_8));
        md.update(Files.readAllBytes(platform.folder().resolve(Platform.FILE)));
        if (Files.isDirectory(config.themesFolder())) {
            digestTree(config.themesFolder(), md);
        }
        ColumnCache cache =
                new ColumnCache(
                        folderOf(config.out()),
                        config.out().toAbsolutePath().normalize(),
                        md.digest());
        AtomicSite.deleteTree(cache.pending); // records of a build that never replaced OUT
        return cache;
    }

    /**
     * Where the column's incremental build finds its last site ({@code OUT/<id>/}) and record, and
     * leaves its own until {@link #write}.
     */
    RecordPlace place(PlatformColumn column) {
        String id = column.id();
        return new RecordPlace(
                previous.resolve(id),
                folder.resolve(id + ".record"),
                folder.resolve(id + ".lucene"),
                pending.resolve(id + ".record"));
    }

    /**
     * The digest of a column's inputs: its folder's every file (path and bytes), and what all
     * columns share.
     */
    String key(PlatformColumn column) throws IOException {
        MessageDigest md = Digest.start();
        md.update(shared);
        md.update(column.id().getBytes(StandardCharsets.UTF_8));
        digestTree(column.folder(), md);
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * The column's facts, with its folder linked into {@code target}, when the previous build made
     * it from {@code key}.
     */
    Optional<ColumnFacts> reuse(PlatformColumn column, String key, Path target) throws IOException {
        Path keyFile = folder.resolve(column.id() + ".key");
        Path factsFile = folder.resolve(column.id() + ".json");
        Path built = previous.resolve(column.id());
        if (!Files.isRegularFile(keyFile)
                || !Files.isRegularFile(factsFile)
                || !Files.isDirectory(built)
                || !Files.readString(keyFile).equals(key)) {
            return Optional.empty();
        }
        ColumnFacts facts = PlatformParts.JSON.readValue(factsFile.toFile(), ColumnFacts.class);
        linkTree(built, target);
        return Optional.of(facts);
    }

    /**
     * Before {@code OUT} is replaced: no column key may outlive the output it describes (a build
     * killed between the swap and {@link #write} must not take a column from a later output for an
     * earlier content). The records stay: each holds the size and time of every file, which a
     * column taken whole keeps (hard links) and a column built again no longer matches.
     */
    void forgetKeys() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".key")).toList()) {
                Files.delete(f);
            }
        }
    }

    /**
     * Once {@code OUT} is in place: the records the columns built again left, and every column's
     * key and facts.
     */
    void write(Map<String, String> keys, List<ColumnFacts> facts) throws IOException {
        Files.createDirectories(folder);
        if (Files.isDirectory(pending)) {
            try (Stream<Path> records = Files.list(pending)) {
                for (Path r : records.toList()) {
                    Files.move(
                            r,
                            folder.resolve(r.getFileName().toString()),
                            StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }
            }
            AtomicSite.deleteTree(pending);
        }
        for (ColumnFacts f : facts) {
            String key = keys.get(f.id());
            if (key != null) {
                PlatformParts.JSON.writeValue(folder.resolve(f.id() + ".json").toFile(), f);
                Files.writeString(folder.resolve(f.id() + ".key"), key);
            }
        }
    }

    /**
     * A build without --incremental forgets what the last one remembered (its output is replaced
     * anyway).
     */
    static void clear(Path out) throws IOException {
        AtomicSite.deleteTree(folderOf(out));
        AtomicSite.deleteTree(pendingOf(folderOf(out)));
    }

    /**
     * {@code from}'s files at the same places under {@code to}: hard links, or copies where links
     * cannot be made.
     */
    static void linkTree(Path from, Path to) throws IOException {
        Files.walkFileTree(
                from,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                            throws IOException {
                        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        Path t = to.resolve(from.relativize(file).toString());
                        try {
                            Files.createLink(t, file);
                        } catch (IOException | UnsupportedOperationException e) {
                            Files.copy(file, t);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
    }

    private static void digestTree(Path root, MessageDigest md) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(files::add);
        }
        List<String> names =
                files.stream()
                        .map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .sorted()
                        .toList();
        for (String name : names) {
            if (name.startsWith(".git/") || name.contains("/.git/")) {
                continue;
            }
            md.update(name.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            byte[] bytes = Files.readAllBytes(root.resolve(name));
            md.update(Long.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(bytes);
        }
    }
}
