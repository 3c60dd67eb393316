package org.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.publish.OutputTree;
import org.gongkai.render.SiteRenderer;
import org.gongkai.render.Theme;
import org.gongkai.search.SiteSearch;
import org.gongkai.testing.ContentTree;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** Reads a built site whole and says what in it could run, leak or fail to parse. */
final class OutputScan {

    private OutputScan() {}

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                byte[] bytes = Files.readAllBytes(p);
                String name = root.relativize(p).toString().replace('\\', '/');
                if (name.endsWith(".gz")) {
                    // precompressed copies are scanned as what the browser receives, not as
                    // deflated bytes
                    try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                        bytes = in.readAllBytes();
                    }
                }
                files.put(name, bytes);
            }
        }
        return files;
    }

    /**
     * Every file (any type, Lucene segments included) whose bytes contain a needle's UTF-8 bytes.
     */
    static List<String> containing(Map<String, byte[]> files, List<String> needles) {
        List<String> hits = new ArrayList<>();
        for (var e : files.entrySet()) {
            for (String n : needles) {
                if (indexOf(e.getValue(), n.getBytes(StandardCharsets.UTF_8)) >= 0) {
                    hits.add(e.getKey() + " contains " + n);
                }
            }
        }
        return hits;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * What in the HTML pages could run: a script that is not the theme's own external file, any
     * event handler attribute, any javascript: or vbscript: address, a frame, object or embed.
     */
    static List<String> activeContent(Map<String, byte[]> files) {
        List<String> out = new ArrayList<>();
        files.forEach(
                (name, bytes) -> {
                    if (!name.endsWith(".html")) {
                        return;
                    }
                    var doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
                    for (Element s : doc.select("script")) {
                        // the theme's own files: relative, or from the site's root path (404.html);
                        // never inline, never foreign
                        if (!s.attr("src")
                                        .matches(
                                                "((\\.\\./)*|/([^/:]+/)*)assets/[A-Za-z0-9._-]+\\.js")
                                || !s.html().isBlank()) {
                            out.add(name + ": script " + s.outerHtml());
                        }
                    }
                    for (Element e :
                            doc.select(
                                    "iframe, frame, object, embed, svg script, base, form[action^=http]")) {
                        out.add(name + ": " + e.tagName());
                    }
                    for (Element e : doc.getAllElements()) {
                        for (Attribute a : e.attributes()) {
                            String key = a.getKey().toLowerCase(Locale.ROOT);
                            String v =
                                    a.getValue()
                                            .replaceAll("[\\s\\x00-\\x1f]", "")
                                            .toLowerCase(Locale.ROOT);
                            if (key.startsWith("on")
                                    || v.startsWith("javascript:")
                                    || v.startsWith("vbscript:")
                                    || (key.equals("href") && v.startsWith("data:"))) {
                                out.add(name + ": " + e.tagName() + " " + key + "=" + a.getValue());
                            }
                        }
                    }
                });
        return out;
    }

    /**
     * Renders a content tree's model even when checks refuse it, so a test can show that the
     * renderer itself escapes and withholds, not only the checks in front of it.
     */
    static Map<String, byte[]> renderRegardless(ContentTree t) throws Exception {
        CheckResult checked = t.check();
        Path out = Files.createTempDirectory("gongkai-forced-");
        new SiteRenderer(Theme.load(Optional.empty()), t.root().toAbsolutePath().normalize())
                .render(checked.model(), new OutputTree(out));
        SiteSearch.write(checked.model(), new OutputTree(out), line -> {});
        return files(out);
    }

    /** Every .xml file parses as well-formed XML (no DTDs or external entities are followed). */
    static void assertXmlWellFormed(Map<String, byte[]> files) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        int seen = 0;
        for (var e : files.entrySet()) {
            if (e.getKey().endsWith(".xml")) {
                f.newDocumentBuilder().parse(new ByteArrayInputStream(e.getValue()));
                seen++;
            }
        }
        assertEquals(true, seen >= 2, "feed.xml and sitemap.xml expected");
    }

    /** Every .json file parses, and gives back the strings it holds. */
    static List<String> jsonStrings(Map<String, byte[]> files) throws IOException {
        var mapper = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (var e : files.entrySet()) {
            if (e.getKey().endsWith(".json")) {
                collect(mapper.readTree(e.getValue()), out);
            }
        }
        return out;
    }

    private static void collect(JsonNode n, List<String> out) {
        if (n.isTextual()) {
            out.add(n.asText());
        }
        n.forEach(c -> collect(c, out));
        n.fieldNames().forEachRemaining(out::add);
    }
}
