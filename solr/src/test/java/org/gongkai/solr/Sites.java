package org.gongkai.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuilder;

/** Sites the tests push: built with the generator, as `gongkai build` would. */
final class Sites {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    private Sites() {}

    static Path shared() {
        return SolrCluster.repo().resolveSibling("shared");
    }

    /**
     * The 3,000 real texts as a content folder (shared/bench/real-to-content), naming a Solr
     * endpoint.
     */
    static Path realContent() throws IOException, InterruptedException {
        Path content = Files.createTempDirectory("gongkai-real-").resolve("content");
        run("python3", shared().resolve("bench/real-to-content").toString(), content.toString());
        nameSolr(content.resolve("site.yaml"));
        return content;
    }

    /**
     * Adds search_solr to a site.yaml or platform.yaml, so the build writes the publish manifest.
     */
    static void nameSolr(Path yaml) throws IOException {
        Files.writeString(yaml, "\nsearch_solr: /solr/zcwjk/select\n", StandardOpenOption.APPEND);
    }

    static Path build(Path content) throws IOException {
        Path out = Files.createTempDirectory("gongkai-site-").resolve("site");
        BuildResult r =
                SiteBuilder.build(
                        BuildConfig.of(content, out, AS_OF)
                                .withThemes(SolrCluster.repo().resolve("themes")));
        if (!r.written()) {
            throw new IllegalStateException("build of " + content + " failed: " + r.findings());
        }
        return out;
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }
}
