package org.gongkai.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.gongkai.content.Document;
import org.gongkai.content.Validity;
import org.gongkai.publish.SearchFiles;
import org.gongkai.site.SiteModel;

/**
 * The browser's copy of the index, exported from the Lucene index of record (terms and postings
 * read back through {@link TermsEnum}/{@link PostingsEnum}, scored with {@link StableBM25}'s
 * arithmetic), split so that a query downloads only what it needs:
 *
 * <ul>
 *   <li>{@code search/manifest.json} — small: document count, shard count, ranking constants,
 *       filter values, and {@code v}, a fingerprint of every file below: the search page asks for
 *       them with {@code ?v=}, so a browser never mixes a cached shard with a newer manifest;
 *   <li>{@code search/data/N.json} — shard N of the terms, chosen by a 32-bit FNV-1a hash of the
 *       term. Per term: its document count {@code n}, the postings kept (doc ids as gaps {@code d},
 *       the term's tf-part summed over fields with their boosts, ×100, {@code s} — the browser
 *       multiplies it by the term's idf from {@code n} and the manifest's {@code docs} — and its
 *       first position in the title or 文号 +1 for the phrase bonus {@code h}). A frequent term keeps
 *       only its {@link #CAP} highest-scoring postings plus the set of every document holding it
 *       ({@code m}: a base64 bit set or gaps), so "every term is required" stays exact while the
 *       download stays small; the others score {@code f}, the lowest kept score, an upper bound.
 *       The documents not kept that hold the term in the title or 文号 are listed with that first
 *       position ({@code td} gaps, {@code th}), so the phrase bonus is exact for every candidate;
 *   <li>{@code search/data/m/N.json} — title, url, 文号, date, type, 有效性 and a short summary of
 *       {@link #CHUNK} consecutive documents, fetched only for results shown.
 * </ul>
 *
 * An entry depends on its term's postings alone (doc ids oldest first, scores of one document, a
 * membership set that ends at the term's last document), and the shard count moves only at powers
 * of two: an edit changes the shards of the edited document's terms and one metadata file, a new
 * document those of its terms and the last metadata file. Each file's fingerprint (what it is made
 * from) goes into the build record; an incremental build fingerprints every term's postings, keeps
 * the files whose fingerprint is unchanged and makes entries only for the shards that changed.
 *
 * <p>Entries and shards are written in the form Jackson gives sorted maps (keys in order, no
 * spaces), the rest through Jackson, so two builds of the same content give the same files, and an
 * incremental build the files of a full one.
 */
public final class StaticIndex {

    /**
     * Postings kept per frequent term: enough for the top of any ranking, small enough for a slow
     * phone.
     */
    public static final int CAP = 200;

    /**
     * Documents per metadata file. One each is the least a result list can fetch, but it was 9,600
     * files (and as many .gz) at 10,000 documents; four each cost a shown result about 0.15 KB more
     * on average (neighbouring doc ids often show together) and a quarter of the files.
     */
    public static final int CHUNK = 4;

    /**
     * Aim for shards of about this many bytes before gzip: a query fetches a whole shard for each
     * of its terms, the other terms in it included, so this is roughly what a term costs beyond its
     * own entry.
     */
    static final int SHARD_TARGET = 4096;

    static final int SCALE = 100;

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /**
     * The manifest carries names from the content (topics, a platform's column names): with &lt;
     * &gt; &amp; written as JSON escapes it holds no markup even where a host serves it as HTML;
     * JSON.parse reads the same.
     */
    private static final ObjectMapper MANIFEST_JSON = JSON.copy();

    static {
        MANIFEST_JSON
                .getFactory()
                .setCharacterEscapes(
                        new CharacterEscapes() {
                            private final int[] escapes =
                                    withMarkup(CharacterEscapes.standardAsciiEscapesForJSON());

                            @Override
                            public int[] getEscapeCodesForAscii() {
                                return escapes;
                            }

                            @Override
                            public SerializableString getEscapeSequence(int ch) {
                                return null;
                            }
                        });
    }

    private static int[] withMarkup(int[] escapes) {
        for (char c : new char[] {'<', '>', '&'}) {
            escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
        }
        return escapes;
    }

    private StaticIndex() {}

    /**
     * What an export did: where, how many shards and entries, bytes written, files written and
     * kept.
     */
    public record Export(String folder, int shards, int terms, long bytes, int written, int kept) {}

    public static Export write(Directory index, SiteModel model, SearchFiles out) {
        try (DirectoryReader reader = DirectoryReader.open(index)) {
            return write(reader, model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Export write(DirectoryReader reader, SiteModel model, SearchFiles out)
            throws IOException {
        List<Document> byDocId = inDocIdOrder(reader, model);
        List<String> topics =
                model.taxonomy().topics().stream()
                        .map(org.gongkai.content.Taxonomy.Topic::name)
                        .toList();
        return export(reader, topics, doc -> meta(model, byDocId.get(doc)), List.of(), out);
    }

    /**
     * A platform's one index over its columns' ({@code reader}: their indexes in {@code columns}'
     * order, one after another): the shards as a column's, no metadata files of its own — a
     * result's metadata is read from its column's {@code search/data/m/}, which the manifest names
     * with the column's doc-id range.
     */
    public static Export writePlatform(IndexReader reader, List<Column> columns, SearchFiles out)
            throws IOException {
        int start = 0;
        for (Column c : columns) {
            if (c.start() != start) {
                throw new IllegalArgumentException("栏目 " + c.id() + " 的文件编号应从 " + start + " 开始");
            }
            start += c.count();
        }
        if (start != reader.maxDoc()) {
            throw new IllegalArgumentException(
                    "各栏目共 " + start + " 个文件，索引中有 " + reader.maxDoc() + " 个");
        }
        return export(reader, List.of(), null, columns, out);
    }

    /**
     * A column of a platform's index: its documents are doc ids [start, start + count), their
     * metadata in the column's own {@code search/data/m/} (as of its manifest's version {@code v}),
     * their urls from its root.
     */
    public record Column(
            String id, String name, String kind, int start, int count, String version) {}

    /**
     * The export: shards of the terms and filter values; with {@code meta} the metadata files,
     * without it the {@code columns} whose files hold them.
     */
    private static Export export(
            IndexReader reader,
            List<String> topicOrder,
            IntFunction<Map<String, Object>> meta,
            List<Column> columns,
            SearchFiles out)
            throws IOException {
        int n = reader.maxDoc();
        IndexSearcher searcher = new IndexSearcher(reader);
        StableBM25 sim = StableBM25.of(reader);
        searcher.setSimilarity(sim);
        List<FieldModel> fields = new ArrayList<>();
        for (String field : SearchSchema.BOOSTS.keySet()) {
            fields.add(new FieldModel(reader, sim, field, fields.size()));
        }
        List<Object[]> vocabulary = vocabulary(reader);
        List<Entry> filterEntries = new ArrayList<>();
        Map<String, Object> filters = new TreeMap<>();
        filterEntries(reader, filters);
        for (Map.Entry<String, Object> e : filters.entrySet()) {
            String json = JSON.writeValueAsString(e.getValue());
            filterEntries.add(
                    new Entry(
                            e.getKey(),
                            Fingerprint.of(json.getBytes(StandardCharsets.UTF_8)),
                            json));
        }
        int shards = shardCount(expectedBytes(vocabulary, filterEntries, n));
        long layout = layout(shards, sim);

        // Every term's fingerprint (its postings), and its entry unless the previous export may
        // still hold it:
        // then a second walk makes the entries of the shards whose fingerprint changed, and only
        // those.
        boolean incremental = out.keepsSearchFiles();
        List<Entry> entries =
                termEntries(reader, fields, vocabulary, incremental ? null : term -> true);
        entries.addAll(filterEntries);
        List<List<Entry>> byShard = byShard(entries, shards);
        long[] fingerprint = new long[shards];
        boolean[] make = new boolean[shards];
        IntStream.range(0, shards)
                .parallel()
                .forEach(
                        i -> {
                            fingerprint[i] = shardFingerprint(layout, byShard.get(i));
                            make[i] =
                                    !out.keepSearchFile(
                                            "search/" + DATA + i + ".json", fingerprint[i]);
                        });
        if (incremental) {
            java.util.Set<BytesRef> wanted = new java.util.HashSet<>();
            for (int i = 0; i < shards; i++) {
                for (Entry e : make[i] ? byShard.get(i) : List.<Entry>of()) {
                    wanted.add(new BytesRef(e.key));
                }
            }
            Map<String, Entry> made = new java.util.HashMap<>();
            for (Entry e :
                    wanted.isEmpty()
                            ? List.<Entry>of()
                            : termEntries(reader, fields, vocabulary, wanted::contains)) {
                made.put(e.key, e);
            }
            for (int i = 0; i < shards; i++) {
                if (make[i]) {
                    byShard.get(i).replaceAll(e -> e.json != null ? e : made.get(e.key));
                }
            }
        }

        // the shards to write, then the metadata: each made in parallel, a file kept when it is as
        // last time
        String[] names = new String[shards + (meta == null ? 0 : (n + CHUNK - 1) / CHUNK)];
        long[] prints = new long[names.length];
        AtomicLong bytes = new AtomicLong();
        AtomicInteger kept = new AtomicInteger();
        IntStream.range(0, shards)
                .parallel()
                .forEach(
                        i -> {
                            names[i] = "search/" + DATA + i + ".json";
                            prints[i] = fingerprint[i];
                            if (make[i]) {
                                byte[] json = shardJson(byShard.get(i));
                                out.writeSearchFile(names[i], json, fingerprint[i]);
                                bytes.addAndGet(json.length);
                            } else {
                                kept.incrementAndGet();
                            }
                        });
        int chunks = names.length - shards;
        int tasks = Math.max(1, Math.min(chunks, 8 * ForkJoinPool.getCommonPoolParallelism()));
        IntStream.range(0, tasks)
                .parallel()
                .forEach(
                        t -> {
                            for (int c = (int) ((long) chunks * t / tasks),
                                            end = (int) ((long) chunks * (t + 1) / tasks);
                                    c < end;
                                    c++) {
                                List<Object> chunk = new ArrayList<>();
                                for (int doc = c * CHUNK;
                                        doc < Math.min(n, (c + 1) * CHUNK);
                                        doc++) {
                                    chunk.add(meta.apply(doc));
                                }
                                byte[] json = bytes(chunk);
                                int i = shards + c;
                                names[i] = "search/" + DATA + "m/" + c + ".json";
                                prints[i] = Fingerprint.of(json);
                                if (out.keepSearchFile(names[i], prints[i])) {
                                    kept.incrementAndGet();
                                } else {
                                    out.writeSearchFile(names[i], json, prints[i]);
                                    bytes.addAndGet(json.length);
                                }
                            }
                        });
        // the version the search page asks for (?v=): every file's fingerprint, so it changes with
        // any of them
        long version = layout;
        for (Column c : columns) {
            version =
                    Fingerprint.mix(
                            version,
                            Fingerprint.of(
                                    (c.id() + "|" + c.start() + "|" + c.count() + "|" + c.version())
                                            .getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < names.length; i++) {
            version =
                    Fingerprint.mix(
                            Fingerprint.mix(
                                    version,
                                    Fingerprint.of(names[i].getBytes(StandardCharsets.UTF_8))),
                            prints[i]);
        }
        byte[] manifest =
                MANIFEST_JSON.writeValueAsBytes(
                        manifest(
                                topicOrder,
                                columns,
                                searcher,
                                sim,
                                n,
                                shards,
                                Fingerprint.hex(version)));
        out.write("search/manifest.json", manifest);
        return new Export(
                "search/" + DATA,
                shards,
                entries.size(),
                bytes.get() + manifest.length,
                names.length - kept.get(),
                kept.get());
    }

    /** Where the shards ({@code N.json}) and the metadata ({@code m/N.json}) go, under search/. */
    static final String DATA = "data/";

    private static List<List<Entry>> byShard(List<Entry> entries, int shards) {
        List<List<Entry>> byShard = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            byShard.add(new ArrayList<>());
        }
        for (Entry e : entries) {
            byShard.get(shard(e.key, shards)).add(e);
        }
        for (List<Entry> s : byShard) {
            s.sort(java.util.Comparator.comparing(Entry::key));
        }
        return byShard;
    }

    /**
     * A shard is made from its entries' keys and fingerprints, in key order, under the export's
     * layout.
     */
    private static long shardFingerprint(long layout, List<Entry> sorted) {
        long h = layout;
        for (Entry e : sorted) {
            h =
                    Fingerprint.mix(
                            Fingerprint.mix(
                                    h, Fingerprint.of(e.key.getBytes(StandardCharsets.UTF_8))),
                            e.fingerprint);
        }
        return h;
    }

    /**
     * Everything besides a term's postings that its entry depends on: the format, the constants,
     * the shard count and the reference lengths. When any of them changes, every shard is made
     * again.
     */
    private static long layout(int shards, StableBM25 sim) {
        String all =
                "2|"
                        + shards
                        + "|"
                        + CAP
                        + "|"
                        + SCALE
                        + "|"
                        + SearchSchema.BOOSTS
                        + "|"
                        + SearchSchema.K1
                        + "|"
                        + SearchSchema.B
                        + "|"
                        + SearchSchema.DOC_NUMBER_OFFSET
                        + "|"
                        + new TreeMap<>(sim.referenceLengths());
        return Fingerprint.of(all.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The shards' expected size, from what the term dictionaries tell without reading a posting:
     * the shard count must be known before the entries are made, and be the same in a build that
     * makes only some of them.
     */
    static long expectedBytes(List<Object[]> vocabulary, List<Entry> filters, int documents) {
        long total = 0;
        for (Object[] v : vocabulary) {
            long postings = ((long[]) v[1])[0];
            total +=
                    16
                            + ((BytesRef) v[0]).length
                            + 8 * Math.min(postings, CAP)
                            + (postings > CAP ? Math.min(3 * postings, documents / 6 + 4) : 0);
        }
        for (Entry e : filters) {
            total += e.json.length() + e.key.length() * 3L + 6;
        }
        return total;
    }

    /**
     * About {@code bytes} / {@link #SHARD_TARGET} shards, rounded to the nearest power of two (in
     * ratio): a count that follows the index's size would move every term to another shard whenever
     * a document is added; this one changes only when the index has grown or shrunk by about half.
     */
    static int shardCount(long bytes) {
        double wanted = Math.max(1, bytes / (double) SHARD_TARGET);
        return (int)
                Math.min(1 << 16, Math.pow(2, (double) Math.round(Math.log(wanted) / Math.log(2))));
    }

    /** One term (or filter value): its fingerprint, and its entry as JSON (null when not made). */
    private record Entry(String key, long fingerprint, String json) {}

    /**
     * A shard as Jackson writes a sorted map of raw values: {"key":entry,…}, keys in String order.
     */
    private static byte[] shardJson(List<Entry> sorted) {
        StringBuilder sb =
                new StringBuilder(
                        16
                                + sorted.stream()
                                        .mapToInt(e -> e.json.length() + e.key.length() + 4)
                                        .sum());
        sb.append('{');
        for (Entry e : sorted) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(ESCAPE.quoteAsString(e.key)).append("\":").append(e.json);
        }
        return sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final com.fasterxml.jackson.core.io.JsonStringEncoder ESCAPE =
            com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance();

    private static StoredFields storedFields(DirectoryReader reader) {
        try {
            return reader.storedFields();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The published documents by Lucene doc id, as {@link SearchIndexer#inIndexOrder} gives them:
     * reading every document's stored id back instead decompressed a stored-field block per
     * document (200 MB allocated at 10,000 documents). The first, middle and last ids are read to
     * hold the index to that order.
     */
    private static List<Document> inDocIdOrder(DirectoryReader reader, SiteModel model) {
        List<Document> docs = SearchIndexer.inIndexOrder(model);
        int n = reader.maxDoc();
        StoredFields stored = storedFields(reader);
        if (docs.size() != n) {
            throw new IllegalStateException("索引中有 " + n + " 个文件，网站有 " + docs.size() + " 个");
        }
        for (int doc : new int[] {0, n / 2, n - 1}) {
            if (doc >= 0 && doc < n && !document(stored, doc).equals(docs.get(doc).id())) {
                throw new IllegalStateException("索引的文件顺序与网站不同（第 " + doc + " 个）");
            }
        }
        return docs;
    }

    private static String document(StoredFields stored, int doc) {
        try {
            return stored.document(doc, java.util.Set.of(SearchSchema.ID)).get(SearchSchema.ID);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
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

    /**
     * Per analysed field, what BM25 needs that does not depend on the term: the boost, Lucene's
     * 256-entry table of 1 / (k1 · ((1 − b) + b · length / reference)) ({@link
     * StableBM25#normInverse}), and each leaf's norms as bytes. {@link #score} then repeats
     * BM25Similarity's float arithmetic step by step, so the export scores as IndexSearcher does
     * with {@link StableBM25} (idf aside), without building a scorer (and its table) per term.
     */
    private static final class FieldModel {
        final String field;
        final int index;
        final float boost;
        final float[] normInverse;
        final byte[][] norms;
        final boolean positions;
        final int offset;

        FieldModel(IndexReader reader, StableBM25 sim, String field, int index) throws IOException {
            this.field = field;
            this.index = index;
            this.boost = SearchSchema.BOOSTS.get(field);
            this.normInverse = sim.normInverse(field);
            this.positions =
                    field.equals(SearchSchema.TITLE) || field.equals(SearchSchema.DOC_NUMBER);
            this.offset =
                    field.equals(SearchSchema.DOC_NUMBER) ? SearchSchema.DOC_NUMBER_OFFSET : 0;
            norms = new byte[reader.leaves().size()][];
            for (LeafReaderContext leaf : reader.leaves()) {
                byte[] b = new byte[leaf.reader().maxDoc()];
                Arrays.fill(b, (byte) 1);
                NumericDocValues nv = leaf.reader().getNormValues(field);
                if (nv != null) {
                    for (int d = nv.nextDoc();
                            d != DocIdSetIterator.NO_MORE_DOCS;
                            d = nv.nextDoc()) {
                        b[d] = (byte) nv.longValue();
                    }
                }
                norms[leaf.ord] = b;
            }
        }

        /**
         * BM25Similarity.BM25Scorer#score, with {@link StableBM25}'s idf of 1: weight is the
         * field's boost.
         */
        float score(float weight, int freq, byte norm) {
            return weight - weight / (1f + freq * normInverse[norm & 0xFF]);
        }
    }

    /**
     * The vocabulary of the analysed fields, in term order, with the work each term costs (its
     * postings).
     */
    private static List<Object[]> vocabulary(IndexReader reader) throws IOException {
        java.util.PriorityQueue<Object[]> queue =
                new java.util.PriorityQueue<>(
                        (x, y) -> ((BytesRef) x[1]).compareTo((BytesRef) y[1]));
        for (LeafReaderContext leaf : reader.leaves()) {
            for (String field : SearchSchema.BOOSTS.keySet()) {
                Terms terms = leaf.reader().terms(field);
                if (terms != null) {
                    TermsEnum te = terms.iterator();
                    BytesRef t = te.next();
                    if (t != null) {
                        queue.add(new Object[] {te, t});
                    }
                }
            }
        }
        List<Object[]> out = new ArrayList<>();
        while (!queue.isEmpty()) {
            Object[] top = queue.poll();
            TermsEnum te = (TermsEnum) top[0];
            BytesRef t = (BytesRef) top[1];
            Object[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last == null || !((BytesRef) last[0]).bytesEquals(t)) {
                last = new Object[] {BytesRef.deepCopyOf(t), new long[1]};
                out.add(last);
            }
            ((long[]) last[1])[0] += te.docFreq();
            BytesRef next = te.next();
            if (next != null) {
                top[1] = next;
                queue.add(top);
            }
        }
        return out;
    }

    /**
     * Every term's fingerprint, in term order, with its entry when {@code make} says so; {@code
     * make} null: fingerprints only, for every term. Contiguous ranges of the vocabulary in
     * parallel, each with cursors of its own.
     */
    private static List<Entry> termEntries(
            IndexReader reader,
            List<FieldModel> fields,
            List<Object[]> vocabulary,
            java.util.function.Predicate<BytesRef> make) {
        long work = 0;
        for (Object[] v : vocabulary) {
            work += ((long[]) v[1])[0] + 16;
        }
        int tasks =
                Math.max(
                        1,
                        Math.min(
                                vocabulary.size() / 64,
                                4 * ForkJoinPool.getCommonPoolParallelism()));
        int[] cut = new int[tasks + 1];
        long seen = 0;
        for (int i = 0, t = 1; i < vocabulary.size() && t < tasks; i++) {
            seen += ((long[]) vocabulary.get(i)[1])[0] + 16;
            if (seen * tasks >= work * t) {
                cut[t++] = i + 1;
            }
        }
        cut[tasks] = vocabulary.size();
        for (int t = 1; t < tasks; t++) {
            cut[t] = Math.max(cut[t], cut[t - 1]);
        }
        List<List<Entry>> parts =
                IntStream.range(0, tasks)
                        .parallel()
                        .mapToObj(
                                t ->
                                        new TermRange(reader, fields)
                                                .entries(
                                                        vocabulary.subList(cut[t], cut[t + 1]),
                                                        make))
                        .toList();
        List<Entry> out = new ArrayList<>(vocabulary.size());
        parts.forEach(out::addAll);
        return out;
    }

    /**
     * One task's walk through a range of the vocabulary: per leaf and field a TermsEnum that only
     * moves forward.
     */
    private static final class TermRange {
        final IndexReader reader;
        final List<FieldModel> fields;
        final int n;
        final double[] score;
        final int[] head;
        final FixedBitSet members;
        final TermsEnum[][] cursor;
        final BytesRef[][] at;
        final PostingsEnum[][] postings;

        TermRange(IndexReader reader, List<FieldModel> fields) {
            this.reader = reader;
            this.fields = fields;
            this.n = reader.maxDoc();
            this.score = new double[n];
            this.head = new int[n];
            this.members = new FixedBitSet(Math.max(1, n));
            int leaves = reader.leaves().size();
            this.cursor = new TermsEnum[fields.size()][leaves];
            this.at = new BytesRef[fields.size()][leaves];
            this.postings = new PostingsEnum[fields.size()][leaves];
        }

        List<Entry> entries(List<Object[]> range, java.util.function.Predicate<BytesRef> make) {
            List<Entry> out = new ArrayList<>(range.size());
            if (range.isEmpty()) {
                return out;
            }
            try {
                BytesRef first = (BytesRef) range.get(0)[0];
                for (FieldModel f : fields) {
                    for (LeafReaderContext leaf : reader.leaves()) {
                        Terms terms = leaf.reader().terms(f.field);
                        if (terms == null) {
                            continue;
                        }
                        TermsEnum te = terms.iterator();
                        cursor[f.index][leaf.ord] = te;
                        at[f.index][leaf.ord] =
                                te.seekCeil(first) == TermsEnum.SeekStatus.END ? null : te.term();
                    }
                }
                for (Object[] v : range) {
                    BytesRef term = (BytesRef) v[0];
                    if (make == null) {
                        out.add(new Entry(term.utf8ToString(), walk(term, false), null));
                    } else if (make.test(term)) {
                        long fingerprint = walk(term, true);
                        out.add(
                                new Entry(
                                        term.utf8ToString(),
                                        fingerprint,
                                        termEntry(score, head, members)));
                        members.clear();
                    } else {
                        skip(term);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }

        /** Moves every cursor standing on {@code term} to the next term, its postings unread. */
        private void skip(BytesRef term) throws IOException {
            for (FieldModel f : fields) {
                for (int l = 0; l < at[f.index].length; l++) {
                    if (at[f.index][l] != null && at[f.index][l].bytesEquals(term)) {
                        at[f.index][l] = cursor[f.index][l].next();
                    }
                }
            }
        }

        /**
         * Reads the term's postings in every field and returns their fingerprint — per posting the
         * field, document, frequency, length norm and first position: all the entry is made from.
         * With {@code score}, also fills {@link #score}, {@link #head} and {@link #members} for
         * {@link #termEntry}.
         */
        private long walk(BytesRef term, boolean scoring) throws IOException {
            long fingerprint = 0;
            // title before 文号: a term's "head" position is its first place in the title, else in
            // the 文号
            for (FieldModel f : fields) {
                float weight = f.boost;
                for (LeafReaderContext leaf : reader.leaves()) {
                    int l = leaf.ord;
                    if (at[f.index][l] == null || !at[f.index][l].bytesEquals(term)) {
                        continue;
                    }
                    TermsEnum te = cursor[f.index][l];
                    PostingsEnum pe =
                            te.postings(
                                    postings[f.index][l],
                                    f.positions ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
                    postings[f.index][l] = pe;
                    byte[] norms = f.norms[l];
                    for (int doc; (doc = pe.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS; ) {
                        int global = leaf.docBase + doc;
                        int freq = pe.freq();
                        int position = f.positions ? pe.nextPosition() + f.offset + 1 : 0;
                        fingerprint =
                                Fingerprint.mix(
                                        Fingerprint.mix(
                                                fingerprint, ((long) global << 8) | f.index),
                                        ((long) freq << 40)
                                                | ((norms[doc] & 0xFFL) << 32)
                                                | position);
                        if (!scoring) {
                            continue;
                        }
                        if (!members.getAndSet(global)) {
                            score[global] = 0;
                            head[global] = 0;
                        }
                        score[global] += f.score(weight, freq, norms[doc]);
                        if (head[global] == 0) {
                            head[global] = position;
                        }
                    }
                    at[f.index][l] = te.next();
                }
            }
            return fingerprint;
        }
    }

    /** A term's entry as Jackson would write its sorted map: d, f, h, m, n, s, td, th. */
    private static String termEntry(double[] score, int[] head, FixedBitSet members) {
        int count = members.cardinality();
        int[] docs = new int[count];
        int k = 0;
        for (int d = members.nextSetBit(0);
                d != DocIdSetIterator.NO_MORE_DOCS;
                d =
                        d + 1 < members.length()
                                ? members.nextSetBit(d + 1)
                                : DocIdSetIterator.NO_MORE_DOCS) {
            docs[k++] = d;
        }
        int[] kept = docs;
        long floor = 0;
        Object membership = null;
        if (count > CAP) {
            // highest quantised score first, then the newest (highest doc id): packed into one
            // long; the CAP smallest
            long[] order = new long[count];
            for (int i = 0; i < count; i++) {
                order[i] = (-quantise(score[docs[i]]) << 32) | (Integer.MAX_VALUE - docs[i]);
            }
            selectSmallest(order, CAP);
            long last = Long.MIN_VALUE;
            kept = new int[CAP];
            for (int i = 0; i < CAP; i++) {
                kept[i] = Integer.MAX_VALUE - (int) order[i];
                last = Math.max(last, order[i]);
            }
            Arrays.sort(kept);
            floor = -(last >> 32);
            membership = membership(docs);
        }
        StringBuilder sb = new StringBuilder(16 + kept.length * 12);
        sb.append("{\"d\":[");
        for (int i = 0; i < kept.length; i++) {
            (i == 0 ? sb : sb.append(',')).append(i == 0 ? kept[i] : kept[i] - kept[i - 1]);
        }
        sb.append(']');
        if (membership != null) {
            sb.append(",\"f\":").append(floor);
        }
        boolean anyHead = false;
        for (int d : kept) {
            anyHead |= head[d] != 0;
        }
        if (anyHead) {
            sb.append(",\"h\":[");
            for (int i = 0; i < kept.length; i++) {
                (i == 0 ? sb : sb.append(',')).append(head[kept[i]]);
            }
            sb.append(']');
        }
        if (membership instanceof String bits) {
            sb.append(",\"m\":\"").append(bits).append('"');
        } else if (membership instanceof int[] gaps) {
            sb.append(",\"m\":[");
            for (int i = 0; i < gaps.length; i++) {
                (i == 0 ? sb : sb.append(',')).append(gaps[i]);
            }
            sb.append(']');
        }
        sb.append(",\"n\":").append(count).append(",\"s\":[");
        for (int i = 0; i < kept.length; i++) {
            (i == 0 ? sb : sb.append(',')).append(quantise(score[kept[i]]));
        }
        sb.append(']');
        if (kept != docs) {
            // the documents not kept that hold the term in the title or 文号, with its first position
            // there:
            // every candidate's phrase bonus is then exact, as Lucene computes it, not only the
            // kept ones'
            StringBuilder td = new StringBuilder();
            StringBuilder th = new StringBuilder();
            int previous = 0;
            for (int i = 0, j = 0; i < docs.length; i++) {
                int d = docs[i];
                while (j < kept.length && kept[j] < d) {
                    j++;
                }
                if ((j >= kept.length || kept[j] != d) && head[d] != 0) {
                    (td.length() == 0 ? td : td.append(',')).append(d - previous);
                    (th.length() == 0 ? th : th.append(',')).append(head[d]);
                    previous = d;
                }
            }
            if (td.length() > 0) {
                sb.append(",\"td\":[").append(td).append("],\"th\":[").append(th).append(']');
            }
        }
        return sb.append('}').toString();
    }

    /**
     * Rearranges {@code a} so that its {@code k} smallest values (all distinct) come first, in any
     * order.
     */
    static void selectSmallest(long[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            long pivot = median(a[lo], a[(lo + hi) >>> 1], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (k - 1 <= j) {
                hi = j;
            } else if (k - 1 >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static long median(long x, long y, long z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }

    static long quantise(double score) {
        return Math.round(score * SCALE);
    }

    /**
     * Every document holding a term: gaps when few, a base64 bit set (bit i of byte i/8) when many.
     * The set ends at the term's last document, not at the index's: the entry stays the same when
     * documents are added that do not hold the term.
     */
    private static Object membership(int[] docs) {
        int length = docs[docs.length - 1] + 1;
        int bitsetChars = (length + 7) / 8 * 4 / 3 + 4;
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
        byte[] bits = new byte[(length + 7) / 8];
        for (int d : docs) {
            bits[d >> 3] |= (byte) (1 << (d & 7));
        }
        return Base64.getEncoder().encodeToString(bits);
    }

    /** Filter values as terms of their own ("#type=policy"), carrying only the set of documents. */
    private static void filterEntries(IndexReader reader, Map<String, Object> entries)
            throws IOException {
        int n = reader.maxDoc();
        for (String field :
                List.of(
                        SearchSchema.TYPE,
                        SearchSchema.YEAR,
                        SearchSchema.VALIDITY,
                        SearchSchema.TOPIC)) {
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
                e.put("m", membership(docs));
                entries.put(SearchSchema.filterKey(field, value.utf8ToString()), e);
            }
        }
    }

    /**
     * What a result shows (search.js item()): the same for the static export and the publish
     * manifest.
     */
    static Map<String, Object> meta(SiteModel model, Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("t", d.title());
        m.put("u", org.gongkai.render.SitePaths.document(d));
        d.policy().flatMap(p -> p.docNumber()).ifPresent(x -> m.put("n", x.written()));
        d.published().ifPresent(p -> m.put("d", p.toString()));
        m.put("y", d.type().label());
        model.validityOf(d.id())
                .ifPresent(
                        v -> {
                            m.put("v", v.label());
                            m.put("vs", v.slug());
                        });
        String summary = d.summaryText();
        m.put("s", summary.length() > 80 ? summary.substring(0, 79) + "…" : summary);
        return m;
    }

    private static Map<String, Object> manifest(
            List<String> topicOrder,
            List<Column> columns,
            IndexSearcher searcher,
            StableBM25 sim,
            int docs,
            int shards,
            String version)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", 2);
        m.put("base", DATA);
        m.put("v", version);
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
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("boost", f.getValue());
            s.put("reference", sim.referenceLengths().get(f.getKey()));
            fields.put(f.getKey(), s);
        }
        m.put("fields", fields);
        m.put("filters", filterValues(topicOrder, searcher));
        if (!columns.isEmpty()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Column c : columns) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("id", c.id());
                e.put("name", c.name());
                e.put("kind", c.kind());
                e.put("start", c.start());
                e.put("n", c.count());
                e.put("v", c.version());
                // from search/manifest.json to the column's metadata files, and to its own index:
                // the column filter
                // searches that, the column's part of this index, as the column's own search page
                // does
                e.put("m", "../" + c.id() + "/search/" + DATA + "m/");
                e.put("manifest", "../" + c.id() + "/search/manifest.json");
                list.add(e);
            }
            m.put("columns", list);
        }
        return m;
    }

    /** The choices each filter offers, with labels, only where some published document has them. */
    private static Map<String, Object> filterValues(List<String> topicOrder, IndexSearcher searcher)
            throws IOException {
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
        for (String t : topicOrder) {
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

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
