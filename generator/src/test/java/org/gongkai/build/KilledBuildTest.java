package org.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gongkai.publish.AtomicSite;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;

/**
 * A real `gongkai build` in a child JVM, killed with SIGKILL at random moments over a complete
 * site: afterwards site/ is, file for file, either the previous complete site or the complete new
 * one. The next build clears the half-written staging folder it left.
 */
class KilledBuildTest {

    private static final int KILLS = 5;

    @Test
    void aBuildKilledAtRandomLeavesACompleteSite() throws Exception {
        Path content = Repo.corpus(1000);
        Path out = content.resolveSibling("site");
        LocalDate dayA = Repo.AS_OF;
        LocalDate dayB =
                Repo.AS_OF.plusYears(1); // a different as-of changes validity and status pages

        long t0 = System.nanoTime();
        assertEquals(0, runToEnd(content, out, dayA));
        long normalMillis = (System.nanoTime() - t0) / 1_000_000;
        Map<String, String> siteA = manifest(out);
        Path refB = Files.createTempDirectory("gongkai-ref-").resolve("site");
        assertTrue(SiteBuilder.build(BuildConfig.of(content, refB, dayB)).written());
        Map<String, String> siteB = manifest(refB);
        assertTrue(!siteA.equals(siteB), "the two builds must be distinguishable");

        Random rnd = new Random(20261128);
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            Map<String, String> before = manifest(out);
            boolean towardsB = before.equals(siteA);
            Map<String, String> next = towardsB ? siteB : siteA;
            long delay = 100 + (long) (rnd.nextDouble() * Math.max(1, normalMillis - 100));
            Process p = start(content, out, towardsB ? dayB : dayA);
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            Map<String, String> after = Files.isDirectory(out) ? manifest(out) : null;
            if (after == null) {
                // killed between the two renames of the swap (a window of microseconds): the
                // previous site waits beside it and the next build puts it back
                assertTrue(
                        leftovers(out).stream().anyMatch(n -> n.startsWith(".gongkai-old-")),
                        "site/ vanished");
                AtomicSite_restore(out);
                after = manifest(out);
            }
            final Map<String, String> seen = after;
            assertTrue(
                    seen.equals(before) || seen.equals(next),
                    () ->
                            "after a kill site/ is neither the previous "
                                    + "nor the new complete site: "
                                    + diff(before, seen));
            outcomes.add(
                    delay
                            + "ms:"
                            + (finished ? "finished" : seen.equals(before) ? "kept" : "swapped"));
        }
        // a clean build afterwards recovers and leaves nothing behind
        assertEquals(0, runToEnd(content, out, dayA));
        assertEquals(siteA, manifest(out));
        assertEquals(List.of(), leftovers(out), outcomes::toString);
        System.out.println("killed builds (normal " + normalMillis + " ms): " + outcomes);
    }

    /** The next build's start is what restores a site left between the two renames. */
    private static void AtomicSite_restore(Path out) throws IOException {
        AtomicSite.begin(out).abandon();
    }

    private static List<String> leftovers(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.getParent())) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".gongkai-"))
                    .sorted()
                    .toList();
        }
    }

    private static Process start(Path content, Path out, LocalDate asOf) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.gongkai.cli.Main",
                        "build",
                        "--quiet",
                        "--content",
                        content.toString(),
                        "--out",
                        out.toString(),
                        "--as-of",
                        asOf.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static int runToEnd(Path content, Path out, LocalDate asOf) throws Exception {
        Process p = start(content, out, asOf);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "build did not finish");
        return p.exitValue();
    }

    static Map<String, String> manifest(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(SiteBuildTest.LUCENE)) {
                    continue; // Lucene's segment files carry a random id: the index is compared by
                    // content below
                }
                m.put(rel, HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        }
        Path lucene = root.resolve(SiteBuildTest.LUCENE);
        if (Files.isDirectory(lucene)) {
            m.put(
                    SiteBuildTest.LUCENE,
                    HexFormat.of()
                            .formatHex(
                                    sha.digest(
                                            String.join("\n", SiteBuildTest.luceneContent(lucene))
                                                    .getBytes(StandardCharsets.UTF_8))));
        }
        return m;
    }

    private static String diff(Map<String, String> expected, Map<String, String> actual) {
        List<String> d = new ArrayList<>();
        expected.forEach(
                (k, v) -> {
                    if (!v.equals(actual.get(k))) {
                        d.add(actual.containsKey(k) ? "changed " + k : "missing " + k);
                    }
                });
        actual.keySet().stream()
                .filter(k -> !expected.containsKey(k))
                .forEach(k -> d.add("extra " + k));
        return d.size() + " differences, e.g. " + d.subList(0, Math.min(5, d.size()));
    }
}
