package org.gongkai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.site.SiteModel;

/** Paths into the repository and the shared folder, and sample sites built once per test JVM. */
public final class Repo {

    /** The date every test builds "as of", so results never depend on the day tests run. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    private static final Map<String, Path> BUILT = new ConcurrentHashMap<>();

    private Repo() {}

    public static Path root() {
        return Path.of(System.getProperty("gongkai.repo", "..")).toAbsolutePath().normalize();
    }

    /** The sample content, loaded and checked as of {@link #AS_OF}. */
    public static SiteModel sampleModel() {
        try {
            return SiteBuilder.check(
                            BuildConfig.of(content(), content().resolveSibling("site"), AS_OF))
                    .model();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path content() {
        return root().resolve("content");
    }

    /** ../shared beside the repository, as laid out for developers and CI. */
    public static Path shared() {
        Path p = root().resolveSibling("shared");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("shared/ not found beside the repository at " + p);
        }
        return p;
    }

    /** The sample content built once into a temporary site folder. */
    public static Path sampleSite() {
        return BUILT.computeIfAbsent("sample", k -> build(content()));
    }

    /** A corpus made by shared/bench/make-corpus, generated and built once per JVM. */
    public static Path corpusSite(int documents) {
        return BUILT.computeIfAbsent("corpus-" + documents, k -> build(corpus(documents)));
    }

    public static Path corpus(int documents) {
        try {
            Path dir = Files.createTempDirectory("gongkai-corpus-" + documents + "-");
            Process p =
                    new ProcessBuilder(
                                    "python3",
                                    shared().resolve("bench/make-corpus").toString(),
                                    String.valueOf(documents),
                                    dir.resolve("content").toString())
                            .redirectErrorStream(true)
                            .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("make-corpus failed: " + out);
            }
            return dir.resolve("content");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path build(Path content) {
        try {
            Path out = Files.createTempDirectory("gongkai-site-").resolve("site");
            BuildResult r = SiteBuilder.build(BuildConfig.of(content, out, AS_OF));
            if (!r.written()) {
                throw new IllegalStateException("build of " + content + " failed: " + r.findings());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
