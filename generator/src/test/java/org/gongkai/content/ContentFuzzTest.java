package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Coverage-guided fuzzing (Jazzer) of the two doors hostile bytes come through: a content file's
 * bytes through the loader (encoding, front matter, YAML, typed reading, Markdown limits,
 * Markdown), and a Markdown body through the reader to HTML. Invariants: no exception (every
 * problem is a finding), no StackOverflowError or OutOfMemoryError, and HTML in which nothing can
 * run.
 *
 * <p>In the ordinary test run each target replays its stored inputs
 * (src/test/resources/org/gongkai/ content/ContentFuzzTestInputs/) as regression tests. To fuzz,
 * see the README (安全): {@code JAZZER_FUZZ=1}.
 */
class ContentFuzzTest {

    private static final ContentPath PATHS;
    private static final Path FILE;

    static {
        try {
            Path root = Files.createTempDirectory("gongkai-fuzz-").resolve("content");
            Files.createDirectories(root.resolve("notices/2024"));
            PATHS = new ContentPath(root);
            FILE = root.resolve("notices/2024/fuzz.md");
            // what the resolver must never hand out: a document's source, an outside file, a link
            // out
            Files.writeString(FILE, "---\ntitle: 源文件\n---\n");
            Files.writeString(root.resolve("notices/2024/a.pdf"), "%PDF-1.4\n");
            Path outside =
                    Files.createDirectories(root.resolveSibling("outside")).resolve("secret.txt");
            Files.writeString(outside, "secret");
            Files.createSymbolicLink(root.resolve("notices/2024/link.pdf"), outside);
            Files.createDirectories(root.resolve("notices/2024/x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final ContentLoader LOADER = new ContentLoader();
    private static final MarkdownReader READER = new MarkdownReader();

    @FuzzTest(maxDuration = "10s")
    void contentFileLoadsOrExplains(byte[] bytes) {
        if (bytes == null || bytes.length > 64 * 1024) {
            return; // size is refused before reading; the fuzzer's time is better spent on
            // structure
        }
        List<Finding> findings = new ArrayList<>();
        Optional<Document> doc =
                LOADER.fromBytes(PATHS, FILE, "notices/2024/fuzz.md", bytes, findings);
        for (Finding f : findings) {
            assertTrue(
                    f.where().file().equals("notices/2024/fuzz.md")
                            && f.where().line() >= 1
                            && f.where().column() >= 1,
                    f::format);
            assertFalse(f.message().isBlank());
        }
        // a document that loads has an inert body; a file that does not load says why
        doc.ifPresentOrElse(
                d -> assertInert(d.body().html()),
                () ->
                        assertTrue(
                                findings.stream().anyMatch(Finding::isError),
                                "a refused file must say why"));
    }

    @FuzzTest(maxDuration = "10s")
    void markdownRendersToInertHtml(String markdown) {
        if (markdown == null) {
            return; // Jazzer's mutator also tries null; a body is never null
        }
        if (MarkdownLimits.check("f.md", markdown, 1).isPresent()) {
            return; // refused with a finding before parsing
        }
        Body b = READER.read("f.md", markdown, 1);
        assertInert(b.html());
        for (Body.RawHtml raw : b.rawHtml()) {
            assertTrue(raw.where().line() >= 1);
        }
    }

    /**
     * The one resolver, fed any path an editor could write (for an attachment, a picture, a link):
     * it never throws, and what it lets through is a real path inside content/, never a Markdown
     * source, never a name the generator writes, never reached through a link out.
     */
    @FuzzTest(maxDuration = "10s")
    void pathResolverKeepsEveryPathInsideContent(String written) {
        if (written == null) {
            return;
        }
        Path dir = FILE.getParent();
        for (LinkTarget t :
                List.of(
                        PATHS.file(dir, written),
                        PATHS.image(dir, written),
                        PATHS.link(dir, written))) {
            if (t instanceof LinkTarget.File f) {
                Path p = f.path().toAbsolutePath().normalize();
                assertTrue(p.startsWith(PATHS.root()), () -> written + " → " + p);
                assertFalse(
                        p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"),
                        written);
                assertFalse(
                        ContentPath.GENERATED_NAMES.contains(
                                p.getFileName().toString().toLowerCase(Locale.ROOT)),
                        written);
                if (f.exists()) {
                    try {
                        assertTrue(
                                p.toRealPath().startsWith(PATHS.root().toRealPath()),
                                () -> written + " → outside");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            } else if (t instanceof LinkTarget.Refused r) {
                assertFalse(r.reason().isBlank());
            }
        }
    }

    /**
     * The CSV guard, fed any bytes: it never throws, a second pass changes nothing (what it
     * publishes is inert), no cell of its output is one a spreadsheet would evaluate, and taking
     * its quotes out again gives the input back (it only ever adds).
     */
    @FuzzTest(maxDuration = "10s")
    void csvGuardLeavesNoCellASpreadsheetWouldRun(byte[] csv) {
        if (csv == null) {
            return;
        }
        byte[] guarded = CsvCell.guard(csv);
        assertTrue(
                CsvCell.scan(guarded).isEmpty(), () -> "still evaluated: " + CsvCell.scan(guarded));
        assertTrue(
                Arrays.equals(guarded, CsvCell.guard(guarded)), "a second pass changed the output");
        assertTrue(
                guarded.length >= csv.length
                        && guarded.length - csv.length == CsvCell.scan(csv).size(),
                "one quote for each evaluated cell");
    }

    static final Set<String> URL_ATTRIBUTES =
            Set.of(
                    "href",
                    "src",
                    "action",
                    "formaction",
                    "xlink:href",
                    "poster",
                    "cite",
                    "background",
                    "longdesc",
                    "usemap",
                    "data",
                    "codebase",
                    "srcset");

    static void assertInert(String html) {
        var doc = Jsoup.parseBodyFragment(html);
        assertTrue(
                doc.select(
                                "script, iframe, frame, object, embed, svg, math, style, link, meta, base, form")
                        .isEmpty(),
                html);
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(
                        key.startsWith("on") || key.equals("style") || key.equals("srcdoc"), html);
                String v = SafeUrls.browserView(a.getValue()).toLowerCase(Locale.ROOT);
                // only attributes a browser follows as addresses can run a javascript: URL; an id
                // or alt that merely reads "javascript:" (a heading's anchor, found by the fuzzer)
                // is inert text
                if (URL_ATTRIBUTES.contains(key)) {
                    assertFalse(v.startsWith("javascript:") || v.startsWith("vbscript:"), html);
                }
                assertFalse(key.equals("href") && v.startsWith("data:"), html);
            }
        }
    }
}
