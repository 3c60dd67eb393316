package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Finding;
import org.gongkai.content.SiteConfig;
import org.gongkai.site.SiteModel;

/** A rule about site.yaml alone: what it finds does not depend on any document. */
abstract class SiteConfigRule extends Rule {

    SiteConfigRule(String id, String description) {
        super(id, description);
    }

    /** Adds what this rule finds in site.yaml to {@code out}. */
    abstract void check(SiteConfig site, List<Finding> out);

    @Override
    public final void check(SiteModel model, List<Finding> out) {
        check(model.site(), out);
    }
}
