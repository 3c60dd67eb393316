package org.gongkai.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The known-item figures of {@link SearchQualityTest} on any built site, query by query, without a browser
 * (not a test: no @Test). The static side is the site's own search.js run in Node.
 *
 * <pre>
 * java -cp generator/target/gongkai.jar:generator/target/test-classes org.gongkai.search.SearchQualityReport SITE_DIR
 * </pre>
 */
public final class SearchQualityReport {

    private SearchQualityReport() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        Map<String, String> items = SearchQualityTest.knownItems(site);
        List<String> qs = new ArrayList<>(items.keySet());
        List<JsonNode> stat = StaticSearch.run(site, qs, 10);
        int lucene = 0;
        int browser = 0;
        double overlap = 0;
        try (SearchService service = SearchService.open(site)) {
            for (int i = 0; i < qs.size(); i++) {
                String want = items.get(qs.get(i));
                List<String> l = service.search(qs.get(i), 10).stream().map(SearchService.Hit::id).toList();
                List<String> s = new ArrayList<>();
                stat.get(i).get("ids").forEach(n -> s.add(n.asText()));
                int lr = l.indexOf(want);
                int sr = s.indexOf(want);
                lucene += lr >= 0 && lr < 5 ? 1 : 0;
                browser += sr >= 0 && sr < 5 ? 1 : 0;
                Set<String> common = new HashSet<>(l);
                common.retainAll(s);
                double o = Math.max(l.size(), s.size()) == 0 ? 1 : (double) common.size() / Math.max(l.size(), s.size());
                overlap += o;
                System.out.printf("%-12s lucene rank %2d, static rank %2d, overlap %.1f%s%n", qs.get(i), lr + 1, sr + 1, o,
                        lr < 5 && (sr < 0 || sr >= 5) ? "   <-- static miss" : "");
            }
        }
        System.out.printf("known-item success@5 (%d queries): Lucene %.2f, static %.2f; top-10 overlap %.2f%n", qs.size(),
                (double) lucene / qs.size(), (double) browser / qs.size(), overlap / qs.size());
    }
}
