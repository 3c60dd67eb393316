package org.gongkai.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/**
 * site/ is replaced whole or not at all: a build writes into a fresh folder beside it and only a
 * successful build swaps it in. A failed or killed build leaves the previous site/ untouched (its
 * half-written folder is cleared by the next build).
 */
public final class AtomicSite {

    private static final String STAGING_PREFIX = ".gongkai-staging-";
    private static final String OLD_PREFIX = ".gongkai-old-";

    private final Path target;
    private final Path staging;

    private AtomicSite(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    public static AtomicSite begin(Path target) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        Path parent = t.getParent();
        Files.createDirectories(parent);
        clearLeftovers(parent, t.getFileName().toString());
        Path staging = parent.resolve(STAGING_PREFIX + t.getFileName() + "-" + UUID.randomUUID());
        Files.createDirectory(staging);
        return new AtomicSite(t, staging);
    }

    public Path staging() {
        return staging;
    }

    /** Swap the finished staging folder in place of the target. */
    public void commit() throws IOException {
        Path parent = target.getParent();
        Path old = null;
        if (Files.exists(target)) {
            old = parent.resolve(OLD_PREFIX + target.getFileName() + "-" + UUID.randomUUID());
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target); // put the previous site back
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Throw away the staging folder; the target was never touched. */
    public void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // a leftover staging folder is cleared by the next build
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void clearLeftovers(Path parent, String name) throws IOException {
        Path target = parent.resolve(name);
        try (var list = Files.list(parent)) {
            for (Path p : (Iterable<Path>) list.sorted()::iterator) {
                String n = p.getFileName().toString();
                if (n.startsWith(OLD_PREFIX + name + "-") && !Files.exists(target)) {
                    // killed between the two renames of a swap: the previous site comes back
                    move(p, target);
                    continue;
                }
                if (n.startsWith(STAGING_PREFIX + name + "-")
                        || n.startsWith(OLD_PREFIX + name + "-")) {
                    deleteTree(p);
                }
            }
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException exc)
                            throws IOException {
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}
