package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.gongkai.content.Attachment;
import org.gongkai.content.Document;
import org.gongkai.publish.OutputTree;
import org.gongkai.render.SitePaths;
import org.gongkai.site.SiteModel;

/**
 * The index of record: one {@link IndexWriter} run ({@link IndexWriterConfig.OpenMode#CREATE}) over
 * {@link SiteModel#published()} and nothing else — a withheld or on-request document never reaches this
 * class. Lucene doc ids follow the site's order reversed, oldest first (see {@link #inIndexOrder}); ties in
 * ranking favour the higher id, the newer document, on both the server and the static side.
 */
public final class SearchIndexer {

    /** Where the Lucene files go inside site/, for a host that runs Java (and for {@code gongkai search}). */
    public static final String LUCENE_FOLDER = "search/lucene/";

    private static final FieldType WITH_POSITIONS = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    private static final FieldType WITH_FREQS = textType(IndexOptions.DOCS_AND_FREQS);

    private SearchIndexer() {
    }

    private static FieldType textType(IndexOptions options) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(options);
        t.freeze();
        return t;
    }

    /**
     * Documents per slice below which one slice (one thread) does it all: a small site is indexed before a
     * second writer would have started.
     */
    static final int MIN_SLICE = 500;
    /** Fixed, not the machine's core count, so the same content gives the same index everywhere. */
    static final int SLICES = 2;
    /**
     * Per slice writer: the in-memory postings of 5,000 make-corpus documents fit, so a slice flushes once,
     * at the end; a heavier slice flushes more segments (the same ones every time: one thread, fixed input).
     */
    static final double RAM_BUFFER_MB = 96;

    /**
     * Index every published document into a fresh in-memory directory, doc ids oldest first
     * ({@link #inIndexOrder}).
     *
     * <p>The documents are cut into {@link #SLICES} contiguous slices, balanced by text length. Each slice is
     * indexed by one writer fed from one thread in site order, so its doc ids are its documents' order with
     * no index sort (sorting postings at flush and merge was the largest single cost); the index of record
     * is then one writer ({@link IndexWriterConfig.OpenMode#CREATE}) that takes the slices' segments as they
     * are, in slice order (no merge: that was the one step left on a single thread). Same content, same
     * index — whatever the thread timing or the number of cores. Everything that reads the index (the
     * static export, {@link SearchService}) works over any number of segments.
     */
    public static Directory index(SiteModel model) {
        Synonyms synonyms = new Synonyms(model.synonyms());
        List<Document> docs = inIndexOrder(model);
        List<List<Document>> slices = slices(docs, docs.size() >= 2 * MIN_SLICE ? SLICES : 1);
        List<Directory> parts = new ArrayList<>();
        try {
            for (int i = 0; i < slices.size(); i++) {
                parts.add(new ByteBuffersDirectory());
            }
            java.util.stream.IntStream.range(0, slices.size()).parallel()
                    .forEach(i -> indexSlice(model, synonyms, slices.get(i), parts.get(i)));
            Directory dir = new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(new BigramAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE)
                    .setCommitOnClose(true);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                // the slices' segments, copied as they are, in slice order: doc ids stay in site order
                writer.addIndexes(parts.toArray(new Directory[0]));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                org.apache.lucene.util.IOUtils.close(parts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The published documents in the order they get Lucene doc ids: oldest first, so that a new document
     * (the newest) takes the next id and every other keeps its own — the static export's shards hold doc
     * ids, and only those of the new document's terms change. Ties in ranking go to the higher id, the
     * newer document. The export takes each doc id's metadata from this list, and the search step's input
     * digest follows it.
     */
    static List<Document> inIndexOrder(SiteModel model) {
        List<Document> docs = new ArrayList<>(model.published());
        docs.sort(SiteModel.NEWEST_FIRST.reversed());
        return docs;
    }

    /** Contiguous runs of {@code docs}, {@code count} of them, each holding about as much text as the others. */
    static List<List<Document>> slices(List<Document> docs, int count) {
        long total = 0;
        for (Document d : docs) {
            total += weight(d);
        }
        List<List<Document>> out = new ArrayList<>();
        int from = 0;
        long seen = 0;
        for (int i = 0; i < docs.size() && out.size() < count - 1; i++) {
            seen += weight(docs.get(i));
            if (seen * count >= total * (out.size() + 1)) {
                out.add(docs.subList(from, i + 1));
                from = i + 1;
            }
        }
        out.add(docs.subList(from, docs.size()));
        out.removeIf(List::isEmpty);
        return out.isEmpty() ? List.of(docs) : out;
    }

    private static long weight(Document d) {
        return 64L + d.title().length() + d.body().text().length();
    }

    /** One slice, one writer, one thread: documents get doc ids in the order they are added. */
    private static void indexSlice(SiteModel model, Synonyms synonyms, List<Document> docs, Directory dir) {
        IndexWriterConfig config = new IndexWriterConfig(new BigramAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setSimilarity(new CountedTerms.Norms())
                .setUseCompoundFile(true)
                .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE)
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (Document d : docs) {
                writer.addDocument(fields(model, synonyms, d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Index the site and copy the Lucene files into {@code out} under {@link #LUCENE_FOLDER}. */
    public static Directory write(SiteModel model, OutputTree out) {
        Directory dir = index(model);
        try {
            for (String name : dir.listAll()) {
                try (IndexInput in = dir.openInput(name, IOContext.READONCE)) {
                    byte[] bytes = new byte[(int) in.length()];
                    in.readBytes(bytes, 0, bytes.length);
                    out.write(LUCENE_FOLDER + name, bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /**
     * A digest of everything the search step reads — here ({@link #fields}, {@link #filterValues}), in
     * {@link StaticIndex} (its per-document metadata and manifest) — in index order: an incremental build
     * takes the previous search files whole when it is the same. Whatever those read must be added here.
     */
    public static String inputs(SiteModel model) {
        List<Object> all = new ArrayList<>();
        all.add(model.synonyms());
        all.add(SearchSchema.BOOSTS.toString());
        all.add(model.taxonomy().topics().stream().map(org.gongkai.content.Taxonomy.Topic::name).toList());
        for (Document d : inIndexOrder(model)) {
            all.add(List.of(d.id(), d.type().key(), d.type().label(), d.title(), SitePaths.document(d),
                    d.policy().flatMap(p -> p.docNumber()), d.published(), d.issuer(), d.topics(), d.themes(),
                    d.keywords(), d.summary(), d.summaryText(), d.body().text(),
                    d.attachments().stream().map(Attachment::title).toList(),
                    model.validityOf(d.id()).map(v -> v.slug() + "\u0000" + v.label())));
        }
        return java.util.HexFormat.of().formatHex(org.gongkai.render.ViewDigest.of(all));
    }

    static List<org.apache.lucene.index.IndexableField> fields(SiteModel model, Synonyms synonyms, Document d) {
        List<org.apache.lucene.index.IndexableField> f = new ArrayList<>();
        f.add(new StringField(SearchSchema.ID, d.id(), Field.Store.YES));
        f.add(new StoredField("url", SitePaths.document(d)));
        f.add(new Field(SearchSchema.TITLE, d.title(), WITH_POSITIONS));
        f.add(new StoredField(SearchSchema.TITLE, d.title()));
        d.policy().flatMap(p -> p.docNumber()).ifPresent(n -> {
            f.add(new Field(SearchSchema.DOC_NUMBER, Analysis.docNumber(n), WITH_POSITIONS));
            f.add(new StoredField(SearchSchema.DOC_NUMBER, n));
        });
        StringBuilder text = new StringBuilder(d.body().text());
        d.summary().ifPresent(x -> text.append('\n').append(x));
        for (Attachment a : d.attachments()) {
            text.append('\n').append(a.title());
        }
        char[] body = Analysis.normalised(text.toString());
        f.add(new Field(SearchSchema.BODY, CountedTerms.of(body), WITH_FREQS));
        d.issuer().ifPresent(i -> f.add(new Field(SearchSchema.ISSUER, CountedTerms.of(i), WITH_FREQS)));
        for (String t : d.topics()) {
            f.add(new Field(SearchSchema.TOPICS, CountedTerms.of(t.replace('/', ' ')), WITH_FREQS));
        }
        for (String t : d.themes()) {
            f.add(new Field(SearchSchema.THEMES, CountedTerms.of(t), WITH_FREQS));
        }
        List<char[]> rest = new ArrayList<>();
        rest.add(body);
        for (String k : d.keywords()) {
            char[] kw = Analysis.normalised(k);
            rest.add(kw);
            f.add(new Field(SearchSchema.KEYWORDS, CountedTerms.of(kw), WITH_FREQS));
        }
        // once for the title and once for the rest, so a synonym in the title weighs like a title word would
        if (!synonyms.isEmpty()) {
            List<String> more = new ArrayList<>(synonyms.expansions(d.title()));
            more.addAll(synonyms.expansionsOfNormalised(rest));
            if (!more.isEmpty()) {
                f.add(new Field(SearchSchema.SYNONYMS, CountedTerms.of(String.join("\n", more)), WITH_FREQS));
            }
        }
        for (String[] kv : filterValues(model, d)) {
            f.add(new StringField(kv[0], kv[1], Field.Store.NO));
        }
        d.published().ifPresent(p -> {
            f.add(new LongPoint(SearchSchema.PUBLISHED, p.toEpochDay()));
            f.add(new StoredField(SearchSchema.PUBLISHED, p.toEpochDay()));
        });
        return f;
    }

    /** The exact-valued facets the filters use: type, year, validity, and each topic with its top level. */
    static List<String[]> filterValues(SiteModel model, Document d) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {SearchSchema.TYPE, d.type().key()});
        d.published().map(LocalDate::getYear).ifPresent(y -> out.add(new String[] {SearchSchema.YEAR, y.toString()}));
        model.validityOf(d.id()).ifPresent(v -> out.add(new String[] {SearchSchema.VALIDITY, v.slug()}));
        Set<String> topics = new LinkedHashSet<>();
        for (String t : d.topics()) {
            topics.add(t.contains("/") ? t.substring(0, t.indexOf('/')) : t);
        }
        topics.forEach(t -> out.add(new String[] {SearchSchema.TOPIC, t}));
        return out;
    }
}
