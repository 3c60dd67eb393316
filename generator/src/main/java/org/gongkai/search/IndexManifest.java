package org.gongkai.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Validity;

/**
 * {@code search/manifest.json}: document count, shard count, ranking constants, filter values, a
 * platform's columns, and {@code v}, the version the search page asks the other files for.
 */
final class IndexManifest {

    /**
     * The manifest carries names from the content (topics, a platform's column names): with &lt;
     * &gt; &amp; written as JSON escapes it holds no markup even where a host serves it as HTML;
     * JSON.parse reads the same.
     */
    private static final ObjectMapper JSON = EntryEncoding.JSON.copy();

    static {
        JSON.getFactory()
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

    private IndexManifest() {}

    private static int[] withMarkup(int[] escapes) {
        for (char c : new char[] {'<', '>', '&'}) {
            escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
        }
        return escapes;
    }

    static byte[] json(
            IndexReader reader,
            List<String> topicOrder,
            List<StaticIndex.Column> columns,
            StableBM25 sim,
            EntryEncoding.Mode mode,
            int shards,
            String version)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", 2);
        m.put("base", StaticIndex.DATA);
        m.put("v", version);
        m.put("docs", reader.maxDoc());
        m.put("shards", shards);
        m.put("chunk", ResultMetadata.CHUNK);
        m.put("scale", EntryEncoding.SCALE);
        m.put("cap", mode.keep());
        if (mode.bounded()) {
            // search.js: a document missing from a cut term's list is unknown until it reads the
            // term's sidecar
            m.put("bounded", true);
            m.put("side", Sidecar.FOLDER);
        }
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
        m.put("filters", filterValues(topicOrder, reader));
        if (!columns.isEmpty()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (StaticIndex.Column c : columns) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("id", c.id());
                e.put("name", c.name());
                e.put("kind", c.kind());
                e.put("start", c.start());
                e.put("n", c.count());
                e.put("v", c.version());
                // from search/manifest.json to the column's metadata files, and to its own index:
                // the column filter searches that, the column's part of this index, as the
                // column's own search page does
                e.put("m", "../" + c.id() + "/search/" + StaticIndex.DATA + "m/");
                e.put("manifest", "../" + c.id() + "/search/manifest.json");
                list.add(e);
            }
            m.put("columns", list);
        }
        try {
            return JSON.writeValueAsBytes(m);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The choices each filter offers, with labels, only where some published document has them. */
    private static Map<String, Object> filterValues(List<String> topicOrder, IndexReader reader)
            throws IOException {
        Map<String, Object> f = new LinkedHashMap<>();
        List<List<String>> types = new ArrayList<>();
        for (DocumentType t : DocumentType.values()) {
            if (reader.docFreq(new Term(SearchSchema.TYPE, t.key())) > 0) {
                types.add(List.of(t.key(), t.label()));
            }
        }
        f.put("type", types);
        TreeSet<String> years = new TreeSet<>(Comparator.reverseOrder());
        TreeSet<String> topics = new TreeSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            collect(leaf.reader().terms(SearchSchema.YEAR), years);
            collect(leaf.reader().terms(SearchSchema.TOPIC), topics);
        }
        f.put("year", List.copyOf(years));
        List<List<String>> validity = new ArrayList<>();
        for (Validity v : Validity.values()) {
            if (reader.docFreq(new Term(SearchSchema.VALIDITY, v.slug())) > 0) {
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

    private static void collect(Terms terms, Set<String> into) throws IOException {
        if (terms == null) {
            return;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef t; (t = te.next()) != null; ) {
            into.add(t.utf8ToString());
        }
    }
}
