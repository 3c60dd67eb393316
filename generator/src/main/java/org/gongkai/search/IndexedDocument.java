package org.gongkai.search;

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
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.gongkai.content.Attachment;
import org.gongkai.content.Document;
import org.gongkai.render.SitePaths;
import org.gongkai.site.SiteModel;

/**
 * One published document as the index of record holds it: its Lucene fields, and the texts the Solr
 * manifest sends for the same fields ({@link PublishManifest}), so both index the same words. Apart
 * from {@link SearchIndexer}, which decides blocks and writers.
 */
final class IndexedDocument {

    private IndexedDocument() {}

    private static final FieldType WITH_POSITIONS =
            textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    private static final FieldType WITH_FREQS = textType(IndexOptions.DOCS_AND_FREQS);

    private static FieldType textType(IndexOptions options) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(options);
        t.freeze();
        return t;
    }

    /** The fields {@code d} is indexed with, by the schema of {@link SearchSchema}. */
    static List<IndexableField> fields(SiteModel model, Synonyms synonyms, Document d) {
        List<IndexableField> f = new ArrayList<>();
        f.add(new StringField(SearchSchema.ID, d.id(), Field.Store.YES));
        f.add(new StoredField("url", SitePaths.document(d)));
        f.add(new Field(SearchSchema.TITLE, d.title(), WITH_POSITIONS));
        f.add(new StoredField(SearchSchema.TITLE, d.title()));
        d.policy()
                .flatMap(p -> p.docNumber())
                .ifPresent(
                        n -> {
                            f.add(
                                    new Field(
                                            SearchSchema.DOC_NUMBER,
                                            Analysis.docNumber(n),
                                            WITH_POSITIONS));
                            f.add(new StoredField(SearchSchema.DOC_NUMBER, n.written()));
                        });
        char[] body = Analysis.normalised(bodyText(d));
        f.add(new Field(SearchSchema.BODY, CountedTerms.of(body), WITH_FREQS));
        d.issuer()
                .ifPresent(
                        i -> f.add(new Field(SearchSchema.ISSUER, CountedTerms.of(i), WITH_FREQS)));
        for (String t : d.subjects().topics()) {
            f.add(new Field(SearchSchema.TOPICS, CountedTerms.of(t.replace('/', ' ')), WITH_FREQS));
        }
        for (String t : d.subjects().themes()) {
            f.add(new Field(SearchSchema.THEMES, CountedTerms.of(t), WITH_FREQS));
        }
        List<char[]> rest = new ArrayList<>();
        rest.add(body);
        for (String k : d.subjects().keywords()) {
            char[] kw = Analysis.normalised(k);
            rest.add(kw);
            f.add(new Field(SearchSchema.KEYWORDS, CountedTerms.of(kw), WITH_FREQS));
        }
        String more = synonymText(synonyms, d.title(), rest);
        if (!more.isEmpty()) {
            f.add(new Field(SearchSchema.SYNONYMS, CountedTerms.of(more), WITH_FREQS));
        }
        for (String[] kv : filterValues(model, d)) {
            f.add(new StringField(kv[0], kv[1], Field.Store.NO));
        }
        d.published()
                .ifPresent(
                        p -> {
                            f.add(new LongPoint(SearchSchema.PUBLISHED, p.toEpochDay()));
                            f.add(new StoredField(SearchSchema.PUBLISHED, p.toEpochDay()));
                        });
        return f;
    }

    /** The body field's text: the body, then the 内容概述 and the attachments' titles, a line each. */
    static String bodyText(Document d) {
        StringBuilder text = new StringBuilder(d.body().text());
        d.summary().ifPresent(x -> text.append('\n').append(x));
        for (Attachment a : d.attachments()) {
            text.append('\n').append(a.title());
        }
        return text.toString();
    }

    /**
     * The synonyms field's text: the other names of the groups the title mentions, then those of
     * the groups the body or keywords ({@code rest}, normalised) mention — once for each, so a
     * synonym in the title weighs like a title word would. Empty when there is none.
     */
    static String synonymText(Synonyms synonyms, String title, List<char[]> rest) {
        if (synonyms.isEmpty()) {
            return "";
        }
        List<String> more = new ArrayList<>(synonyms.expansions(title));
        more.addAll(synonyms.expansionsOfNormalised(rest));
        return String.join("\n", more);
    }

    /**
     * The exact-valued facets the filters use: type, year, validity, and each topic with its top
     * level.
     */
    static List<String[]> filterValues(SiteModel model, Document d) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {SearchSchema.TYPE, d.type().key()});
        d.published()
                .map(LocalDate::getYear)
                .ifPresent(y -> out.add(new String[] {SearchSchema.YEAR, y.toString()}));
        model.validityOf(d.id())
                .ifPresent(v -> out.add(new String[] {SearchSchema.VALIDITY, v.slug()}));
        Set<String> topics = new LinkedHashSet<>();
        for (String t : d.subjects().topics()) {
            topics.add(t.contains("/") ? t.substring(0, t.indexOf('/')) : t);
        }
        topics.forEach(t -> out.add(new String[] {SearchSchema.TOPIC, t}));
        return out;
    }
}
