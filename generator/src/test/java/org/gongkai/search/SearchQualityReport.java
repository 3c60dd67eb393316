package org.gongkai.search;

import java.nio.file.Path;
import java.util.List;

/**
 * The known-item figures of {@link SearchQualityTest} on any built site, query by query, without a
 * browser (not a test: no @Test). The static side is the site's own search.js run in Node.
 *
 * <pre>
 * java -cp generator/target/gongkai.jar:generator/target/test-classes org.gongkai.search.SearchQualityReport SITE_DIR
 * </pre>
 */
public final class SearchQualityReport {

    private SearchQualityReport() {}

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        List<KnownItemRun> runs = KnownItemRun.of(site, SearchQualityTest.knownItems(site));
        for (KnownItemRun r : runs) {
            System.out.printf(
                    "%-12s lucene rank %2d, static rank %2d, overlap %.1f%s%n",
                    r.query(),
                    r.lucene().indexOf(r.want()) + 1,
                    r.browser().indexOf(r.want()) + 1,
                    r.overlap(),
                    r.luceneFound() && !r.staticFound() ? "   <-- static miss" : "");
        }
        System.out.printf(
                "known-item success@5 (%d queries): Lucene %.2f, static %.2f; top-10 overlap %.2f%n",
                runs.size(),
                KnownItemRun.rate(runs, KnownItemRun::luceneFound),
                KnownItemRun.rate(runs, KnownItemRun::staticFound),
                KnownItemRun.meanOverlap(runs));
    }
}
