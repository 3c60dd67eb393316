package org.gongkai.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
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
        assertTrue(a.length < text.length / 5, "repetitive text compresses well at level 9");
    }

    @Test
    void writesGzBesideTextFilesOnly(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("assets"));
        Files.writeString(root.resolve("index.html"), "<!DOCTYPE html><title>首页</title>");
        Files.writeString(root.resolve("assets/gongkai.0123456789.css"), "body{font-size:18px}");
        Files.writeString(root.resolve("robots.txt"), "User-agent: *\n");
        Files.write(root.resolve("assets/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        assertEquals(3, Precompressed.writeAll(root));

        assertArrayEquals(Files.readAllBytes(root.resolve("index.html")), gunzip(Files.readAllBytes(root.resolve("index.html.gz"))));
        assertTrue(Files.exists(root.resolve("assets/gongkai.0123456789.css.gz")));
        assertTrue(Files.exists(root.resolve("robots.txt.gz")));
        assertFalse(Files.exists(root.resolve("assets/logo.png.gz")), "images are compressed already");
    }

    static byte[] gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
