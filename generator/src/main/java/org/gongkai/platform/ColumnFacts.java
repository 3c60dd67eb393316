package org.gongkai.platform;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.render.PlatformViews;
import org.gongkai.site.SiteModel;

/**
 * What the platform keeps of a column once it is built or checked and its model released: the summary its
 * pages need, and what the platform's rules compare across columns (the org_code and every 文号, public
 * or not). A part build writes it as JSON beside the column's site; assemble reads it back.
 */
public record ColumnFacts(String id, String orgCode, String orgCodeAt, List<DocNumberUse> docNumbers,
                          PlatformViews.ColumnSummary summary) {

    public ColumnFacts {
        docNumbers = List.copyOf(docNumbers);
    }

    /** One 文号 as a column uses it; {@code at} is the path relative to the platform folder, line and column. */
    public record DocNumberUse(String docNumber, String issuer, String at) {
    }

    static ColumnFacts of(PlatformColumn column, SiteModel model) {
        List<DocNumberUse> numbers = new ArrayList<>();
        for (Document d : model.documents()) {
            if (d.type() != DocumentType.POLICY) {
                continue;
            }
            d.policy().flatMap(Details.Policy::docNumber).ifPresent(n -> {
                var at = d.at("doc_number");
                numbers.add(new DocNumberUse(n.written(), d.issuer().orElse(""),
                        column.sourcePath(at.file()) + ":" + at.line() + ":" + at.column()));
            });
        }
        var orgAt = model.site().at("org_code");
        return new ColumnFacts(column.id(), model.site().orgCode(),
                column.sourcePath(orgAt.file()) + ":" + orgAt.line() + ":" + orgAt.column(), numbers,
                PlatformViews.summarise(model, column.id(), column.name(), column.kind().label()));
    }
}
