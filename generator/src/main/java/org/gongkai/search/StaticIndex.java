package org.gongkai.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
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
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.SmallFloat;
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
 *       download stays small; the others score {@code f}, the lowest kept score, an upper bound. The
 *       documents not kept that hold the term in the title or 文号 are listed with that first position
 *       ({@code td} gaps, {@code th}), so the phrase bonus is exact for every candidate;</li>
 *   <li>{@code search/HASH/m/N.json} — title, url, 文号, date, type, 有效性 and a short summary of
 *       {@link #CHUNK} consecutive documents, fetched only for results shown.</li>
 * </ul>
 * Entries and shards are written in the form Jackson gives sorted maps (keys in order, no spaces), the rest
 * through Jackson, so two builds of the same content give the same files.
 */
public final class StaticIndex {

    /** Postings kept per frequent term: enough for the top of any ranking, small enough for a slow phone. */
    public static final int CAP = 200;
    /**
     * Documents per metadata file. One each is the least a result list can fetch, but it was 9,600 files
     * (and as many .gz) at 10,000 documents; four each cost a shown result about 0.15 KB more on average
     * (neighbouring doc ids often show together) and a quarter of the files.
     */
    public static final int CHUNK = 4;
    /**
     * Aim for shards of about this many bytes before gzip: a query fetches a whole shard for each of its
     * terms, the other terms in it included, so this is roughly what a term costs beyond its own entry.
     */
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

        // every entry is serialised once, in parallel over contiguous ranges of the vocabulary
        List<Entry> entries = new ArrayList<>(termEntries(reader, searcher));
        Map<String, Object> filters = new TreeMap<>();
        filterEntries(reader, filters);
        for (Map.Entry<String, Object> e : filters.entrySet()) {
            entries.add(new Entry(e.getKey(), JSON.writeValueAsString(e.getValue())));
        }
        long total = 0;
        for (Entry e : entries) {
            total += e.json.length() + e.key.length() * 3L + 6;
        }
        int shards = Math.max(1, (int) Math.min(1 << 16, total / SHARD_TARGET));
        List<List<Entry>> byShard = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            byShard.add(new ArrayList<>());
        }
        for (Entry e : entries) {
            byShard.get(shard(e.key, shards)).add(e);
        }

        // file name → bytes, the shards then the metadata, each built in parallel
        String[] names = new String[shards + (n + CHUNK - 1) / CHUNK];
        byte[][] contents = new byte[names.length][];
        IntStream.range(0, shards).parallel().forEach(i -> {
            names[i] = i + ".json";
            contents[i] = shardJson(byShard.get(i));
        });
        int chunks = names.length - shards;
        int tasks = Math.max(1, Math.min(chunks, 8 * ForkJoinPool.getCommonPoolParallelism()));
        List<Document> byDocId = inDocIdOrder(reader, model);
        IntStream.range(0, tasks).parallel().forEach(t -> {
            for (int c = (int) ((long) chunks * t / tasks), end = (int) ((long) chunks * (t + 1) / tasks); c < end; c++) {
                List<Object> chunk = new ArrayList<>();
                for (int doc = c * CHUNK; doc < Math.min(n, (c + 1) * CHUNK); doc++) {
                    chunk.add(meta(model, byDocId.get(doc)));
                }
                names[shards + c] = "m/" + c + ".json";
                contents[shards + c] = bytes(chunk);
            }
        });
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < names.length; i++) {
            files.put(names[i], contents[i]);
        }
        MessageDigest sha = sha256();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            sha.update(f.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update(f.getValue());
        }
        String folder = HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        IntStream.range(0, names.length).parallel()
                .forEach(i -> out.write("search/" + folder + "/" + names[i], contents[i]));
        long bytes = 0;
        for (byte[] c : contents) {
            bytes += c.length;
        }
        byte[] manifest = JSON.writeValueAsBytes(manifest(model, searcher, n, shards, folder));
        out.write("search/manifest.json", manifest);
        return new Export("search/" + folder + "/", shards, entries.size(), bytes + manifest.length);
    }

    /** One term (or filter value) and its entry, already JSON. */
    private record Entry(String key, String json) {
    }

    /** A shard as Jackson writes a sorted map of raw values: {"key":entry,…}, keys in String order. */
    private static byte[] shardJson(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(java.util.Comparator.comparing(Entry::key));
        StringBuilder sb = new StringBuilder(16 + sorted.stream().mapToInt(e -> e.json.length() + e.key.length() + 4).sum());
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
     * The published documents by Lucene doc id, as {@link SearchIndexer#inIndexOrder} gives them: reading
     * every document's stored id back instead decompressed a stored-field block per document (200 MB
     * allocated at 10,000 documents). The first, middle and last ids are read to hold the index to that order.
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
     * Per analysed field, what BM25 needs that does not depend on the term: the collection statistics,
     * the boost and Lucene's 256-entry table of 1 / (k1 · ((1 − b) + b · length / avgdl)), and each
     * leaf's norms as bytes. {@link #score} then repeats BM25Similarity's float arithmetic step by step, so
     * the export scores exactly as IndexSearcher does, without building a scorer (and its table) per term.
     */
    private static final class FieldModel {
        final String field;
        final int index;
        final float boost;
        final CollectionStatistics stats;
        final float[] normInverse = new float[256];
        final byte[][] norms;
        final boolean positions;
        final int offset;

        FieldModel(DirectoryReader reader, IndexSearcher searcher, String field, int index) throws IOException {
            this.field = field;
            this.index = index;
            this.boost = SearchSchema.BOOSTS.get(field);
            this.stats = searcher.collectionStatistics(field);
            this.positions = field.equals(SearchSchema.TITLE) || field.equals(SearchSchema.DOC_NUMBER);
            this.offset = field.equals(SearchSchema.DOC_NUMBER) ? SearchSchema.DOC_NUMBER_OFFSET : 0;
            if (stats != null) {
                float avgdl = (float) (stats.sumTotalTermFreq() / (double) stats.docCount());
                for (int i = 0; i < 256; i++) {
                    normInverse[i] = 1f / (SearchSchema.K1 * ((1 - SearchSchema.B)
                            + SearchSchema.B * SmallFloat.byte4ToInt((byte) i) / avgdl));
                }
            }
            norms = new byte[reader.leaves().size()][];
            for (LeafReaderContext leaf : reader.leaves()) {
                byte[] b = new byte[leaf.reader().maxDoc()];
                Arrays.fill(b, (byte) 1);
                NumericDocValues nv = leaf.reader().getNormValues(field);
                if (nv != null) {
                    for (int d = nv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = nv.nextDoc()) {
                        b[d] = (byte) nv.longValue();
                    }
                }
                norms[leaf.ord] = b;
            }
        }

        /** BM25Similarity's weight: boost · idf, idf = ln(1 + (docCount − df + 0.5) / (df + 0.5)). */
        float weight(long docFreq) {
            float idf = (float) Math.log(1 + (stats.docCount() - docFreq + 0.5D) / (docFreq + 0.5D));
            return boost * idf;
        }

        /** BM25Similarity.BM25Scorer#score. */
        float score(float weight, int freq, byte norm) {
            return weight - weight / (1f + freq * normInverse[norm & 0xFF]);
        }
    }

    /** The vocabulary of the analysed fields, in term order, with the work each term costs (its postings). */
    private static List<Object[]> vocabulary(DirectoryReader reader) throws IOException {
        java.util.PriorityQueue<Object[]> queue = new java.util.PriorityQueue<>(
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

    /** Every term's entry, in term order: contiguous ranges of the vocabulary in parallel, each with cursors of its own. */
    private static List<Entry> termEntries(DirectoryReader reader, IndexSearcher searcher) throws IOException {
        List<FieldModel> fields = new ArrayList<>();
        for (String field : SearchSchema.BOOSTS.keySet()) {
            fields.add(new FieldModel(reader, searcher, field, fields.size()));
        }
        List<Object[]> vocabulary = vocabulary(reader);
        long work = 0;
        for (Object[] v : vocabulary) {
            work += ((long[]) v[1])[0] + 16;
        }
        int tasks = Math.max(1, Math.min(vocabulary.size() / 64, 4 * ForkJoinPool.getCommonPoolParallelism()));
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
        List<List<Entry>> parts = IntStream.range(0, tasks).parallel()
                .mapToObj(t -> new TermRange(reader, fields).entries(vocabulary.subList(cut[t], cut[t + 1])))
                .toList();
        List<Entry> out = new ArrayList<>(vocabulary.size());
        parts.forEach(out::addAll);
        return out;
    }

    /** One task's walk through a range of the vocabulary: per leaf and field a TermsEnum that only moves forward. */
    private static final class TermRange {
        final DirectoryReader reader;
        final List<FieldModel> fields;
        final int n;
        final double[] score;
        final int[] head;
        final FixedBitSet members;
        final TermsEnum[][] cursor;
        final BytesRef[][] at;
        final PostingsEnum[][] postings;

        TermRange(DirectoryReader reader, List<FieldModel> fields) {
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

        List<Entry> entries(List<Object[]> range) {
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
                        at[f.index][leaf.ord] = te.seekCeil(first) == TermsEnum.SeekStatus.END ? null : te.term();
                    }
                }
                for (Object[] v : range) {
                    BytesRef term = (BytesRef) v[0];
                    out.add(new Entry(term.utf8ToString(), entry(term)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }

        private String entry(BytesRef term) throws IOException {
            // title before 文号: a term's "head" position is its first place in the title, else in the 文号
            for (FieldModel f : fields) {
                long docFreq = 0;
                boolean any = false;
                for (int l = 0; l < at[f.index].length; l++) {
                    if (at[f.index][l] != null && at[f.index][l].bytesEquals(term)) {
                        docFreq += cursor[f.index][l].docFreq();
                        any = true;
                    }
                }
                if (!any) {
                    continue;
                }
                float weight = f.weight(docFreq);
                for (LeafReaderContext leaf : reader.leaves()) {
                    int l = leaf.ord;
                    if (at[f.index][l] == null || !at[f.index][l].bytesEquals(term)) {
                        continue;
                    }
                    TermsEnum te = cursor[f.index][l];
                    PostingsEnum pe = postings[f.index][l] = te.postings(postings[f.index][l],
                            f.positions ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
                    byte[] norms = f.norms[l];
                    for (int doc; (doc = pe.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS; ) {
                        int global = leaf.docBase + doc;
                        if (!members.getAndSet(global)) {
                            score[global] = 0;
                            head[global] = 0;
                        }
                        score[global] += f.score(weight, pe.freq(), norms[doc]);
                        if (f.positions && head[global] == 0) {
                            head[global] = pe.nextPosition() + f.offset + 1;
                        }
                    }
                    BytesRef next = te.next();
                    at[f.index][l] = next;
                }
            }
            String json = termEntry(score, head, members);
            members.clear();
            return json;
        }
    }

    /** A term's entry as Jackson would write its sorted map: d, f, h, m, n, s, td, th. */
    private static String termEntry(double[] score, int[] head, FixedBitSet members) {
        int count = members.cardinality();
        int[] docs = new int[count];
        int k = 0;
        for (int d = members.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
             d = d + 1 < members.length() ? members.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            docs[k++] = d;
        }
        int[] kept = docs;
        long floor = 0;
        Object membership = null;
        if (count > CAP) {
            // highest quantised score first, then lowest doc id: packed into one long; the CAP smallest
            long[] order = new long[count];
            for (int i = 0; i < count; i++) {
                order[i] = (-quantise(score[docs[i]]) << 32) | docs[i];
            }
            selectSmallest(order, CAP);
            long last = Long.MIN_VALUE;
            kept = new int[CAP];
            for (int i = 0; i < CAP; i++) {
                kept[i] = (int) order[i];
                last = Math.max(last, order[i]);
            }
            Arrays.sort(kept);
            floor = -(last >> 32);
            membership = membership(docs, members);
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
            // the documents not kept that hold the term in the title or 文号, with its first position there:
            // every candidate's phrase bonus is then exact, as Lucene computes it, not only the kept ones'
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

    /** Rearranges {@code a} so that its {@code k} smallest values (all distinct) come first, in any order. */
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
