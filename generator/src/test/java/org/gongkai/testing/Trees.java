package org.gongkai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Folder trees as maps, for comparing sites file by file. */
public final class Trees {

    private Trees() {}

    /**
     * Every file under {@code root} that {@code include} accepts, by relative path, with its bytes.
     */
    public static Map<String, byte[]> files(Path root, Predicate<String> include) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (include.test(rel)) {
                    out.put(rel, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The Markdown files under {@code folder}, in path order: the documents of a corpus's section.
     */
    public static List<Path> markdown(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One of {@link #markdown}'s files, chosen by {@code random} (seeded: the same file every run).
     */
    public static Path pickMarkdown(Random random, Path folder) {
        List<Path> files = markdown(folder);
        return files.get(random.nextInt(files.size()));
    }

    /** Copies a folder tree, e.g. the sample content into a scratch repository to edit. */
    public static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
