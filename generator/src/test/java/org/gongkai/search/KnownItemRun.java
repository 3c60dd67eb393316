package org.gongkai.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One known-item query (a document's distinctive words → that document) answered by the Lucene
 * index of record and by the static search the browser runs, top 10 of each: what the quality test
 * asserts, the benchmark reports and the report prints rank by rank.
 */
record KnownItemRun(String query, String want, List<String> lucene, List<String> browser) {

    /**
     * Every query of {@code items} (query → wanted document id) on both sides of the built {@code
     * site}.
     */
    static List<KnownItemRun> of(Path site, Map<String, String> items) throws IOException {
        List<String> queries = new ArrayList<>(items.keySet());
        List<JsonNode> answers = StaticSearch.run(site, queries, 10);
        List<KnownItemRun> out = new ArrayList<>();
        try (SearchService service = SearchService.open(site)) {
            for (int i = 0; i < queries.size(); i++) {
                List<String> browser = new ArrayList<>();
                answers.get(i).get("ids").forEach(n -> browser.add(n.asText()));
                out.add(
                        new KnownItemRun(
                                queries.get(i),
                                items.get(queries.get(i)),
                                service.search(queries.get(i), 10).stream()
                                        .map(SearchService.Hit::id)
                                        .toList(),
                                browser));
            }
        }
        return out;
    }

    boolean luceneFound() {
        return inTopFive(lucene);
    }

    boolean staticFound() {
        return inTopFive(browser);
    }

    private boolean inTopFive(List<String> ids) {
        int rank = ids.indexOf(want);
        return rank >= 0 && rank < 5;
    }

    /** Documents both top-10 lists share, over the longer list (1 when both are empty). */
    double overlap() {
        Set<String> common = new HashSet<>(lucene);
        common.retainAll(browser);
        int size = Math.max(lucene.size(), browser.size());
        return size == 0 ? 1.0 : (double) common.size() / size;
    }

    /** The share of {@code runs} that {@code found} holds for: success@5. */
    static double rate(List<KnownItemRun> runs, Predicate<KnownItemRun> found) {
        return (double) runs.stream().filter(found).count() / runs.size();
    }

    static double meanOverlap(List<KnownItemRun> runs) {
        return runs.stream().mapToDouble(KnownItemRun::overlap).average().orElse(1);
    }
}
