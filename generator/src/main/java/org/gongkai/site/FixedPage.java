package org.gongkai.site;

import java.util.List;
import java.util.Optional;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;

/**
 * The fixed pages the national structure of a column names (国办公开办函〔2019〕61号), each known by its
 * document id: the file name under pages/ ({@code pages/guide.md}), or an {@code id:} in its front
 * matter for a file named otherwise. A title is the editor's to word; it says nothing about the
 * page's place. In the site model, so that the renderer, the checks and the inspection find them by
 * the same key.
 */
public enum FixedPage {
    GUIDE("guide"),
    RULES("rules"),
    ORGANIZATION("organization"),
    APPLY("apply"),
    ENTERPRISES("public-enterprises");

    private final String id;

    FixedPage(String id) {
        this.id = id;
    }

    /** This page among the published fixed pages of {@code model}. */
    public Optional<Document> in(SiteModel model) {
        return model.published(DocumentType.PAGE).stream()
                .filter(d -> d.id().equals(id))
                .findFirst();
    }

    /** Every fixed page {@code model} publishes, in the structure's order. */
    public static List<Document> all(SiteModel model) {
        return List.of(values()).stream().flatMap(p -> p.in(model).stream()).toList();
    }
}
