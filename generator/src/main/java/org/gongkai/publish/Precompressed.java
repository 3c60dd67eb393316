package org.gongkai.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A {@code .gz} beside every text file, so nginx ({@code gzip_static on}) and most static hosts send the
 * compressed bytes without compressing on every request. The gzip header carries no time stamp and no
 * file name, so the same site gives the same bytes on every build.
 *
 * <p>No Brotli: the only maintained Java encoder on Maven Central (brotli4j) is JNI with a native library
 * per platform, which a Maven plugin and a plain {@code java -jar} would have to load from the jar; gzip
 * at level 9 is understood by every browser an elderly resident's phone runs.
 */
public final class Precompressed {

    /** The file kinds that are text and compress well; images, PDFs and fonts are compressed already. */
    public static final Set<String> TEXT_EXTENSIONS = Set.of("html", "css", "js", "json", "xml", "csv", "txt", "svg",
            "webmanifest");

    private Precompressed() {
    }

    /** @return how many {@code .gz} files were written */
    public static int writeAll(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(Precompressed::isText).toList();
        }
        files.parallelStream().forEach(f -> {
            try {
                Files.write(f.resolveSibling(f.getFileName() + ".gz"), gzip(Files.readAllBytes(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return files.size();
    }

    public static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** gzip at the best level with a fixed header (MTIME 0, no FNAME): the output depends on the input only. */
    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(data.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] out = bytes.toByteArray();
        // java.util.zip already writes MTIME 0; pin the OS byte too, which differs between JDK releases
        out[9] = (byte) 255;
        return out;
    }
}
