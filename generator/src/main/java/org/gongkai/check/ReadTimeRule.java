package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Finding;
import org.gongkai.site.SiteModel;

/**
 * A rule whose findings are made where a file is read, because only there are its bytes and the
 * place that names it: the loader (paths through ContentPath, media types by MediaType) and the
 * theme. It is registered like every other rule so that {@code check --rules}, the docs and the
 * fixtures know its id; running it over a model finds nothing more.
 */
final class ReadTimeRule extends Rule {

    ReadTimeRule(String id, String description) {
        super(id, description);
    }

    @Override
    public void check(SiteModel model, List<Finding> out) {
        // found where the file is read
    }
}
