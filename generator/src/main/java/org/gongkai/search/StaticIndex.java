package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.gongkai.content.Document;
import org.gongkai.content.Parallel;
import org.gongkai.publish.SearchFiles;
import org.gongkai.site.SiteModel;

/**
 * The browser's copy of the index, exported from the Lucene index of record (terms and postings
 * read back by {@link PostingsWalk}, scored with {@link StableBM25}'s arithmetic), split so that a
 * query downloads only what it needs:
 *
 * <ul>
 *   <li>{@code search/manifest.json} ({@link IndexManifest}) — small: document count, shard count,
 *       ranking constants, filter values, and {@code v}, a fingerprint of every file below: the
 *       search page asks for them with {@code ?v=}, so a browser never mixes a cached shard with a
 *       newer manifest;
 *   <li>{@code search/data/N.json} — shard N of the terms ({@link ShardPlan}), each term's entry as
 *       {@link EntryEncoding} writes it, filter values as {@link FilterEntries};
 *   <li>{@code search/data/m/N.json} ({@link ResultMetadata}) — what results show, fetched only for
 *       results shown;
 *   <li>a platform's bounded index only: {@code search/data/x/N.json} ({@link Sidecar}), the part
 *       of shard N's frequent terms that grows with the platform, and title phrases ({@link
 *       TitlePhrases}) in the shards.
 * </ul>
 *
 * An entry depends on its term's postings alone (doc ids oldest first, scores of one document, a
 * membership set that ends at the term's last document), and the shard count moves only at powers
 * of two: an edit changes the shards of the edited document's terms and one metadata file, a new
 * document those of its terms and the last metadata file. Each file's fingerprint (what it is made
 * from) goes into the build record; an incremental build fingerprints every term's postings, keeps
 * the files whose fingerprint is unchanged and makes entries only for the shards that changed.
 *
 * <p>This class runs the export: which entries to make, which files to write or keep, and the
 * version over all of them.
 */
public final class StaticIndex {

    /** Where the shards ({@code N.json}) and the metadata ({@code m/N.json}) go, under search/. */
    static final String DATA = "data/";

    private StaticIndex() {}

    /**
     * What an export did: where, how many shards and entries, bytes written, files written and
     * kept.
     */
    public record Export(String folder, int shards, int terms, long bytes, int written, int kept) {}

    /**
     * A column of a platform's index: its documents are doc ids [start, start + count), their
     * metadata in the column's own {@code search/data/m/} (as of its manifest's version {@code v}),
     * their urls from its root.
     */
    public record Column(
            String id, String name, String kind, int start, int count, String version) {}

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
        List<String> topics = model.taxonomy().topLevelNames();
        return export(
                reader,
                topics,
                doc -> ResultMetadata.of(model, byDocId.get(doc)),
                List.of(),
                EntryEncoding.Mode.EXACT,
                out);
    }

    /**
     * A platform's one index over its columns' ({@code reader}: their indexes in {@code columns}'
     * order, one after another): the shards as a column's, no metadata files of its own — a
     * result's metadata is read from its column's {@code search/data/m/}, which the manifest names
     * with the column's doc-id range.
     */
    public static Export writePlatform(IndexReader reader, List<Column> columns, SearchFiles out)
            throws IOException {
        return writePlatform(reader, columns, EntryEncoding.Mode.EXACT, out);
    }

    /**
     * The platform's index with its frequent terms written as {@code mode} says: exact as a
     * column's, or bounded ({@link EntryEncoding.Mode}), whose entries do not grow with the
     * platform.
     */
    static Export writePlatform(
            IndexReader reader, List<Column> columns, EntryEncoding.Mode mode, SearchFiles out)
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
        return export(reader, List.of(), null, columns, mode, out);
    }

    /**
     * The export: shards of the terms and filter values; with {@code meta} the metadata files,
     * without it the {@code columns} whose files hold them.
     */
    private static Export export(
            IndexReader reader,
            List<String> topicOrder,
            IntFunction<Map<String, Object>> meta,
            List<Column> columns,
            EntryEncoding.Mode mode,
            SearchFiles out)
            throws IOException {
        int n = reader.maxDoc();
        StableBM25 sim = StableBM25.of(reader);
        List<FieldScoring> fields = FieldScoring.of(reader, sim);
        Vocabulary vocabulary = Vocabulary.read(reader);
        List<ShardEntry> filterEntries = new ArrayList<>(FilterEntries.of(reader));
        if (mode.bounded()) {
            // made whole every time: one walk over the titles' positions, cheap beside the postings
            filterEntries.addAll(TitlePhrases.of(reader));
        }
        ShardPlan plan =
                ShardPlan.of(
                        ShardPlan.expectedBytes(vocabulary, filterEntries, n, mode), sim, mode);
        int shards = plan.count();

        // Every term's fingerprint (its postings), and its entry unless the previous export may
        // still hold it: then a second walk makes the entries of the shards whose fingerprint
        // changed, and only those.
        boolean incremental = out.keepsSearchFiles();
        List<ShardEntry> entries =
                incremental
                        ? PostingsWalk.fingerprints(reader, fields, vocabulary, mode)
                        : PostingsWalk.entries(reader, fields, vocabulary, mode, term -> true);
        entries.addAll(filterEntries);
        List<List<ShardEntry>> byShard = plan.split(entries);
        long[] fingerprint = new long[shards];
        boolean[] make = new boolean[shards];
        Parallel.range(
                shards,
                i -> {
                    fingerprint[i] = plan.fingerprint(byShard.get(i));
                    make[i] = !out.keepSearchFile(ShardPlan.file(i), fingerprint[i]);
                    // a bounded index's sidecar is made from the same entries: kept or made with
                    // its shard
                    make[i] |=
                            mode.bounded()
                                    && !out.keepSearchFile(
                                            Sidecar.file(i), sidecarPrint(fingerprint[i]));
                });
        if (incremental) {
            makeChanged(reader, fields, vocabulary, mode, byShard, make);
        }

        // the shards to write, then the metadata: each made in parallel, a file kept when it is as
        // last time
        int sides = mode.bounded() ? shards : 0;
        String[] names = new String[shards + sides + (meta == null ? 0 : ResultMetadata.files(n))];
        long[] prints = new long[names.length];
        AtomicLong bytes = new AtomicLong();
        AtomicInteger kept = new AtomicInteger();
        Parallel.range(
                shards,
                i -> {
                    names[i] = ShardPlan.file(i);
                    prints[i] = fingerprint[i];
                    if (sides > 0) {
                        names[shards + i] = Sidecar.file(i);
                        prints[shards + i] = sidecarPrint(fingerprint[i]);
                    }
                    if (!make[i]) {
                        kept.addAndGet(1 + (sides > 0 ? 1 : 0));
                    } else if (sides == 0) {
                        byte[] json = ShardPlan.json(byShard.get(i));
                        out.writeSearchFile(names[i], json, fingerprint[i]);
                        bytes.addAndGet(json.length);
                    } else {
                        List<ShardEntry> shard = new ArrayList<>();
                        List<ShardEntry> side = new ArrayList<>();
                        for (ShardEntry e : byShard.get(i)) {
                            Sidecar.Split split = Sidecar.split(e.json());
                            shard.add(new ShardEntry(e.key(), e.fingerprint(), split.kept()));
                            if (split.side() != null) {
                                side.add(new ShardEntry(e.key(), e.fingerprint(), split.side()));
                            }
                        }
                        byte[] json = ShardPlan.json(shard);
                        byte[] sideJson = ShardPlan.json(side);
                        out.writeSearchFile(names[i], json, prints[i]);
                        out.writeSearchFile(names[shards + i], sideJson, prints[shards + i]);
                        bytes.addAndGet(json.length + sideJson.length);
                    }
                });
        int chunks = names.length - shards - sides;
        int tasks = Math.max(1, Math.min(chunks, 8 * ForkJoinPool.getCommonPoolParallelism()));
        Parallel.range(
                tasks,
                t -> {
                    int end = (int) ((long) chunks * (t + 1) / tasks);
                    for (int c = (int) ((long) chunks * t / tasks); c < end; c++) {
                        byte[] json = ResultMetadata.json(c, n, meta);
                        int i = shards + sides + c;
                        names[i] = ResultMetadata.file(c);
                        prints[i] = Fingerprint.of(json);
                        if (out.keepSearchFile(names[i], prints[i])) {
                            kept.incrementAndGet();
                        } else {
                            out.writeSearchFile(names[i], json, prints[i]);
                            bytes.addAndGet(json.length);
                        }
                    }
                });
        byte[] manifest =
                IndexManifest.json(
                        reader,
                        topicOrder,
                        columns,
                        sim,
                        mode,
                        shards,
                        Fingerprint.hex(version(plan, columns, names, prints)));
        out.write("search/manifest.json", manifest);
        return new Export(
                "search/" + DATA,
                shards,
                entries.size(),
                bytes.get() + manifest.length,
                names.length - kept.get(),
                kept.get());
    }

    /** A sidecar is made from its shard's entries: its own fingerprint, derived. */
    private static long sidecarPrint(long shard) {
        return Fingerprint.mix(shard, 0x5EDECA5L);
    }

    /** Fills in the entries of the shards to {@code make}, which the fingerprint walk left out. */
    private static void makeChanged(
            IndexReader reader,
            List<FieldScoring> fields,
            Vocabulary vocabulary,
            EntryEncoding.Mode mode,
            List<List<ShardEntry>> byShard,
            boolean[] make) {
        Set<BytesRef> wanted = new HashSet<>();
        for (int i = 0; i < make.length; i++) {
            for (ShardEntry e : make[i] ? byShard.get(i) : List.<ShardEntry>of()) {
                wanted.add(new BytesRef(e.key()));
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        Map<String, ShardEntry> made = new HashMap<>();
        for (ShardEntry e :
                PostingsWalk.entries(reader, fields, vocabulary, mode, wanted::contains)) {
            made.put(e.key(), e);
        }
        for (int i = 0; i < make.length; i++) {
            if (make[i]) {
                byShard.get(i).replaceAll(e -> e.json() != null ? e : made.get(e.key()));
            }
        }
    }

    /**
     * The version the search page asks for (?v=): the layout, the columns' versions and every
     * file's fingerprint, so it changes with any of them.
     */
    private static long version(
            ShardPlan plan, List<Column> columns, String[] names, long[] prints) {
        long version = plan.layout();
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
        return version;
    }

    /**
     * The published documents by Lucene doc id, as {@link SearchIndexer#inIndexOrder} gives them:
     * reading every document's stored id back instead decompressed a stored-field block per
     * document (200 MB allocated at 10,000 documents). The first, middle and last ids are read to
     * hold the index to that order.
     */
    private static List<Document> inDocIdOrder(DirectoryReader reader, SiteModel model)
            throws IOException {
        List<Document> docs = SearchIndexer.inIndexOrder(model);
        int n = reader.maxDoc();
        StoredFields stored = reader.storedFields();
        if (docs.size() != n) {
            throw new IllegalStateException("索引中有 " + n + " 个文件，网站有 " + docs.size() + " 个");
        }
        for (int doc : new int[] {0, n / 2, n - 1}) {
            if (doc >= 0
                    && doc < n
                    && !stored.document(doc, Set.of(SearchSchema.ID))
                            .get(SearchSchema.ID)
                            .equals(docs.get(doc).id())) {
                throw new IllegalStateException("索引的文件顺序与网站不同（第 " + doc + " 个）");
            }
        }
        return docs;
    }
}
