package org.gongkai.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.gongkai.content.Digest;

/**
 * Which code renders the pages, by content: a build record made by other code is not used. CI
 * rebuilds gongkai.jar on every run, so the jar's time or size would never match; the CRC-32 of
 * every entry, which the jar's directory holds, changes exactly when a class or resource does
 * (Velocity and the other libraries are inside the jar). Run from a classes folder (tests, IDE),
 * the folder's files are hashed and the library jars named.
 */
public final class GeneratorIdentity {

    private static String current;

    private GeneratorIdentity() {}

    public static synchronized String current() {
        if (current == null) {
            current = compute();
        }
        return current;
    }

    private static String compute() {
        MessageDigest md5 = Digest.start();
        try {
            var source = GeneratorIdentity.class.getProtectionDomain().getCodeSource();
            Path code = source == null ? null : Path.of(source.getLocation().toURI());
            if (code != null && Files.isRegularFile(code)) {
                try (ZipFile jar = new ZipFile(code.toFile())) {
                    jar.stream()
                            .forEach(
                                    e -> {
                                        md5.update(e.getName().getBytes(StandardCharsets.UTF_8));
                                        md5.update(
                                                Long.toString(e.getCrc())
                                                        .getBytes(StandardCharsets.US_ASCII));
                                    });
                }
            } else if (code != null && Files.isDirectory(code)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(code)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    md5.update(code.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    md5.update(Files.readAllBytes(f));
                }
                md5.update(
                        System.getProperty("java.class.path", "").getBytes(StandardCharsets.UTF_8));
            } else {
                return "unknown-" + System.nanoTime(); // nothing to compare: never the same twice
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return "unknown-" + System.nanoTime();
        }
        return HexFormat.of().formatHex(md5.digest());
    }
}
