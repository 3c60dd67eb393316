package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing of a non-public document may reach site/: build the sample content and scan every output
 * file (HTML, XML, JSON, CSV, search index pieces, gzip copies …) for the titles, 文号, ids, 索引号 and
 * a sentence of the body of the two non-public sample policies. JSON escapes and URL encoding are
 * scanned too, so an index that stores \\u escapes or a link that percent-encodes cannot hide a
 * leak.
 */
class LeakScanTest {

    static final List<String> SECRETS =
            List.of(
                    // 不予公开 (第十六条第二款)
                    "安乐镇人民政府关于南岭村土地综合整治项目实施中有关问题的报告",
                    "安政发〔2024〕11号",
                    "anzhengfa-2024-11",
                    "11371723004235384N/2024-00006",
                    "现将南岭村土地综合整治项目实施中有关问题报告如下",
                    "项目配套资金拨付进度需县有关部门协调",
                    // 依申请公开
                    "安乐镇人民政府办公室关于西河村集体经济组织财务审计发现问题整改情况的通报",
                    "安政办发〔2025〕7号",
                    "anzhengbanfa-2025-7",
                    "11371723004235384N/2025-00008",
                    "根据镇经济发展办公室对西河村股份经济合作社2024年度财务收支的审计结果",
                    "西河村已对相关项目补充履行村民代表会议表决程序");

    @Test
    void withheldDocumentAppearsInNoOutputFile() throws IOException {
        Path site = Repo.sampleSite();
        try (Stream<Path> walk = Files.walk(site)) {
            assertTrue(
                    walk.filter(Files::isRegularFile).count() > 50,
                    "the sample site is too small: was it built?");
        }
        assertEquals(List.of(), leaks(site));
    }

    @Test
    void scannerSeesSecretsEscapedEncodedAndCompressed(@TempDir Path dir) throws IOException {
        String secret = SECRETS.get(0);
        Files.writeString(
                dir.resolve("a.json"),
                "{\"t\":\"" + forms(secret).get(1).toUpperCase(Locale.ROOT) + "\"}");
        Files.writeString(
                dir.resolve("b.html"),
                "<a href=\"/s?q=" + forms(SECRETS.get(1)).get(2) + "\">x</a>");
        try (GZIPOutputStream gz =
                new GZIPOutputStream(Files.newOutputStream(dir.resolve("c.html.gz")))) {
            gz.write(("<p>" + SECRETS.get(4) + "</p>").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("d.html"), "<p>安乐镇人民政府关于做好秋季防火工作的通知</p>");
        assertEquals(
                List.of(
                        "a.json contains " + secret,
                        "b.html contains " + SECRETS.get(1),
                        "c.html.gz contains " + SECRETS.get(4)),
                leaks(dir));
    }

    static List<String> leaks(Path site) throws IOException {
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String text = read(file);
                String lower = text.toLowerCase(Locale.ROOT);
                for (String secret : SECRETS) {
                    if (forms(secret).stream()
                            .anyMatch(
                                    f ->
                                            text.contains(f)
                                                    || lower.contains(
                                                            f.toLowerCase(Locale.ROOT)))) {
                        leaks.add(site.relativize(file) + " contains " + secret);
                    }
                }
            }
        }
        return leaks;
    }

    /** The text as written, as a JSON string escaping non-ASCII, and percent-encoded. */
    static List<String> forms(String s) {
        StringBuilder json = new StringBuilder();
        for (char c : s.toCharArray()) {
            json.append(c < 128 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return List.of(s, json.toString(), URLEncoder.encode(s, StandardCharsets.UTF_8));
    }

    /**
     * Any file as text; gzip copies are unpacked, so a compressed page is scanned like the page.
     */
    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
