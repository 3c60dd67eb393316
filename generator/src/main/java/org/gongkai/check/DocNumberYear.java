package org.gongkai.check;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.DocNumber;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * The year in a 文号 is the year the document was written (成文) or, for a document signed at the turn
 * of the year, issued; any other year is usually a typo in one of them.
 */
public final class DocNumberYear extends DetailsRule<Details.Policy> {

    public DocNumberYear() {
        super("doc-number-year", "文号中的年份应与成文日期（written）或发布日期的年份一致", Details.Policy.class);
    }

    @Override
    void check(Document d, Details.Policy policy, Setting setting, List<Finding> out) {
        DocNumber n = policy.docNumber().orElse(null);
        if (n == null || n.kind() != DocNumber.Kind.DOC_NUMBER || policy.written().isEmpty()) {
            return;
        }
        int written = policy.written().get().getYear();
        int published = d.published().map(LocalDate::getYear).orElse(written);
        if (n.year() != written && n.year() != published) {
            out.add(
                    warning(
                            d.at("doc_number"),
                            "文号年份 %s 与成文日期 %s 的年份不一致：请核对文号或 written"
                                    .formatted(n.year(), policy.written().get())));
        }
    }
}
