package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.Version;
import org.gongkai.content.Attachment;
import org.gongkai.content.DocNumber;
import org.gongkai.content.Document;
import org.gongkai.content.Parallel;
import org.gongkai.publish.OutputTree;
import org.gongkai.render.GeneratorIdentity;
import org.gongkai.render.SitePaths;
import org.gongkai.render.ViewDigest;
import org.gongkai.site.SiteModel;

/**
 * The index of record: one {@link IndexWriter} run ({@link IndexWriterConfig.OpenMode#CREATE}) over
 * {@link SiteModel#published()} and nothing else — a withheld or on-request document never reaches
 * this class. Lucene doc ids follow the site's order reversed, oldest first (see {@link
 * #inIndexOrder}); ties in ranking favour the higher id, the newer document, on both the server and
 * the static side.
 */
public final class SearchIndexer {

    /**
     * Where the Lucene files go inside site/, for a host that runs Java (and for {@code gongkai
     * search}).
     */
    public static final String LUCENE_FOLDER = "search/lucene/";

    private SearchIndexer() {}

    /**
     * Documents per block. The index of record is the blocks of this many consecutive documents (in
     * index order), each indexed alone by one writer on one thread into its own segment, then taken
     * as they are (no merge) in block order. Fixed, not the machine's core count or the site's
     * size: the same content gives the same index everywhere, and a block whose documents did not
     * change is the same block — an incremental build or the preview takes it from its {@link
     * BlockStore} instead of indexing it again. An edit then costs one block (a new document, the
     * last one): at 10,000 make-corpus documents the Lucene step of an incremental build takes a
     * third of the CPU it took when it indexed everything. Blocks of 1,024 made full builds 0.3–0.5
     * s slower at 10,000 documents (ten flushes and segments instead of two or three); 4,096 left
     * them as fast as before (measured interleaved, against Hugo). A site under 4,096 documents is
     * one block, indexed on one thread beside the pages: the 3,000 real texts built in 12.3–14.7 s
     * wall, 20–22 CPU-s that way against 12.8–13.4 s, 24 CPU-s in two slices; cutting them into
     * blocks of 1,024 cost 26–27 CPU-s (a vocabulary of 319,000 terms: each segment builds its own
     * terms dictionary, and the export walks every segment).
     */
    static final int BLOCK = 4096;

    /** Per block writer: a block's in-memory postings fit, so it flushes once, at the end. */
    static final double RAM_BUFFER_MB = 96;

    /** Index every published document into a fresh in-memory directory, indexing every block. */
    public static Directory index(SiteModel model) {
        return index(model, BlockStore.none());
    }

    /**
     * Index every published document into a fresh in-memory directory, doc ids oldest first ({@link
     * #inIndexOrder}), taking from {@code store} the blocks it keeps and keeping there the ones
     * indexed. Sorting postings at flush and merge was the largest single cost once, so there is
     * neither: each block's doc ids are its documents' order, and the blocks' segments are copied
     * in order. Everything that reads the index (the static export, {@link SearchService}) works
     * over any number of segments.
     */
    public static Directory index(SiteModel model, BlockStore store) {
        return index(
                model,
                store,
                BLOCK,
                store.keeps() ? Optional.of(inputs(model, BLOCK).blocks()) : Optional.empty());
    }

    /**
     * As above with blocks of {@code block} documents (tests use small ones on small corpora), and
     * the blocks' keys from {@link #inputs} when the store keeps blocks (none otherwise: each block
     * is keyed by its place).
     */
    static Directory index(
            SiteModel model, BlockStore store, int block, Optional<List<String>> blockKeys) {
        Synonyms synonyms = new Synonyms(model.synonyms());
        List<List<Document>> blocks = blocks(inIndexOrder(model), block);
        String[] keys = new String[blocks.size()];
        Directory[] parts = new Directory[blocks.size()];
        List<Directory> made = Collections.synchronizedList(new ArrayList<>());
        try {
            Parallel.range(
                    blocks.size(),
                    i -> {
                        try {
                            int at = i;
                            keys[i] = blockKeys.map(k -> k.get(at)).orElse(String.valueOf(i));
                            Optional<Directory> kept = store.find(keys[i]);
                            if (kept.isPresent()) {
                                parts[i] = kept.get();
                            } else {
                                Directory dir = new ByteBuffersDirectory();
                                made.add(dir);
                                indexBlock(model, synonyms, blocks.get(i), dir);
                                store.keep(keys[i], dir);
                                parts[i] = dir;
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            Directory dir = new ByteBuffersDirectory();
            IndexWriterConfig config =
                    new IndexWriterConfig(new BigramAnalyzer())
                            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                            .setMergePolicy(NoMergePolicy.INSTANCE)
                            .setCommitOnClose(true);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                // the blocks' segments, copied as they are, in block order: doc ids stay in index
                // order
                writer.addIndexes(parts);
            }
            store.retain(Set.of(keys));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // in-memory directories: closing them frees buffers and cannot fail in a way worth
            // hiding the try block's own exception for
            IOUtils.closeWhileHandlingException(made);
        }
    }

    /**
     * The published documents in the order they get Lucene doc ids: oldest first, so that a new
     * document (the newest) takes the next id and every other keeps its own — the static export's
     * shards hold doc ids, and only those of the new document's terms change. Ties in ranking go to
     * the higher id, the newer document. The export takes each doc id's metadata from this list,
     * and the search step's input digest follows it.
     */
    static List<Document> inIndexOrder(SiteModel model) {
        List<Document> docs = new ArrayList<>(model.published());
        docs.sort(SiteModel.NEWEST_FIRST.reversed());
        return docs;
    }

    /** One block, one writer, one thread: documents get doc ids in the order they are added. */
    private static void indexBlock(
            SiteModel model, Synonyms synonyms, List<Document> docs, Directory dir) {
        IndexWriterConfig config =
                new IndexWriterConfig(new BigramAnalyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                        .setRAMBufferSizeMB(RAM_BUFFER_MB)
                        .setSimilarity(new CountedTerms.Norms())
                        .setUseCompoundFile(true)
                        .setMergePolicy(NoMergePolicy.INSTANCE)
                        .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (Document d : docs) {
                writer.addDocument(IndexedDocument.fields(model, synonyms, d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Index the site and copy the Lucene files into {@code out} under {@link #LUCENE_FOLDER}. */
    public static Directory write(SiteModel model, OutputTree out) {
        return write(model, out, BlockStore.none());
    }

    /** As {@link #write(SiteModel, OutputTree)}, taking unchanged blocks from {@code store}. */
    public static Directory write(SiteModel model, OutputTree out, BlockStore store) {
        return write(
                model, out, store, store.keeps() ? Optional.of(inputs(model)) : Optional.empty());
    }

    /**
     * As above, with the {@link #inputs} the caller already has (none when the store keeps nothing:
     * they are not worked out for nothing to compare with).
     */
    public static Directory write(
            SiteModel model, OutputTree out, BlockStore store, Optional<Inputs> inputs) {
        Directory dir = index(model, store, BLOCK, inputs.map(Inputs::blocks));
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
     * What the search step reads, as digests: {@code key} for all of it — here and in {@link
     * IndexedDocument} ({@link IndexedDocument#fields}, {@link IndexedDocument#filterValues}), in
     * {@link StaticIndex} (its per-document metadata and manifest), in index order: an incremental
     * build takes the previous search files whole when it is the same — and {@code blocks}, each
     * block's own, the keys of a {@link BlockStore}. Whatever those read must be added here ({@link
     * #common}, {@link #documentInputs}).
     */
    public record Inputs(String key, List<String> blocks) {
        public Inputs {
            blocks = List.copyOf(blocks);
        }
    }

    public static Inputs inputs(SiteModel model) {
        return inputs(model, BLOCK);
    }

    static Inputs inputs(SiteModel model, int block) {
        byte[] common = common(model);
        List<List<Document>> blocks = blocks(inIndexOrder(model), block);
        // a digest of every document's text: a few hundred milliseconds at 10,000 documents, on
        // both cores
        List<String> keys = Parallel.map(blocks, b -> blockKey(common, model, block, b));
        String key =
                HexFormat.of()
                        .formatHex(ViewDigest.of(List.of(HexFormat.of().formatHex(common), keys)));
        return new Inputs(key, keys);
    }

    private static List<List<Document>> blocks(List<Document> docs, int block) {
        List<List<Document>> blocks = new ArrayList<>();
        for (int from = 0; from < docs.size(); from += block) {
            blocks.add(docs.subList(from, Math.min(docs.size(), from + block)));
        }
        return blocks;
    }

    /**
     * What every document's index depends on: the generator (its analysis), the synonyms, the
     * boosts, the topics.
     */
    private static byte[] common(SiteModel model) {
        return ViewDigest.of(
                List.of(
                        GeneratorIdentity.current(),
                        Version.LATEST.toString(),
                        model.synonyms(),
                        SearchSchema.BOOSTS.toString(),
                        model.taxonomy().topLevelNames()));
    }

    /** What one document's entries in the indexes are made from. */
    private static List<Object> documentInputs(SiteModel model, Document d) {
        return List.of(
                d.id(),
                d.type().key(),
                d.type().label(),
                d.title(),
                SitePaths.document(d),
                d.policy().flatMap(p -> p.docNumber()).map(DocNumber::written),
                d.published(),
                d.issuer(),
                d.subjects().topics(),
                d.subjects().themes(),
                d.subjects().keywords(),
                d.summary(),
                d.summaryText(),
                d.body().text(),
                d.attachments().stream().map(Attachment::title).toList(),
                model.validityOf(d.id()).map(v -> v.slug() + "\u0000" + v.label()));
    }

    /** A block's key in a {@link BlockStore}: what its index is made from, and how. */
    private static String blockKey(byte[] common, SiteModel model, int size, List<Document> block) {
        List<Object> all = new ArrayList<>();
        all.add(HexFormat.of().formatHex(common));
        all.add(size + "|" + RAM_BUFFER_MB);
        for (Document d : block) {
            all.add(documentInputs(model, d));
        }
        return HexFormat.of().formatHex(ViewDigest.of(all)).substring(0, 32);
    }
}
