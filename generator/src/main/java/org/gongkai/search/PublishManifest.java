package org.gongkai.search;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.gongkai.content.DocNumber;
import org.gongkai.content.Document;
import org.gongkai.publish.OutputTree;
import org.gongkai.render.SitePaths;
import org.gongkai.site.SiteModel;

/**
 * What a search engine elsewhere (Solr, {@code gongkai publish-search}) indexes for a built site:
 * one JSON line per published document with exactly the field texts {@link SearchIndexer} gives
 * Lucene, so the engine ranks as the local index does. Written by the build, only for a site that
 * names a Solr endpoint (site.yaml or platform.yaml {@code search_solr}), from {@link
 * SiteModel#published()}: a withheld or on-request document is never in it, and the push reads
 * nothing else. Gzipped: at 3,000 real texts it is the corpus's text once.
 */
public final class PublishManifest {

    /** Inside the site (a column's folder within a platform). */
    public static final String FILE = "search/publish.jsonl.gz";

    /**
     * The one term every document holds in {@link #ALL}: its document frequency is the collection's
     * size.
     */
    public static final String EVERY_DOCUMENT = SearchSchema.FILTER_PREFIX + "doc";

    /**
     * The field holding each document's distinct index terms of every analysed field: its document
     * frequency for a term is the number of documents holding the term anywhere, the {@code n} of
     * {@link StableBM25}'s idf.
     */
    public static final String ALL = "all";

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private PublishManifest() {}

    /**
     * One published document as the index of record sees it.
     *
     * @param docNumber the 文号 as {@link Analysis#docNumber} spells it (the analysed field); empty
     *     when none
     * @param docNumberText the 文号 as written, for display
     * @param synonyms the synonyms field's text (other names of the groups it mentions), empty when
     *     none
     * @param published publication date as epoch day, null when the document has none
     * @param meta what a result shows, as the static export's metadata has it (search.js item())
     */
    public record Entry(
            String id,
            String url,
            String title,
            String docNumber,
            String docNumberText,
            String body,
            String issuer,
            List<String> topics,
            List<String> themes,
            List<String> keywords,
            String synonyms,
            String type,
            String year,
            String validity,
            List<String> topic,
            Long published,
            Map<String, Object> meta) {

        public Entry {
            topics = List.copyOf(topics);
            themes = List.copyOf(themes);
            keywords = List.copyOf(keywords);
            topic = List.copyOf(topic);
            meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        }

        /**
         * Every distinct term the index holds for this document in any analysed field (the 文号
         * without edge terms, as {@link BigramAnalyzer} has it), and {@link #EVERY_DOCUMENT}.
         */
        public Set<String> terms() {
            Set<String> out = new LinkedHashSet<>();
            out.add(EVERY_DOCUMENT);
            Analysis.TermSink sink =
                    (s, start, end, positional) -> out.add(new String(s, start, end - start));
            for (String text : List.of(title, body, issuer, synonyms)) {
                char[] s = Analysis.normalised(text);
                Analysis.indexTerms(s, s.length, true, sink);
            }
            for (List<String> texts : List.of(topics, themes, keywords)) {
                for (String text : texts) {
                    char[] s = Analysis.normalised(text);
                    Analysis.indexTerms(s, s.length, true, sink);
                }
            }
            char[] number = Analysis.normalised(docNumber);
            Analysis.indexTerms(number, number.length, false, sink);
            return out;
        }
    }

    /** The entries of {@code model}'s published documents, in index order. */
    public static List<Entry> entries(SiteModel model) {
        Synonyms synonyms = new Synonyms(model.synonyms());
        List<Entry> out = new ArrayList<>();
        for (Document d : SearchIndexer.inIndexOrder(model)) {
            out.add(entry(model, synonyms, d));
        }
        return out;
    }

    static Entry entry(SiteModel model, Synonyms synonyms, Document d) {
        String body = IndexedDocument.bodyText(d);
        List<char[]> rest = new ArrayList<>();
        rest.add(Analysis.normalised(body));
        d.subjects().keywords().forEach(k -> rest.add(Analysis.normalised(k)));
        Optional<DocNumber> number = d.policy().flatMap(p -> p.docNumber());
        String type = "";
        String year = "";
        String validity = "";
        List<String> topic = new ArrayList<>();
        for (String[] kv : IndexedDocument.filterValues(model, d)) {
            switch (kv[0]) {
                case SearchSchema.TYPE -> type = kv[1];
                case SearchSchema.YEAR -> year = kv[1];
                case SearchSchema.VALIDITY -> validity = kv[1];
                case SearchSchema.TOPIC -> topic.add(kv[1]);
                default -> throw new IllegalStateException("unknown filter " + kv[0]);
            }
        }
        return new Entry(
                d.id(),
                SitePaths.document(d),
                d.title(),
                number.map(Analysis::docNumber).orElse(""),
                number.map(DocNumber::written).orElse(""),
                body,
                d.issuer().orElse(""),
                d.subjects().topics().stream().map(t -> t.replace('/', ' ')).toList(),
                d.subjects().themes(),
                d.subjects().keywords(),
                IndexedDocument.synonymText(synonyms, d.title(), rest),
                type,
                year,
                validity,
                topic,
                d.published().map(LocalDate::toEpochDay).orElse(null),
                ResultMetadata.of(model, d));
    }

    /** Write the manifest of {@code model} into {@code out}. */
    public static void write(SiteModel model, OutputTree out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // GZIPOutputStream stamps no time: the same site gives the same bytes
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            for (Entry e : entries(model)) {
                gz.write(JSON.writeValueAsBytes(e));
                gz.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write(FILE, bytes.toByteArray());
    }

    /**
     * The manifest of the built site (or column folder) {@code site}; empty when the build wrote
     * none.
     */
    public static Optional<List<Entry>> read(Path site) throws IOException {
        Path file = site.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<Entry> out = new ArrayList<>();
        try (BufferedReader r =
                new BufferedReader(
                        new InputStreamReader(
                                new GZIPInputStream(Files.newInputStream(file)),
                                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add(JSON.readValue(line, Entry.class));
                }
            }
        }
        return Optional.of(out);
    }

    /** An entry's JSON line, for the content hash a push compares. */
    public static byte[] json(Entry e) {
        try {
            return JSON.writeValueAsBytes(e);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }
}
