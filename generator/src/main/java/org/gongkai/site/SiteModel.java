package org.gongkai.site;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.SiteConfig;
import org.gongkai.content.Taxonomy;

/**
 * The whole column as of one date: every document (public or not, for checks and counts), their
 * relations and derived validity. Renderers and indexers take only {@link #published()}.
 */
public record SiteModel(
        SiteConfig site,
        Taxonomy taxonomy,
        List<List<String>> synonyms,
        LocalDate asOf,
        List<Document> documents,
        Map<String, Document> byId,
        Relations relations,
        Map<String, Validity> validity,
        List<Document> published) {

    public SiteModel {
        synonyms = List.copyOf(synonyms);
        documents = List.copyOf(documents);
        byId = Map.copyOf(byId);
        validity = Map.copyOf(validity);
        published = List.copyOf(published);
    }

    /** Newest first, then by id, so every list on the site has one fixed order. */
    public static final Comparator<Document> NEWEST_FIRST = Comparator
            .comparing((Document d) -> d.published().orElse(LocalDate.MIN), Comparator.reverseOrder())
            .thenComparing(Document::id);

    public Optional<Document> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A published document by id: a withheld one is as good as absent to everything that renders. */
    public Optional<Document> findPublished(String id) {
        Document d = byId.get(id);
        return d != null && isPublished(d) ? Optional.of(d) : Optional.empty();
    }

    public boolean isPublished(Document d) {
        return d.isPublic() && d.published().map(p -> !p.isAfter(asOf)).orElse(d.type() == DocumentType.PAGE);
    }

    public Optional<Validity> validityOf(String id) {
        return Optional.ofNullable(validity.get(id));
    }

    public List<Document> published(DocumentType type) {
        return published.stream().filter(d -> d.type() == type).toList();
    }
}
