package org.gongkai.site;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.SiteConfig;
import org.gongkai.content.StandardCatalog;
import org.gongkai.content.Taxonomy;
import org.gongkai.content.Validity;

/**
 * The whole column as of one date: every document (public or not, for checks and counts), their
 * relations, derived validity and the 标准目录 they fulfil. Renderers and indexers take only {@link
 * #published()}.
 */
public record SiteModel(
        SiteConfig site,
        Taxonomy taxonomy,
        List<List<String>> synonyms,
        LocalDate asOf,
        DocumentIndex index,
        Relations relations,
        Map<String, Validity> validity,
        StandardCatalog catalog) {

    public SiteModel {
        synonyms = List.copyOf(synonyms);
        validity = Map.copyOf(validity);
    }

    /** Every document, public or not, sorted by id. */
    public List<Document> documents() {
        return index.all;
    }

    /**
     * Every document, public or not, sorted by its file's path: where two documents disagree, the
     * one whose file comes first is the one a finding names as first.
     */
    public List<Document> inFileOrder() {
        return index.inFileOrder;
    }

    public Map<String, Document> byId() {
        return index.byId;
    }

    /** The documents a reader sees as of {@link #asOf}, newest first. */
    public List<Document> published() {
        return index.published;
    }

    /** Newest first, then by id, so every list on the site has one fixed order. */
    public static final Comparator<Document> NEWEST_FIRST =
            Comparator.comparing(
                            (Document d) -> d.published().orElse(LocalDate.MIN),
                            Comparator.reverseOrder())
                    .thenComparing(Document::id);

    /**
     * The published documents that fulfil each item of the 标准目录 (one list per item of {@code
     * catalog().items()}, newest first), worked out once for this model.
     */
    public List<List<Document>> fulfilling() {
        return index.fulfilling(catalog);
    }

    public Optional<Document> find(String id) {
        return Optional.ofNullable(index.byId.get(id));
    }

    /**
     * A published document by id: a withheld one is as good as absent to everything that renders.
     */
    public Optional<Document> findPublished(String id) {
        Document d = index.byId.get(id);
        return d != null && isPublished(d) ? Optional.of(d) : Optional.empty();
    }

    public boolean isPublished(Document d) {
        return isPublished(d, asOf);
    }

    /** Public, and its publication date has come (a fixed page without a date is always shown). */
    public static boolean isPublished(Document d, LocalDate asOf) {
        return d.isPublic()
                && d.published().map(p -> !p.isAfter(asOf)).orElse(d.type() == DocumentType.PAGE);
    }

    public Optional<Validity> validityOf(String id) {
        return Optional.ofNullable(validity.get(id));
    }

    public List<Document> published(DocumentType type) {
        return index.publishedByType.getOrDefault(type, List.of());
    }
}
