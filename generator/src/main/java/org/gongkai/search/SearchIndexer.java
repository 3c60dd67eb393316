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
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
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
 * class. Lucene doc ids follow the site's newest-first order, so ties in ranking favour newer documents
 * on both the server and the static side.
 */
public final class SearchIndexer {

    /** Where the Lucene files go inside site/, for a host that runs Java (and for {@code gongkai search}). */
    public static final String LUCENE_FOLDER = "search/lucene/";

    /** Rank in the site's newest-first order: the index sort, hence the Lucene doc id. */
    static final String ORDER = "order";

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

    /** Index every published document into a fresh in-memory directory. */
    public static Directory index(SiteModel model) {
        Directory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new BigramAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(512)
                .setUseCompoundFile(true)
                // documents are added from several threads; the index sort puts them back in site order,
                // so doc ids (and with them the static export) do not depend on thread timing
                .setIndexSort(new Sort(new SortField(ORDER, SortField.Type.INT)))
                .setMergePolicy(logDocMergePolicy())
                .setCommitOnClose(true);
        Synonyms synonyms = new Synonyms(model.synonyms());
        List<Document> docs = new ArrayList<>(model.published());
        docs.sort(SiteModel.NEWEST_FIRST);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            java.util.stream.IntStream.range(0, docs.size()).parallel().forEach(i -> {
                List<org.apache.lucene.index.IndexableField> f = fields(model, synonyms, docs.get(i));
                f.add(new NumericDocValuesField(ORDER, i));
                try {
                    writer.addDocument(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private static LogDocMergePolicy logDocMergePolicy() {
        LogDocMergePolicy p = new LogDocMergePolicy();
        p.setNoCFSRatio(1.0);
        return p;
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
        StringBuilder body = new StringBuilder(d.body().text());
        d.summary().ifPresent(s -> body.append('\n').append(s));
        for (Attachment a : d.attachments()) {
            body.append('\n').append(a.title());
        }
        f.add(new Field(SearchSchema.BODY, body.toString(), WITH_FREQS));
        d.issuer().ifPresent(i -> f.add(new Field(SearchSchema.ISSUER, i, WITH_FREQS)));
        for (String t : d.topics()) {
            f.add(new Field(SearchSchema.TOPICS, t.replace('/', ' '), WITH_FREQS));
        }
        for (String t : d.themes()) {
            f.add(new Field(SearchSchema.THEMES, t, WITH_FREQS));
        }
        for (String k : d.keywords()) {
            f.add(new Field(SearchSchema.KEYWORDS, k, WITH_FREQS));
        }
        // once for the title and once for the rest, so a synonym in the title weighs like a title word would
        List<String> more = new ArrayList<>(synonyms.expansions(d.title()));
        more.addAll(synonyms.expansions(body + "\n" + String.join("\n", d.keywords())));
        if (!more.isEmpty()) {
            f.add(new Field(SearchSchema.SYNONYMS, String.join("\n", more), WITH_FREQS));
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
