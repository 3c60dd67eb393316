package org.gongkai.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.content.Body;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.LinkTarget;
import org.gongkai.render.PlatformViews;
import org.gongkai.render.SitePaths;
import org.gongkai.site.SiteModel;

/**
 * What the platform keeps of a column once it is built or checked and its model released: the
 * summary its pages need, and what the platform's rules compare across columns (the org_code and
 * every 文号, public or not). A part build writes it as JSON beside the column's site; assemble reads
 * it back.
 */
public record ColumnFacts(
        String id,
        String orgCode,
        String orgCodeAt,
        List<DocNumberUse> docNumbers,
        List<CrossLink> crossLinks,
        Map<String, String> policySources,
        PlatformViews.ColumnSummary summary) {

    /**
     * @param policySources each published policy's id by its Markdown source (relative to the
     *     column's root), which a link of another column written as a relative path names
     */
    public ColumnFacts {
        docNumbers = List.copyOf(docNumbers);
        crossLinks = List.copyOf(crossLinks);
        policySources = Collections.unmodifiableSortedMap(new TreeMap<>(policySources));
    }

    /**
     * A link from a published page of this column to another column's document ({@code
     * county:xzf-2024-3}).
     *
     * @param page the page that carries it, from the column's root
     * @param target {@link LinkTarget.Column#key}: column id, colon, document id or /source
     * @param at where it is written, relative to the platform folder, with line and column
     */
    public record CrossLink(String page, String target, String at) {}

    /**
     * One 文号 as a column uses it: as written, and in the canonical form the column's loader read
     * (its two-digit year expanded by the document's own year), which the platform compares as the
     * column's doc-number-duplicate does; {@code at} is the path relative to the platform folder,
     * line and column.
     */
    public record DocNumberUse(String docNumber, String canonical, String issuer, String at) {}

    static ColumnFacts of(PlatformColumn column, SiteModel model) {
        List<DocNumberUse> numbers = new ArrayList<>();
        for (Document d : model.documents()) {
            if (d.type() != DocumentType.POLICY) {
                continue;
            }
            d.policy()
                    .flatMap(Details.Policy::docNumber)
                    .ifPresent(
                            n -> {
                                var at = d.at("doc_number");
                                numbers.add(
                                        new DocNumberUse(
                                                n.written(),
                                                n.canonical(),
                                                d.issuer().orElse(""),
                                                column.sourcePath(at.file())
                                                        + ":"
                                                        + at.line()
                                                        + ":"
                                                        + at.column()));
                            });
        }
        List<CrossLink> links = new ArrayList<>();
        for (Document d : model.published()) {
            for (Body.Link l : d.body().links()) {
                if (l.target() instanceof LinkTarget.Column c) {
                    links.add(
                            new CrossLink(
                                    SitePaths.document(d),
                                    c.key(),
                                    column.sourcePath(l.where().file())
                                            + ":"
                                            + l.where().line()
                                            + ":"
                                            + l.where().column()));
                }
            }
        }
        Map<String, String> sources = new TreeMap<>();
        model.published(DocumentType.POLICY).forEach(d -> sources.put(d.source().file(), d.id()));
        var orgAt = model.site().at("org_code");
        return new ColumnFacts(
                column.id(),
                model.site().orgCode(),
                column.sourcePath(orgAt.file()) + ":" + orgAt.line() + ":" + orgAt.column(),
                numbers,
                links,
                sources,
                PlatformViews.summarise(model, column.id(), column.name(), column.kind().label()));
    }
}
