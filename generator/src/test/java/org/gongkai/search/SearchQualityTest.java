package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;

/**
 * Known-item search on a make-corpus column of 2,000 documents: 50 queries cut from titles (4–8
 * characters) must put their document in the top 5 at least 95% of the time, on the server and in
 * the browser's ranking, and the two top-10 lists must overlap at least 80% on average.
 *
 * <p>make-corpus titles are templates, so many documents share a title and most substrings of a
 * title occur in dozens of others; no engine can tell those apart. A query is therefore taken only
 * from a document whose title is unique, and is the first 4–8 character substring (random start and
 * length, fixed seed) that occurs in at most 3 titles — a query that names the item, as a
 * resident's would.
 */
class SearchQualityTest {

    static final int QUERIES = 50;

    @Test
    void knownItemQueriesFindTheirDocumentInTheTopFiveOnBothSides() throws IOException {
        Path site = Repo.corpusSite(2000);
        Map<String, String> queries = knownItems(site);
        assertTrue(
                queries.size() >= QUERIES,
                "only " + queries.size() + " known-item queries could be made");
        List<KnownItemRun> runs = KnownItemRun.of(site, queries);
        List<String> misses = new ArrayList<>();
        for (KnownItemRun r : runs) {
            if (!r.luceneFound()) {
                misses.add("lucene " + r.query() + " → " + r.want() + " not in " + r.lucene());
            }
            if (!r.staticFound()) {
                misses.add("static " + r.query() + " → " + r.want() + " not in " + r.browser());
            }
        }
        double lucene5 = KnownItemRun.rate(runs, KnownItemRun::luceneFound);
        double static5 = KnownItemRun.rate(runs, KnownItemRun::staticFound);
        double meanOverlap = KnownItemRun.meanOverlap(runs);
        System.out.printf(
                "known-item success@5: lucene %.2f, static %.2f; top-10 overlap %.2f%n",
                lucene5, static5, meanOverlap);
        assertTrue(lucene5 >= 0.95, "lucene success@5 " + lucene5 + " " + misses);
        assertTrue(static5 >= 0.95, "static success@5 " + static5 + " " + misses);
        assertTrue(meanOverlap >= 0.80, "top-10 overlap " + meanOverlap);
    }

    /** query → the id of the document it names. */
    static Map<String, String> knownItems(Path site) throws IOException {
        List<String[]> docs = new ArrayList<>();
        try (DirectoryReader r =
                DirectoryReader.open(FSDirectory.open(site.resolve(SearchIndexer.LUCENE_FOLDER)))) {
            StoredFields stored = r.storedFields();
            for (int i = 0; i < r.maxDoc(); i++) {
                var d = stored.document(i);
                docs.add(new String[] {d.get(SearchSchema.ID), d.get(SearchSchema.TITLE)});
            }
        }
        Map<String, Integer> titleCount = new LinkedHashMap<>();
        docs.forEach(d -> titleCount.merge(d[1], 1, Integer::sum));
        Random random = new Random(20261128);
        Map<String, String> out = new LinkedHashMap<>();
        List<String[]> shuffled = new ArrayList<>(docs);
        Collections.shuffle(shuffled, random);
        for (String[] d : shuffled) {
            if (out.size() == QUERIES) {
                break;
            }
            String title = d[1];
            if (titleCount.get(title) != 1 || title.length() < 4) {
                continue;
            }
            for (int attempt = 0; attempt < 40; attempt++) {
                int len = 4 + random.nextInt(Math.min(8, title.length()) - 3);
                int start = random.nextInt(title.length() - len + 1);
                String q = title.substring(start, start + len);
                if (Analysis.terms(q).isEmpty() || out.containsKey(q)) {
                    continue;
                }
                long holders = docs.stream().filter(x -> x[1].contains(q)).count();
                if (holders <= 3) {
                    out.put(q, d[0]);
                    break;
                }
            }
        }
        return out;
    }
}
