package org.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.testing.Repo;
import org.gongkai.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 公示 whose period ended more than {@code publicity: names_offline_after} days before the as-of
 * date: its names leave every byte of the site (pages, CSV, feed, 目录, static and Lucene search),
 * while a 公示 still inside the window keeps them. The golden fixture has one of each: 南岭村 ended
 * 2026-10-18, 东关村 runs to 2026-11-30.
 */
class PublicityNamesOfflineTest {

    static final Path GOLDEN = Repo.root().resolve("generator/src/test/resources/golden");
    static final String ENDED = "publicity/2026/gljt-2026-nanling";
    static final String RUNNING = "publicity/2026/dibao-2026-dongguan";

    @TempDir Path dir;

    @Test
    void endedPublicityLeavesNoNameInAnyOutputByte() throws IOException {
        Path content = copy();
        Path site = build(content, Repo.AS_OF, false);
        Map<String, byte[]> files = OutputScan.files(site);

        List<String> ended = names(content, ENDED);
        assertFalse(ended.isEmpty());
        assertEquals(List.of(), OutputScan.containing(files, ended));
        assertFalse(files.containsKey(ENDED + "/gljt-2026-nanling.csv"), "the data file is kept");
        String page = page(site, ENDED);
        assertTrue(page.contains("公示期已结束，名单已按规定撤下"), page);
        // the summary: rows per 村民小组 and the amount's total, from the table that is withheld
        assertTrue(page.contains("第一村民小组"), page);
        assertTrue(page.contains("4050"), page);

        List<String> running = names(content, RUNNING);
        assertTrue(
                running.stream().allMatch(n -> page(site, RUNNING).contains(n)),
                "a 公示 inside the window shows its names");
        assertTrue(files.containsKey(RUNNING + "/dibao-2026-dongguan.csv"));
    }

    @Test
    void theWindowIsSetInSiteYaml() throws IOException {
        Path content = copy();
        Path yaml = content.resolve("site.yaml");
        Files.writeString(
                yaml,
                Files.readString(yaml) + "publicity:\n  names_offline_after: 60\n",
                StandardCharsets.UTF_8);
        Path site = build(content, Repo.AS_OF, false);
        // 2026-10-18 + 60 days is after the as-of date: the names stay
        assertTrue(names(content, ENDED).stream().allMatch(n -> page(site, ENDED).contains(n)));
        assertTrue(Files.isRegularFile(site.resolve(ENDED + "/gljt-2026-nanling.csv")));
    }

    @Test
    void aWindowThatIsNotANumberOfDaysIsAnErrorAtItsLine() throws IOException {
        Path content = copy();
        Path yaml = content.resolve("site.yaml");
        int line = Files.readAllLines(yaml, StandardCharsets.UTF_8).size() + 1;
        Files.writeString(
                yaml,
                Files.readString(yaml) + "publicity:\n  names_offline_after: 一个月\n",
                StandardCharsets.UTF_8);
        BuildResult r = SiteBuilder.build(BuildConfig.of(content, dir.resolve("site"), Repo.AS_OF));
        assertTrue(
                r.findings().stream()
                        .anyMatch(
                                f ->
                                        f.ruleId().equals("site-config")
                                                && f.where().line() == line
                                                && f.message().contains("names_offline_after")),
                r.findings()::toString);
    }

    @Test
    void incrementalBuildTakesTheNamesDownWhenTheDatePassesTheThreshold() throws IOException {
        Path content = copy();
        // 2026-10-18 + 30 days = 2026-11-17, the last day the names are shown
        Path site = build(content, LocalDate.of(2026, 11, 17), true);
        List<String> ended = names(content, ENDED);
        assertTrue(ended.stream().allMatch(n -> page(site, ENDED).contains(n)));

        build(content, LocalDate.of(2026, 11, 18), true);
        assertEquals(List.of(), OutputScan.containing(OutputScan.files(site), ended));
        assertTrue(page(site, ENDED).contains("名单已按规定撤下"));
    }

    private Path copy() {
        Path content = dir.resolve("content");
        Trees.copy(GOLDEN.resolve("content"), content);
        return content;
    }

    private Path build(Path content, LocalDate asOf, boolean incremental) throws IOException {
        Path site = dir.resolve("site");
        BuildResult r =
                SiteBuilder.build(
                        BuildConfig.of(content, site, asOf)
                                .withThemes(GOLDEN.resolve("no-themes"))
                                .withIncremental(incremental));
        assertTrue(r.written(), r.findings()::toString);
        return site;
    }

    /** The 姓名 column of a fixture's CSV: the masked names, e.g. 郑*凤. */
    private static List<String> names(Path content, String doc) throws IOException {
        Path csv = content.resolve(doc + ".csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        int col = List.of(lines.get(0).split(",")).indexOf(nameColumn(lines.get(0)));
        return lines.stream().skip(1).map(l -> l.split(",")[col]).distinct().toList();
    }

    private static String nameColumn(String header) {
        for (String h : header.split(",")) {
            if (h.contains("姓名")) {
                return h;
            }
        }
        throw new AssertionError("no 姓名 column in " + header);
    }

    private static String page(Path site, String doc) {
        try {
            return Files.readString(site.resolve(doc + "/index.html"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
