package org.gongkai.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gongkai.testing.Repo;

/** Runs the site's own search.js ranking in Node via generator/bench/static-search.js. */
final class StaticSearch {

    private StaticSearch() {}

    static List<JsonNode> run(Path site, List<String> queries, int limit) throws IOException {
        Process p =
                new ProcessBuilder(
                                "node",
                                Repo.root().resolve("generator/bench/static-search.js").toString(),
                                site.toString(),
                                "--limit",
                                String.valueOf(limit))
                        .redirectErrorStream(false)
                        .start();
        try (var in = p.getOutputStream()) {
            in.write(String.join("\n", queries).getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("static-search.js failed: " + err);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<JsonNode> answers = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                answers.add(json.readTree(line));
            }
        }
        if (answers.size() != queries.size()) {
            throw new IllegalStateException(
                    "expected " + queries.size() + " answers, got " + out + err);
        }
        return answers;
    }
}
