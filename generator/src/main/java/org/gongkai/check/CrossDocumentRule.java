package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.site.SiteModel;

/**
 * A rule about each document in turn that has to look at others to judge it: the policy an
 * interpretation explains, the consultation a decision names, the page a sentence points to. Its
 * findings are made afresh on every run, since an edit to the other document can change them; a
 * rule that needs the document alone is a {@link DocumentRule}.
 */
abstract class CrossDocumentRule extends Rule {

    CrossDocumentRule(String id, String description) {
        super(id, description);
    }

    /** Adds what this rule finds in {@code d}, read against {@code model}, to {@code out}. */
    abstract void check(Document d, SiteModel model, List<Finding> out);

    @Override
    public final void check(SiteModel model, List<Finding> out) {
        for (Document d : model.documents()) {
            check(d, model, out);
        }
    }
}
