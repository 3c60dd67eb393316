package org.gongkai.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Server-side search over the Lucene index in a built site: the same analysis, the same BM25 with
 * the same boosts and the same phrase bonus as search.js, so {@code gongkai search}, the preview
 * server's {@code /search?q=} and the browser agree on the top hits. Thread-safe once opened.
 */
public final class SearchService implements Closeable {

    /**
     * One hit. {@code url} is relative to the site root (documents end in index.html). Jackson
     * writes it as one JSON object with the components' names, in this order: the one form {@code
     * gongkai search --json} and the preview's {@code /search} both print.
     */
    public record Hit(String id, String title, String url, String docNumber, float score) {}

    /**
     * Hits in rank order, and how many documents matched in all.
     *
     * @param cut whether the query was longer than {@link SearchQuery#MAX_TERMS} terms and only its
     *     start was searched for: say {@link SearchQuery#CUT_NOTE}
     */
    public record Result(List<Hit> hits, int total, boolean cut) {
        public Result {
            hits = List.copyOf(hits);
        }
    }

    /** Optional exact filters, as the search page offers them. */
    public record Filters(
            Optional<String> type,
            Optional<String> year,
            Optional<String> validity,
            Optional<String> topic) {
        public static final Filters NONE =
                new Filters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public SearchService(Directory index) throws IOException {
        this.reader = DirectoryReader.open(index);
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(StableBM25.of(reader));
    }

    /** The index a build wrote into {@code site}/search/lucene/. */
    public static SearchService open(Path site) throws IOException {
        Path folder = site.resolve(SearchIndexer.LUCENE_FOLDER);
        if (!Files.isDirectory(folder)) {
            throw new IOException("没有找到搜索索引 " + folder + "：请先运行 gongkai build");
        }
        return new SearchService(FSDirectory.open(folder));
    }

    public List<Hit> search(String query, int limit) {
        return search(query, Filters.NONE, limit).hits();
    }

    public Result search(String query, Filters filters, int limit) {
        SearchQuery q = SearchQuery.parse(query);
        Map<Integer, Float> best = new HashMap<>();
        Map<String, Float> idf = new HashMap<>();
        try {
            for (SearchQuery.Alternative alt : q.alternatives()) {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                for (String term : alt.required()) {
                    // StableBM25: one idf per term over all fields, applied as a boost
                    float weight =
                            idf.computeIfAbsent(
                                    term,
                                    t ->
                                            StableBM25.termIdf(
                                                    count(anyField(t, 1f)), reader.numDocs()));
                    b.add(anyField(term, weight), Occur.MUST);
                }
                filters.type()
                        .ifPresent(
                                v ->
                                        b.add(
                                                new TermQuery(new Term(SearchSchema.TYPE, v)),
                                                Occur.FILTER));
                filters.year()
                        .ifPresent(
                                v ->
                                        b.add(
                                                new TermQuery(new Term(SearchSchema.YEAR, v)),
                                                Occur.FILTER));
                filters.validity()
                        .ifPresent(
                                v ->
                                        b.add(
                                                new TermQuery(new Term(SearchSchema.VALIDITY, v)),
                                                Occur.FILTER));
                filters.topic()
                        .ifPresent(
                                v ->
                                        b.add(
                                                new TermQuery(new Term(SearchSchema.TOPIC, v)),
                                                Occur.FILTER));
                searcher.search(b.build(), PhraseBonusCollector.into(best, alt.sequence()));
            }
            List<Map.Entry<Integer, Float>> ranked = new ArrayList<>(best.entrySet());
            // ties: the newer document (doc ids are oldest first)
            ranked.sort(
                    (x, y) -> {
                        int c = Float.compare(y.getValue(), x.getValue());
                        return c != 0 ? c : Integer.compare(y.getKey(), x.getKey());
                    });
            List<Hit> hits = new ArrayList<>();
            for (Map.Entry<Integer, Float> e : ranked.subList(0, Math.min(limit, ranked.size()))) {
                Document d = reader.storedFields().document(e.getKey());
                hits.add(
                        new Hit(
                                d.get(SearchSchema.ID),
                                d.get(SearchSchema.TITLE),
                                d.get("url"),
                                Optional.ofNullable(d.get(SearchSchema.DOC_NUMBER)).orElse(""),
                                e.getValue()));
            }
            return new Result(hits, ranked.size(), q.cut());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The term in any analysed field, each clause with its field's boost times {@code weight}. */
    private static BooleanQuery anyField(String term, float weight) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        SearchSchema.BOOSTS.forEach(
                (field, boost) ->
                        any.add(
                                new BoostQuery(
                                        new TermQuery(new Term(field, term)), boost * weight),
                                Occur.SHOULD));
        return any.build();
    }

    private int count(BooleanQuery query) {
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int documents() {
        return reader.numDocs();
    }

    @Override
    public void close() throws IOException {
        Directory dir = reader.directory();
        reader.close();
        dir.close();
    }
}
