package org.gongkai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The generator's Java sources read as text, for tests that hold the code to a rule of shape. */
public final class JavaSources {

    /** The main sources, relative to the module (where Maven runs the tests). */
    public static final Path MAIN = Path.of("src/main/java");

    /**
     * A source file: where it is, its path below the root it was found under ('/' between names),
     * and its text.
     */
    public record Source(Path file, String relative, String text) {}

    private JavaSources() {}

    /** Every .java file below {@code root}, in the order the file system lists them. */
    public static List<Source> under(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .map(
                            p ->
                                    new Source(
                                            p,
                                            root.relativize(p).toString().replace('\\', '/'),
                                            read(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
