package org.gongkai.content;

import java.util.List;

/** Everything read from content/: settings, taxonomy, synonyms, documents, and what was wrong on the way. */
public record Content(SiteConfig site, Taxonomy taxonomy, List<List<String>> synonyms, List<Document> documents,
                      List<Finding> findings) {

    public Content {
        synonyms = List.copyOf(synonyms);
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
    }
}
