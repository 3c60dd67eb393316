package org.gongkai.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.publish.OutputTree;
import org.gongkai.publish.SearchFiles;

/**
 * The platform's search export alone, over a built platform {@code OUT} (what {@code
 * PlatformBuilder} runs after the columns): for measuring the unified search at 200,000 documents
 * without building the columns again. Replaces {@code OUT/search/manifest.json} and {@code
 * OUT/search/data/} (removed first, so a hard-linked copy of another build stays untouched).
 *
 * <pre>
 * mvn -q -o test-compile -pl generator && java -cp "$(cat cp.txt):generator/target/classes:generator/target/test-classes" \
 *   org.gongkai.search.PlatformExportRun OUT
 * </pre>
 */
final class PlatformExportRun {

    private PlatformExportRun() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        JsonNode manifest =
                new ObjectMapper().readTree(root.resolve("search/manifest.json").toFile());
        List<PlatformSearch.Column> columns = new ArrayList<>();
        manifest.get("columns")
                .forEach(
                        c ->
                                columns.add(
                                        new PlatformSearch.Column(
                                                c.get("id").asText(),
                                                c.get("name").asText(),
                                                c.get("kind").asText())));
        Files.delete(root.resolve("search/manifest.json"));
        Files.deleteIfExists(root.resolve("search/manifest.json.gz"));
        try (Stream<Path> old = Files.walk(root.resolve("search/data"))) {
            for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        long t0 = System.nanoTime();
        StaticIndex.Export e =
                PlatformSearch.write(root, columns, SearchFiles.fresh(new OutputTree(root)));
        System.out.printf(
                "%d columns: %d shards, %d terms, %d files, %d bytes, %.1f s%n",
                columns.size(),
                e.shards(),
                e.terms(),
                e.written(),
                e.bytes(),
                (System.nanoTime() - t0) / 1e9);
    }
}
