package org.gongkai.content;

import java.util.List;

/**
 * Everything read from content/: settings, taxonomy, synonyms, documents, the 标准目录, and what was
 * wrong on the way.
 */
public record Content(
        SiteConfig site,
        Taxonomy taxonomy,
        List<List<String>> synonyms,
        List<Document> documents,
        List<Finding> findings,
        StandardCatalog catalog) {

    /** Content without a 标准目录 (catalog.yaml is optional). */
    public Content(
            SiteConfig site,
            Taxonomy taxonomy,
            List<List<String>> synonyms,
            List<Document> documents,
            List<Finding> findings) {
        this(site, taxonomy, synonyms, documents, findings, StandardCatalog.empty());
    }

    public Content {
        synonyms = List.copyOf(synonyms);
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
    }
}
