package org.gongkai.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.gongkai.content.Document;
import org.gongkai.publish.OutputTree;
import org.gongkai.site.SiteModel;
import org.gongkai.site.Validity;

/**
 * The browser's copy of the index, exported from the Lucene index of record (terms and postings read back
 * through {@link TermsEnum}/{@link PostingsEnum}, scored by Lucene's own {@link BM25Similarity}), split so
 * that a query downloads only what it needs:
 *
 * <ul>
 *   <li>{@code search/manifest.json} — small: shard count, where the files are, ranking constants, filter
 *       values. Its name is fixed; everything it points to sits in a content-hashed folder
 *       {@code search/HASH/}, so those files can be cached for ever;</li>
 *   <li>{@code search/HASH/N.json} — shard N of the terms, chosen by a 32-bit FNV-1a hash of the term.
 *       Per term: its document count {@code n}, the postings kept (doc ids as gaps {@code d}, the
 *       term's whole BM25 contribution summed over fields with their boosts, ×100, {@code s}, and its
 *       first position in the title or 文号 +1 for the phrase bonus {@code h}). A frequent term keeps
 *       only its {@link #CAP} highest-scoring postings plus the set of every document holding it
 *       ({@code m}: a base64 bit set or gaps), so "every term is required" stays exact while the
 *       download stays small; the others score {@code f}, the lowest kept score, an upper bound;</li>
 *   <li>{@code search/HASH/m/N.json} — title, url, 文号, date, type, 有效性, topics and a short summary of
 *       {@link #CHUNK} documents, fetched only for results shown.</li>
 * </ul>
 * Every byte goes through Jackson and sorted maps, so two builds of the same content give the same files.
 */
public final class StaticIndex {

    /** Postings kept per frequent term: enough for the top of any ranking, small enough for a slow phone. */
    public static final int CAP = 200;
    /** Documents per metadata file: results are scattered over the corpus, so one each is the least to fetch. */
    public static final int CHUNK = 1;
    /** Aim for shards of about this many bytes before gzip. */
    static final int SHARD_TARGET = 4096;
    static final int SCALE = 100;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private StaticIndex() {
    }

    public record Export(String folder, int shards, int terms, long bytes) {
    }

    public static Export write(Directory index, SiteModel model, OutputTree out) {
        try (DirectoryReader reader = DirectoryReader.open(index)) {
            return write(reader, model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Export write(DirectoryReader reader, SiteModel model, OutputTree out) throws IOException {
        int n = reader.maxDoc();
        IndexSearcher searcher = new IndexSearcher(reader);
        BM25Similarity sim = new BM25Similarity(SearchSchema.K1, SearchSchema.B);
        searcher.setSimilarity(sim);

        Map<String, Object> entries = new TreeMap<>();
        termEntries(reader, searcher, sim, entries);
        filterEntries(reader, entries);

        // each entry is serialised once; shards splice the bytes in (Jackson still escapes every key)
        long total = 0;
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            String json = JSON.writeValueAsString(e.getValue());
            e.setValue(new RawValue(json));
            total += json.length() + e.getKey().length() * 3L + 6;
        }
        int shards = Math.max(1, Integer.highestOneBit(Math.max(1, (int) Math.min(1 << 16, total / SHARD_TARGET))));
        List<Map<String, Object>> byShard = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            byShard.add(new TreeMap<>());
        }
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            byShard.get(shard(e.getKey(), shards)).put(e.getKey(), e.getValue());
        }

        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < shards; i++) {
            files.put(i + ".json", JSON.writeValueAsBytes(byShard.get(i)));
        }
        StoredFields stored = reader.storedFields();
        List<Object> chunk = new ArrayList<>();
        for (int doc = 0; doc < n; doc++) {
            String id = stored.document(doc).get(SearchSchema.ID);
            chunk.add(meta(model, model.byId().get(id)));
            if (chunk.size() == CHUNK || doc == n - 1) {
                files.put("m/" + (doc / CHUNK) + ".json", JSON.writeValueAsBytes(chunk));
                chunk = new ArrayList<>();
            }
        }
        MessageDigest sha = sha256();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            sha.update(f.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update(f.getValue());
        }
        String folder = HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        long bytes = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            out.write("search/" + folder + "/" + f.getKey(), f.getValue());
            bytes += f.getValue().length;
        }
        byte[] manifest = JSON.writeValueAsBytes(manifest(model, searcher, n, shards, folder));
        out.write("search/manifest.json", manifest);
        return new Export("search/" + folder + "/", shards, entries.size(), bytes + manifest.length);
    }

    /** FNV-1a over the term's UTF-16 units; search.js computes the same with Math.imul. */
    public static int shard(String term, int shards) {
        int h = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x01000193;
        }
        return Integer.remainderUnsigned(h, shards);
    }

    /** One field of one leaf, read in term order: a single TermsEnum seeks forward through the vocabulary. */
    private static final class FieldCursor {
        final LeafReaderContext leaf;
        final String field;
        final TermsEnum terms;
        final CollectionStatistics stats;
        final boolean positions;
        final int offset;
        PostingsEnum postings;

        FieldCursor(LeafReaderContext leaf, String field, Terms terms, CollectionStatistics stats) throws IOException {
            this.leaf = leaf;
            this.field = field;
            this.terms = terms.iterator();
            this.stats = stats;
            this.positions = field.equals(SearchSchema.TITLE) || field.equals(SearchSchema.DOC_NUMBER);
            this.offset = field.equals(SearchSchema.DOC_NUMBER) ? SearchSchema.DOC_NUMBER_OFFSET : 0;
        }
    }

    private static void termEntries(DirectoryReader reader, IndexSearcher searcher, Similarity sim,
                                    Map<String, Object> entries) throws IOException {
        TreeSet<BytesRef> vocabulary = new TreeSet<>();
        List<FieldCursor> cursors = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            // title before 文号: a term's "head" position is its first place in the title, else in the 文号
            for (String field : SearchSchema.BOOSTS.keySet()) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                for (BytesRef t; (t = te.next()) != null; ) {
                    vocabulary.add(BytesRef.deepCopyOf(t));
                }
                cursors.add(new FieldCursor(leaf, field, terms, searcher.collectionStatistics(field)));
            }
        }
        int n = reader.maxDoc();
        double[] score = new double[n];
        int[] head = new int[n];
        FixedBitSet members = new FixedBitSet(Math.max(1, n));
        for (BytesRef term : vocabulary) {
            for (FieldCursor c : cursors) {
                if (!c.terms.seekExact(term)) {
                    continue;
                }
                // with one segment (the indexer merges to one) leaf statistics are the index's statistics
                TermStatistics ts = reader.leaves().size() == 1
                        ? new TermStatistics(term, c.terms.docFreq(), c.terms.totalTermFreq())
                        : searcher.termStatistics(new Term(c.field, term), reader.docFreq(new Term(c.field, term)),
                                reader.totalTermFreq(new Term(c.field, term)));
                Similarity.SimScorer scorer = sim.scorer(SearchSchema.BOOSTS.get(c.field), c.stats, ts);
                c.postings = c.terms.postings(c.postings, c.positions ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
                NumericDocValues norms = c.leaf.reader().getNormValues(c.field);
                PostingsEnum pe = c.postings;
                for (int doc; (doc = pe.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS; ) {
                    int global = c.leaf.docBase + doc;
                    long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
                    if (!members.getAndSet(global)) {
                        score[global] = 0;
                        head[global] = 0;
                    }
                    score[global] += scorer.score(pe.freq(), norm);
                    if (c.positions && head[global] == 0) {
                        head[global] = pe.nextPosition() + c.offset + 1;
                    }
                }
            }
            entries.put(term.utf8ToString(), termEntry(score, head, members));
            members.clear();
        }
    }

    private static Map<String, Object> termEntry(double[] score, int[] head, FixedBitSet members) {
        int count = members.cardinality();
        int[] docs = new int[count];
        int k = 0;
        for (int d = members.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
             d = d + 1 < members.length() ? members.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            docs[k++] = d;
        }
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("n", count);
        int[] kept = docs;
        if (count > CAP) {
            // highest quantised score first, then lowest doc id: packed into one long, sorted ascending
            long[] order = new long[count];
            for (int i = 0; i < count; i++) {
                order[i] = (-quantise(score[docs[i]]) << 32) | docs[i];
            }
            Arrays.sort(order);
            kept = new int[CAP];
            for (int i = 0; i < CAP; i++) {
                kept[i] = (int) order[i];
            }
            Arrays.sort(kept);
            e.put("f", -(order[CAP - 1] >> 32));
            e.put("m", membership(docs, members));
        }
        int[] gaps = new int[kept.length];
        long[] scores = new long[kept.length];
        int[] heads = new int[kept.length];
        boolean anyHead = false;
        for (int i = 0; i < kept.length; i++) {
            gaps[i] = i == 0 ? kept[i] : kept[i] - kept[i - 1];
            scores[i] = quantise(score[kept[i]]);
            heads[i] = head[kept[i]];
            anyHead |= heads[i] != 0;
        }
        e.put("d", gaps);
        e.put("s", scores);
        if (anyHead) {
            e.put("h", heads);
        }
        if (kept != docs) {
            // the documents not kept that hold the term in the title or 文号, with its first position there:
            // every candidate's phrase bonus is then exact, as Lucene computes it, not only the kept ones'
            int extra = 0;
            for (int i = 0, j = 0; i < docs.length; i++) {
                while (j < kept.length && kept[j] < docs[i]) {
                    j++;
                }
                if ((j >= kept.length || kept[j] != docs[i]) && head[docs[i]] != 0) {
                    extra++;
                }
            }
            if (extra > 0) {
                int[] tg = new int[extra];
                int[] th = new int[extra];
                int k2 = 0;
                int last = 0;
                for (int i = 0, j = 0; i < docs.length; i++) {
                    while (j < kept.length && kept[j] < docs[i]) {
                        j++;
                    }
                    if ((j >= kept.length || kept[j] != docs[i]) && head[docs[i]] != 0) {
                        tg[k2] = docs[i] - last;
                        th[k2++] = head[docs[i]];
                        last = docs[i];
                    }
                }
                e.put("td", tg);
                e.put("th", th);
            }
        }
        return e;
    }

    static long quantise(double score) {
        return Math.round(score * SCALE);
    }

    /** Every document holding a term: gaps when few, a base64 bit set (bit i of byte i/8) when many. */
    private static Object membership(int[] docs, FixedBitSet members) {
        int bitsetChars = (members.length() + 7) / 8 * 4 / 3 + 4;
        long gapChars = 0;
        for (int i = 0; i < docs.length; i++) {
            int gap = i == 0 ? docs[i] : docs[i] - docs[i - 1];
            gapChars += (gap < 10 ? 1 : gap < 100 ? 2 : gap < 1000 ? 3 : gap < 10000 ? 4 : 6) + 1;
        }
        if (gapChars <= bitsetChars) {
            int[] gaps = new int[docs.length];
            for (int i = 0; i < docs.length; i++) {
                gaps[i] = i == 0 ? docs[i] : docs[i] - docs[i - 1];
            }
            return gaps;
        }
        byte[] bits = new byte[(members.length() + 7) / 8];
        for (int d : docs) {
            bits[d >> 3] |= (byte) (1 << (d & 7));
        }
        return Base64.getEncoder().encodeToString(bits);
    }

    /** Filter values as terms of their own ("#type=policy"), carrying only the set of documents. */
    private static void filterEntries(DirectoryReader reader, Map<String, Object> entries) throws IOException {
        int n = reader.maxDoc();
        for (String field : List.of(SearchSchema.TYPE, SearchSchema.YEAR, SearchSchema.VALIDITY, SearchSchema.TOPIC)) {
            TreeSet<BytesRef> values = new TreeSet<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms != null) {
                    TermsEnum te = terms.iterator();
                    for (BytesRef t; (t = te.next()) != null; ) {
                        values.add(BytesRef.deepCopyOf(t));
                    }
                }
            }
            for (BytesRef value : values) {
                FixedBitSet members = new FixedBitSet(Math.max(1, n));
                for (LeafReaderContext leaf : reader.leaves()) {
                    Terms terms = leaf.reader().terms(field);
                    TermsEnum te = terms == null ? null : terms.iterator();
                    if (te != null && te.seekExact(value)) {
                        PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
                        for (int doc; (doc = pe.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS; ) {
                            members.set(leaf.docBase + doc);
                        }
                    }
                }
                int[] docs = new int[members.cardinality()];
                int k = 0;
                for (int d = 0; d < n; d++) {
                    if (members.get(d)) {
                        docs[k++] = d;
                    }
                }
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("n", docs.length);
                e.put("m", membership(docs, members));
                entries.put(SearchSchema.filterKey(field, value.utf8ToString()), e);
            }
        }
    }

    private static Map<String, Object> meta(SiteModel model, Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("t", d.title());
        m.put("u", org.gongkai.render.SitePaths.document(d));
        d.policy().flatMap(p -> p.docNumber()).ifPresent(x -> m.put("n", x));
        d.published().ifPresent(p -> m.put("d", p.toString()));
        m.put("y", d.type().label());
        model.validityOf(d.id()).ifPresent(v -> {
            m.put("v", v.label());
            m.put("vs", v.slug());
        });
        String summary = d.summaryText();
        m.put("s", summary.length() > 80 ? summary.substring(0, 79) + "…" : summary);
        return m;
    }

    private static Map<String, Object> manifest(SiteModel model, IndexSearcher searcher, int docs, int shards,
                                                String folder) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", 1);
        m.put("base", folder + "/");
        m.put("docs", docs);
        m.put("shards", shards);
        m.put("chunk", CHUNK);
        m.put("scale", SCALE);
        m.put("cap", CAP);
        m.put("phrase", SearchSchema.PHRASE_BONUS);
        Map<String, Object> bm25 = new LinkedHashMap<>();
        bm25.put("k1", SearchSchema.K1);
        bm25.put("b", SearchSchema.B);
        m.put("bm25", bm25);
        Map<String, Object> fields = new TreeMap<>();
        for (Map.Entry<String, Float> f : SearchSchema.BOOSTS.entrySet()) {
            CollectionStatistics cs = searcher.collectionStatistics(f.getKey());
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("boost", f.getValue());
            s.put("docCount", cs == null ? 0 : cs.docCount());
            s.put("avgdl", cs == null ? 0 : Math.round(1000.0 * cs.sumTotalTermFreq() / cs.docCount()) / 1000.0);
            fields.put(f.getKey(), s);
        }
        m.put("fields", fields);
        m.put("filters", filterValues(model, searcher));
        return m;
    }

    /** The choices each filter offers, with labels, only where some published document has them. */
    private static Map<String, Object> filterValues(SiteModel model, IndexSearcher searcher) throws IOException {
        Map<String, Object> f = new LinkedHashMap<>();
        List<List<String>> types = new ArrayList<>();
        for (org.gongkai.content.DocumentType t : org.gongkai.content.DocumentType.values()) {
            if (searcher.getIndexReader().docFreq(new Term(SearchSchema.TYPE, t.key())) > 0) {
                types.add(List.of(t.key(), t.label()));
            }
        }
        f.put("type", types);
        TreeSet<String> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        TreeSet<String> topics = new TreeSet<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            collect(leaf.reader().terms(SearchSchema.YEAR), years);
            collect(leaf.reader().terms(SearchSchema.TOPIC), topics);
        }
        f.put("year", List.copyOf(years));
        List<List<String>> validity = new ArrayList<>();
        for (Validity v : Validity.values()) {
            if (searcher.getIndexReader().docFreq(new Term(SearchSchema.VALIDITY, v.slug())) > 0) {
                validity.add(List.of(v.slug(), v.label()));
            }
        }
        f.put("validity", validity);
        // taxonomy order, as the topic pages list them
        List<String> ordered = new ArrayList<>();
        for (String t : model.taxonomy().topics().stream().map(org.gongkai.content.Taxonomy.Topic::name).toList()) {
            if (topics.remove(t)) {
                ordered.add(t);
            }
        }
        ordered.addAll(topics);
        f.put("topic", ordered);
        return f;
    }

    private static void collect(Terms terms, java.util.Set<String> into) throws IOException {
        if (terms == null) {
            return;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef t; (t = te.next()) != null; ) {
            into.add(t.utf8ToString());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
