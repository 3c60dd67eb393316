package org.gongkai.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.StandardCatalog;

/**
 * A column's documents, arranged once for everything that asks: all of them by id, and the
 * published ones newest first, also by type (pages ask for a type's list thousands of times). All
 * four follow from the documents and the date, so they are made together by {@link #of} and cannot
 * disagree; that factory is the only way in, and it makes every collection unmodifiable.
 */
public final class DocumentIndex {

    final List<Document> all;
    final List<Document> inFileOrder;
    final Map<String, Document> byId;
    final List<Document> published;
    final Map<DocumentType, List<Document>> publishedByType;

    /** What fulfils each 标准目录 item, worked out on first use: the check and the catalog page ask. */
    private record Fulfilled(StandardCatalog catalog, List<List<Document>> lists) {}

    private volatile Fulfilled fulfilled;

    private DocumentIndex(
            List<Document> all,
            List<Document> inFileOrder,
            Map<String, Document> byId,
            List<Document> published,
            Map<DocumentType, List<Document>> publishedByType) {
        this.all = all;
        this.inFileOrder = inFileOrder;
        this.byId = byId;
        this.published = published;
        this.publishedByType = publishedByType;
    }

    /**
     * The published documents that fulfil each item of {@code catalog}, one list per item, newest
     * first ({@link StandardCatalog#fulfilling}).
     */
    @SuppressWarnings("ReferenceEquality") // one model, one catalog object: identity is the test
    List<List<Document>> fulfilling(StandardCatalog catalog) {
        Fulfilled f = fulfilled;
        if (f == null || f.catalog() != catalog) {
            f =
                    new Fulfilled(
                            catalog,
                            catalog.fulfilling(published).stream().map(List::copyOf).toList());
            fulfilled = f;
        }
        return f.lists();
    }

    /** {@code documents} as of {@code asOf}: a later date may publish more of them. */
    public static DocumentIndex of(List<Document> documents, LocalDate asOf) {
        Map<String, Document> byId = new HashMap<>();
        for (Document d : documents) {
            byId.put(d.id(), d);
        }
        List<Document> published =
                documents.stream()
                        .filter(d -> SiteModel.isPublished(d, asOf))
                        .sorted(SiteModel.NEWEST_FIRST)
                        .toList();
        Map<DocumentType, List<Document>> byType = new EnumMap<>(DocumentType.class);
        for (DocumentType t : DocumentType.values()) {
            byType.put(t, new ArrayList<>());
        }
        published.forEach(d -> byType.get(d.type()).add(d));
        byType.replaceAll((t, l) -> List.copyOf(l));
        return new DocumentIndex(
                documents.stream().sorted(Comparator.comparing(Document::id)).toList(),
                // the loader reads files in this order already: a sort that only checks it
                documents.stream().sorted(Comparator.comparing(d -> d.source().file())).toList(),
                Map.copyOf(byId),
                published,
                byType);
    }
}
