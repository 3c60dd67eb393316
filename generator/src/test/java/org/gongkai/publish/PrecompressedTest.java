package org.gongkai.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecompressedTest {

    @Test
    void gzipHeaderCarriesNoTimeOrNameSoBuildsRepeat() throws IOException {
        byte[] text = "<p>安乐镇人民政府政府信息公开专栏</p>\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        byte[] a = Precompressed.gzip(text);
        byte[] b = Precompressed.gzip(text);
        assertArrayEquals(a, b);
        assertEquals(0x1f, a[0] & 0xff);
        assertEquals(0x8b, a[1] & 0xff);
        assertEquals(0, a[3], "no FNAME, FCOMMENT or FEXTRA flag");
        assertEquals(0, a[4] | a[5] | a[6] | a[7], "MTIME is zero");
        assertArrayEquals(text, gunzip(a));
        assertTrue(a.length < text.length / 5, "repetitive text compresses well");
    }

    @Test
    void sameBytesAsTheJdkGzipStreamForAnyInputAndThread() throws Exception {
        Random random = new Random(7);
        // the last three do not compress: the output outgrows the buffer, once beyond the size a
        // thread keeps
        int[] sizes = {0, 1, 100, 70_000, 300_000, 1000, 200_000, 3_000_000, 10};
        for (int k = 0; k < sizes.length; k++) {
            int size = sizes[k];
            byte[] text = new byte[size];
            if (k >= 6) {
                random.nextBytes(text);
            }
            for (int i = 0; i < size && k < 6; i++) {
                text[i] = (byte) "安乐镇<p>政务公开 ".charAt(random.nextInt(11));
            }
            ByteArrayOutputStream jdk = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(jdk)) {
                gz.write(text);
            }
            byte[] expected = jdk.toByteArray();
            expected[9] = (byte) 255;
            assertArrayEquals(expected, Precompressed.gzip(text), "size " + size);
            // the deflater is reused per thread: another file before must not leak into this one
            assertArrayEquals(expected, Precompressed.gzip(text), "size " + size + " again");
            byte[][] onOtherThread = new byte[1][];
            Thread t = new Thread(() -> onOtherThread[0] = Precompressed.gzip(text));
            t.start();
            t.join();
            assertArrayEquals(expected, onOtherThread[0]);
        }
    }

    @Test
    void writesGzBesideTextFilesOnly(@TempDir Path root) throws IOException {
        // the build's OutputTree compresses each text file as it writes it, attachments copied in
        // included
        Path attachment =
                Files.writeString(
                        root.resolveSibling(root.getFileName() + "-robots.txt"), "User-agent: *\n");
        OutputTree out = new OutputTree(root, true, new BrokenLinks.Targets("/"));
        out.write("index.html", "<!DOCTYPE html><title>首页</title>");
        out.write("assets/gongkai.0123456789.css", "body{font-size:18px}");
        out.copy(attachment, "robots.txt");
        out.write("assets/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        assertEquals(3, out.precompressed());

        assertArrayEquals(
                Files.readAllBytes(root.resolve("index.html")),
                gunzip(Files.readAllBytes(root.resolve("index.html.gz"))));
        assertTrue(Files.exists(root.resolve("assets/gongkai.0123456789.css.gz")));
        assertTrue(Files.exists(root.resolve("robots.txt.gz")));
        assertFalse(
                Files.exists(root.resolve("assets/logo.png.gz")), "images are compressed already");
        assertTrue(out.written().containsAll(Set.of("index.html.gz", "robots.txt.gz")));
    }

    @Test
    void textIsWrittenAsStringGetBytesWouldWriteIt(@TempDir Path root) throws IOException {
        // pages come as the renderer's buffer and are encoded through a buffer kept per thread: the
        // bytes must be String.getBytes's for any text — a large page, a lone surrogate ("?"),
        // four-byte characters — and the next, smaller page must not carry anything of the one
        // before
        StringBuilder large = new StringBuilder();
        for (int i = 0; i < 400_000; i++) {
            large.append(i % 7 == 0 ? "政务公开" : "<p>a&b</p>\n");
        }
        List<CharSequence> texts =
                List.of(
                        large,
                        "首页\uD800尾",
                        "𠀀𪚥 emoji 😀",
                        "<!DOCTYPE html><title>首页</title>",
                        "");
        OutputTree out = new OutputTree(root, true, new BrokenLinks.Targets("/"));
        for (int i = 0; i < texts.size(); i++) {
            out.write("p" + i + ".html", texts.get(i));
            byte[] expected = texts.get(i).toString().getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(
                    expected, Files.readAllBytes(root.resolve("p" + i + ".html")), "page " + i);
            assertArrayEquals(
                    expected,
                    gunzip(Files.readAllBytes(root.resolve("p" + i + ".html.gz"))),
                    "page " + i + ".gz");
        }
    }

    static byte[] gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
