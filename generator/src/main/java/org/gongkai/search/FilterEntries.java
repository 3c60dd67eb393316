package org.gongkai.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Filter values as terms of their own ("#type=policy") in the shards, carrying only the set of
 * documents (count {@code n}, membership {@code m}).
 */
final class FilterEntries {

    private static final List<String> FIELDS =
            List.of(
                    SearchSchema.TYPE,
                    SearchSchema.YEAR,
                    SearchSchema.VALIDITY,
                    SearchSchema.TOPIC);

    private FilterEntries() {}

    /** Every filter value's entry, in key order. */
    static List<ShardEntry> of(IndexReader reader) throws IOException {
        Map<String, Object> entries = new TreeMap<>();
        for (String field : FIELDS) {
            for (BytesRef value : values(reader, field)) {
                int[] docs = documents(reader, field, value);
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("n", docs.length);
                e.put("m", EntryEncoding.membership(docs));
                entries.put(SearchSchema.filterKey(field, value.utf8ToString()), e);
            }
        }
        List<ShardEntry> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            String json = json(e.getValue());
            out.add(
                    new ShardEntry(
                            e.getKey(),
                            Fingerprint.of(json.getBytes(StandardCharsets.UTF_8)),
                            json));
        }
        return out;
    }

    private static Set<BytesRef> values(IndexReader reader, String field) throws IOException {
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
        return values;
    }

    /** The documents holding {@code value}, ascending. */
    private static int[] documents(IndexReader reader, String field, BytesRef value)
            throws IOException {
        FixedBitSet members = new FixedBitSet(Math.max(1, reader.maxDoc()));
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
        for (int d = 0; d < reader.maxDoc(); d++) {
            if (members.get(d)) {
                docs[k++] = d;
            }
        }
        return docs;
    }

    private static String json(Object value) {
        try {
            return EntryEncoding.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
