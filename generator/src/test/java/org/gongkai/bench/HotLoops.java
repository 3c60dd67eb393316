package org.gongkai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.gongkai.content.Body;
import org.gongkai.content.MarkdownReader;
import org.gongkai.publish.BrokenLinks;
import org.gongkai.publish.Precompressed;
import org.gongkai.search.BigramAnalyzer;
import org.gongkai.search.SearchSchema;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-document inner loops of a build, one document at a time, on the seed work plan (a long,
 * real policy): Markdown to HTML with everything the checks need, the search analysis of its text,
 * the link scan and the gzip of a rendered page. Run with {@code generator/bench/jmh.sh}; a build's
 * progress lines say how much of each phase these loops are (documents × time per document against
 * the phase's CPU).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-XX:+UseSerialGC"})
public class HotLoops {

    private final MarkdownReader markdown = new MarkdownReader();
    private final BigramAnalyzer analyzer = new BigramAnalyzer();
    private final BrokenLinks.Targets links = new BrokenLinks.Targets("/");
    private String body;
    private String text;
    private String page;
    private byte[] pageBytes;

    @Setup
    public void read() throws IOException {
        Path repo = Path.of(System.getProperty("gongkai.repo", ".."));
        String file =
                Files.readString(
                        repo.resolve("content/policies/2022/anzhengfa-2022-32.md"),
                        StandardCharsets.UTF_8);
        body = file.substring(file.indexOf("\n---\n", 4) + 5);
        text = markdown.read("bench.md", body, 1).text();
        page =
                Files.readString(
                        Path.of(
                                System.getProperty(
                                        "bench.page",
                                        repo.resolve(
                                                        "generator/src/test/resources/golden/site/policies/2024/anzhengfa-2024-6/index.html")
                                                .toString())),
                        StandardCharsets.UTF_8);
        pageBytes = page.getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public Body markdownToHtml() {
        return markdown.read("bench.md", body, 1);
    }

    @Benchmark
    public int searchAnalysis() throws IOException {
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream(SearchSchema.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                n += term.length();
            }
            ts.end();
        }
        return n;
    }

    @Benchmark
    public void linkScan() {
        links.scan("policies/2022/anzhengfa-2022-32/index.html", page);
    }

    @Benchmark
    public byte[] gzipPage() {
        return Precompressed.gzip(pageBytes);
    }
}
