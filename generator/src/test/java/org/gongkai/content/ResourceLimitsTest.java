package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.gongkai.build.CheckResult;
import org.gongkai.search.Analysis;
import org.gongkai.search.SearchQuery;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to exhaust time, stack or memory. Each one ends, within a few seconds, in a finding
 * or a rendered page; never a hang, a StackOverflowError or an OutOfMemoryError. The bounds are the
 * named constants in ContentLoader, YamlTree and MarkdownLimits, documented in the README.
 */
class ResourceLimitsTest {

    private static final Duration BOUND = Duration.ofSeconds(10);

    private static List<Finding> load(ContentTree t, String rule) {
        Content c = assertTimeoutPreemptively(BOUND, t::load);
        return c.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static String notice(String frontMatterExtra, String body) {
        return "---\ntitle: 通知\npublished: 2024-01-02\n" + frontMatterExtra + "---\n" + body;
    }

    /**
     * Bytes allocated by every live thread: a loader that reads a refused file whole would show
     * here.
     */
    private static long allocated() {
        var threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            sum += Math.max(0, threads.getThreadAllocatedBytes(id));
        }
        return sum;
    }

    /**
     * Every rule is linear in a paragraph: a paragraph without a full stop, of the largest size a
     * file may have, is checked in seconds. (promised-download once searched "anything, 下载,
     * anything" from every position, and a pasted 40,000-letter base64 word held a build for
     * minutes.)
     */
    @Test
    void everyRuleIsLinearInALongParagraphWithoutAFullStop() {
        String letters = "QUJD".repeat(250_000);
        String chinese = "安乐镇人民政府通知公告附件见".repeat(70_000);
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2024/letters.md",
                                "---\ntitle: 通知一\npublished: 2024-01-02\ndisclosure: 主动公开\n---\n"
                                        + letters
                                        + "\n")
                        .file(
                                "notices/2024/chinese.md",
                                "---\ntitle: 通知二\npublished: 2024-01-03\ndisclosure: 主动公开\n---\n"
                                        + chinese
                                        + "\n");
        CheckResult r = assertTimeoutPreemptively(Duration.ofSeconds(30), t::check);
        assertEquals(2, r.model().published().size(), r.findings()::toString);
    }

    @Test
    void deeplyNestedFlowYamlIsRefused() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        ContentTree t =
                ContentTree.create()
                        .file("notices/2024/deep.md", notice("a: " + deep + "\n", "正文\n"));
        List<Finding> f = load(t, "yaml-syntax");
        assertEquals(1, f.size(), f::toString);
        assertTrue(f.get(0).message().contains("嵌套"), f.get(0).message());
        assertTrue(f.get(0).where().line() >= 2 && f.get(0).where().line() <= 4, f.get(0).format());
    }

    @Test
    void deeplyNestedBlockYamlIsRefused() {
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            y.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        ContentTree t =
                ContentTree.create().file("notices/2024/deep.md", notice(y.toString(), "正文\n"));
        List<Finding> f = load(t, "yaml-syntax");
        assertEquals(1, f.size(), f::toString);
    }

    @Test
    void fiftyMegabyteMarkdownIsRefusedBySizeWithoutBeingRead() throws IOException {
        ContentTree t = ContentTree.create().file("notices/2024/huge.md", notice("", "正文\n"));
        Path file = t.root().resolve("notices/2024/huge.md");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024); // sparse: the loader must decide by size alone
        }
        long before = allocated();
        List<Finding> f = load(t, "file-too-large");
        long used = allocated() - before;
        assertEquals(1, f.size());
        assertTrue(
                f.get(0).message().contains("50 MB") && f.get(0).message().contains("4 MB"),
                f.get(0).message());
        assertTrue(
                used < 20L * 1024 * 1024,
                "loading a refused 50 MB file allocated " + used / 1024 / 1024 + " MB");
    }

    @Test
    void millionRowCsvIsRefusedByItsRowLimit() throws IOException {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "publicity/2024/big.md",
                                "---\ntitle: 低保公示\npublished: 2024-01-02\ndata: big.csv\n---\n正文\n");
        Path csv = t.root().resolve("publicity/2024/big.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("户主,金额\n");
            for (int i = 0; i < 1_000_000; i++) {
                w.write("张*,1\n");
            }
        }
        assertTrue(
                Files.size(csv) < ContentLoader.MAX_CSV_BYTES,
                "the row limit, not the byte limit, must catch it");
        List<Finding> f = load(t, "table-too-large");
        assertEquals(1, f.size(), f::toString);
        assertEquals(ContentLoader.MAX_CSV_ROWS + 2, f.get(0).where().line());
    }

    @Test
    void csvOverTheByteLimitIsRefusedBySize() throws IOException {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "publicity/2024/big.md",
                                "---\ntitle: 低保公示\npublished: 2024-01-02\ndata: big.csv\n---\n正文\n");
        Path csv = t.root().resolve("publicity/2024/big.csv");
        Files.writeString(csv, "户主,金额\n");
        try (RandomAccessFile raf = new RandomAccessFile(csv.toFile(), "rw")) {
            raf.setLength(ContentLoader.MAX_CSV_BYTES + 1);
        }
        long before = allocated();
        assertEquals(1, load(t, "table-too-large").size());
        assertTrue(allocated() - before < 8L * 1024 * 1024);
    }

    @Test
    void csvAttachmentOverTheByteLimitIsRefusedBySize() throws IOException {
        // every published CSV is read whole to guard its cells against spreadsheet formulas
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2024/n.md",
                                "---\ntitle: 名单\npublished: 2024-01-02\nattachments: [{file: big.csv, title: 名单}]\n---\n正文\n");
        Path csv = t.root().resolve("notices/2024/big.csv");
        Files.writeString(csv, "户主,金额\n");
        try (RandomAccessFile raf = new RandomAccessFile(csv.toFile(), "rw")) {
            raf.setLength(ContentLoader.MAX_CSV_BYTES + 1);
        }
        long before = allocated();
        List<Finding> f = load(t, "table-too-large");
        assertEquals(1, f.size());
        assertEquals("notices/2024/n.md:4:15", f.get(0).where().toString());
        assertTrue(allocated() - before < 8L * 1024 * 1024);
    }

    @Test
    void tenThousandNestedBlockquotesAreRefusedNotOverflowed() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2024/q.md",
                                notice("", "正文\n\n" + ">".repeat(10_000) + " 深\n"));
        List<Finding> f = load(t, "markdown-too-deep");
        assertEquals(1, f.size());
        assertEquals(7, f.get(0).where().line());
    }

    @Test
    void deeplyNestedListsAreRefused() {
        StringBuilder indented = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            indented.append("  ".repeat(i)).append("- 第").append(i).append("层\n");
        }
        for (String body :
                List.of(
                        "- ".repeat(10_000) + "x\n",
                        "1. ".repeat(5_000) + "x\n",
                        "> - ".repeat(5_000) + "x\n",
                        indented.toString())) {
            ContentTree t = ContentTree.create().file("notices/2024/l.md", notice("", body));
            assertEquals(1, load(t, "markdown-too-deep").size());
        }
    }

    @Test
    void nestingWithinTheLimitRenders() {
        String body =
                ">".repeat(MarkdownLimits.MAX_NESTING)
                        + " 深\n\n"
                        + "- ".repeat(MarkdownLimits.MAX_NESTING)
                        + "x\n";
        ContentTree t = ContentTree.create().file("notices/2024/q.md", notice("", body));
        Content c = assertTimeoutPreemptively(BOUND, t::load);
        assertEquals(List.of(), c.findings());
        assertTrue(c.documents().get(0).body().html().contains("深"));
    }

    @Test
    void longRunsOfEmphasisBackticksAndEscapesRenderWithinTheBound() {
        for (String body :
                List.of(
                        "*".repeat(50_000),
                        "*a ".repeat(30_000),
                        "_a **b ".repeat(10_000),
                        "`".repeat(50_000) + "a",
                        "`a``".repeat(20_000),
                        "\\".repeat(100_000),
                        "&#".repeat(50_000),
                        "[a] ".repeat(20_000),
                        "[a](b) ".repeat(10_000))) {
            ContentTree t = ContentTree.create().file("notices/2024/b.md", notice("", body + "\n"));
            Content c = assertTimeoutPreemptively(BOUND, t::load, () -> body.substring(0, 20));
            assertTrue(
                    c.findings().stream().noneMatch(Finding::isError),
                    () -> c.findings().toString());
            assertEquals(1, c.documents().size());
        }
    }

    @Test
    void longRunsOfOpenBracketsAndNestedImagesAreRefused() {
        for (String body :
                List.of(
                        "[".repeat(100_000),
                        "![".repeat(50_000),
                        "![".repeat(5_000) + "x" + "](a)".repeat(5_000),
                        "[".repeat(40_000) + "a" + "]".repeat(40_000))) {
            ContentTree t =
                    ContentTree.create()
                            .file("notices/2024/b.md", notice("", "正文\n\n" + body + "\n"));
            List<Finding> f = load(t, "markdown-too-deep");
            assertEquals(1, f.size(), () -> body.substring(0, 20));
            assertEquals(7, f.get(0).where().line());
        }
    }

    @Test
    void deeplyNestedEmphasisEndsInAFindingOrAPage() {
        // emphasis cannot be bounded by a pre-scan; the stack guard in the loader turns an overflow
        // into a finding
        for (int n : List.of(1_000, 20_000)) {
            String body = "*_".repeat(n) + "x" + "_*".repeat(n) + "\n";
            ContentTree t = ContentTree.create().file("notices/2024/em.md", notice("", body));
            Content c = assertTimeoutPreemptively(BOUND, t::load);
            assertTrue(
                    c.documents().size() == 1
                            || c.findings().stream()
                                    .anyMatch(f -> f.ruleId().equals("markdown-too-deep")),
                    c.findings()::toString);
        }
    }

    @Test
    void manyAngleBracketsInOneLongParagraphAreRefusedBeforeParsing() {
        // each < makes commonmark look ahead to the paragraph's end: unguarded, this takes minutes
        String body = ("<" + "x".repeat(99)).repeat(20_000) + "\n";
        for (String b :
                List.of(
                        body,
                        body.replace("<", "](").replace("x", "y"),
                        body.replace("<", "<!--"))) {
            ContentTree t =
                    ContentTree.create().file("notices/2024/lt.md", notice("", "第一段。\n\n" + b));
            List<Finding> f = load(t, "markdown-too-complex");
            assertEquals(1, f.size());
            assertEquals(7, f.get(0).where().line());
        }
    }

    @Test
    void lookAheadJustUnderTheLimitStillRendersInTime() {
        // 2,000 links in a 24,000-character paragraph: within MAX_LOOKAHEAD, and fast
        String para = "[链接](a.md)，说明文字".repeat(2_000) + "\n";
        ContentTree t = ContentTree.create().file("notices/2024/ok.md", notice("", para));
        Content c = assertTimeoutPreemptively(Duration.ofSeconds(5), t::load);
        assertEquals(List.of(), c.findings());
        assertEquals(2_000, c.documents().get(0).body().links().size());
    }

    @Test
    void worstCaseJustUnderTheLookAheadLimitRendersInTime() {
        // every opener at the start of the paragraph, as far from its end as the limit allows
        int openers = 500;
        String para =
                "<".repeat(openers)
                        + "x".repeat((int) (MarkdownLimits.MAX_LOOKAHEAD / openers) - openers - 10)
                        + "\n";
        ContentTree t = ContentTree.create().file("notices/2024/edge.md", notice("", para));
        Content c = assertTimeoutPreemptively(Duration.ofSeconds(5), t::load);
        assertEquals(List.of(), c.findings().stream().filter(Finding::isError).toList());
        ContentTree over =
                ContentTree.create().file("notices/2024/edge.md", notice("", "<" + para));
        assertEquals(1, load(over, "markdown-too-complex").size());
    }

    @Test
    void manyShortParagraphsWithBracketsAreFine() {
        String body = "见<附件>和[链接](a.md)。\n\n".repeat(20_000);
        ContentTree t = ContentTree.create().file("notices/2024/many.md", notice("", body));
        Content c = assertTimeoutPreemptively(BOUND, t::load);
        assertFalse(
                c.findings().stream().anyMatch(Finding::isError), () -> c.findings().toString());
    }

    @Test
    void largeTableRendersRowByRow() {
        StringBuilder table = new StringBuilder("| 户主 | 说明 |\n| --- | --- |\n");
        for (int i = 0; i < 5_000; i++) {
            table.append("| 张* | 见<附件>和[说明](a.md) |\n");
        }
        ContentTree t =
                ContentTree.create().file("notices/2024/table.md", notice("", table.toString()));
        Content c = assertTimeoutPreemptively(BOUND, t::load);
        assertFalse(
                c.findings().stream().anyMatch(Finding::isError), () -> c.findings().toString());
    }

    @Test
    void namesThatBecomeFoldersAreLimitedToOneHundredBytes() {
        String at = "村".repeat(33) + "a"; // 100 bytes in UTF-8
        String over = at + "a";
        ContentTree ok =
                ContentTree.create()
                        .file(
                                "notices/2024/a.md",
                                notice("id: " + at + "\nissuer: " + at + "\n", "正文\n"))
                        .file("publicity/2024/p.md", notice("village: " + at + "\n", "正文\n"));
        Content c = assertTimeoutPreemptively(BOUND, ok::load);
        assertEquals(List.of(), c.findings().stream().filter(Finding::isError).toList());
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2024/a.md",
                                notice("id: " + over + "\nissuer: " + over + "\n", "正文\n"))
                        .file("publicity/2024/p.md", notice("village: " + over + "\n", "正文\n"));
        assertEquals(
                List.of("notices/2024/a.md:4:1"),
                load(t, "id-invalid").stream().map(f -> f.where().toString()).toList());
        assertEquals(
                List.of("publicity/2024/p.md:4:1"),
                load(t, "folder-name-invalid").stream().map(f -> f.where().toString()).toList());
        ContentTree issuer =
                ContentTree.create()
                        .file("notices/2024/a.md", notice("issuer: " + over + "\n", "正文\n"));
        assertEquals(
                List.of("notices/2024/a.md:4:1"),
                load(issuer, "folder-name-invalid").stream()
                        .map(f -> f.where().toString())
                        .toList());
        assertTrue(load(t, "id-invalid").get(0).message().contains(OutputName.MAX_BYTES + " 字节"));
    }

    @Test
    void aMegabyteWordIsOneCutTermAndAThousandWordQueryKeepsItsFirst32() {
        String word = "A".repeat(1_000_000);
        List<String> terms = assertTimeoutPreemptively(BOUND, () -> Analysis.terms(word + " 低保"));
        assertEquals(List.of("a".repeat(Analysis.MAX_TERM_LENGTH), "低保"), terms);
        String words = String.join(" ", IntStream.range(0, 1_000).mapToObj(i -> "w" + i).toList());
        SearchQuery q = assertTimeoutPreemptively(BOUND, () -> SearchQuery.parse(words));
        assertTrue(q.cut());
        assertEquals(SearchQuery.MAX_TERMS, q.alternatives().get(0).required().size());
    }
}
