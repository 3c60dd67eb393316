package org.gongkai.publish;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A {@code .gz} beside every text file ({@link OutputTree} writes it with the file), so nginx
 * ({@code gzip_static on}) and most static hosts send the compressed bytes without compressing on
 * every request. The gzip header carries no time stamp and no file name, so the same site gives the
 * same bytes on every build.
 *
 * <p>No Brotli: the only maintained Java encoder on Maven Central (brotli4j) is JNI with a native
 * library per platform, which a Maven plugin and a plain {@code java -jar} would have to load from
 * the jar; gzip is understood by every browser an elderly resident's phone runs.
 */
public final class Precompressed {

    /**
     * The file kinds that are text and compress well; images, PDFs and fonts are compressed
     * already.
     */
    public static final Set<String> TEXT_EXTENSIONS =
            Set.of("html", "css", "js", "json", "xml", "csv", "txt", "svg", "webmanifest");

    private Precompressed() {}

    public static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0
                && TEXT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The gzip member header (RFC 1952): deflate, no flags, MTIME 0, no extra flags, OS 255
     * (unknown).
     */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 255};

    /**
     * One deflater per thread, reset between files. {@link GZIPOutputStream} makes a new native
     * zlib stream for every file (a few hundred kilobytes allocated, cleared and freed), which cost
     * more than the compressing itself over 20,000 pages.
     */
    private static final ThreadLocal<Deflater> DEFLATER =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION, true));

    /**
     * gzip at zlib's default level (6; level 9 cost 0.15 CPU-s more over a 10,000-document site for
     * 0.2 % smaller files, its pages being too short for the longer search to pay) with a fixed
     * header (MTIME 0, no FNAME, OS byte 255, which otherwise differs between JDK releases): the
     * output depends on the input only. The same bytes as {@link GZIPOutputStream} writes, with the
     * member's header and trailer (CRC-32, size) written here around a raw deflate stream.
     */
    public static byte[] gzip(byte[] data) {
        return gzip(data, data.length);
    }

    /** As {@link #gzip(byte[])}, of {@code data[0, length)}. */
    public static byte[] gzip(byte[] data, int length) {
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setInput(data, 0, length);
        deflater.finish();
        byte[] out = BUFFER.get();
        if (out.length < length / 2 + 64) {
            out = new byte[length / 2 + 64];
        }
        System.arraycopy(HEADER, 0, out, 0, HEADER.length);
        int size = HEADER.length;
        while (!deflater.finished()) {
            if (size == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            size += deflater.deflate(out, size, out.length - size);
        }
        if (out.length <= MAX_KEPT) {
            BUFFER.set(out);
        }
        CRC32 crc = new CRC32();
        crc.update(data, 0, length);
        byte[] gz = Arrays.copyOf(out, size + 8);
        writeIntLittleEndian(gz, size, (int) crc.getValue());
        writeIntLittleEndian(gz, size + 4, length);
        return gz;
    }

    /**
     * Where each thread deflates before the result is cut to size: a fresh 64 KB buffer and a
     * growing stream per file were 280 MB of garbage over a 10,000-document site. A buffer grown
     * past {@link #MAX_KEPT} for one large file is not kept.
     */
    private static final ThreadLocal<byte[]> BUFFER =
            ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    private static final int MAX_KEPT = 1 << 20;

    private static void writeIntLittleEndian(byte[] out, int at, int v) {
        out[at] = (byte) v;
        out[at + 1] = (byte) (v >>> 8);
        out[at + 2] = (byte) (v >>> 16);
        out[at + 3] = (byte) (v >>> 24);
    }
}
