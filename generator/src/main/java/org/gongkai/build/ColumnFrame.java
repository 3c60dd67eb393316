package org.gongkai.build;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.gongkai.content.Content;
import org.gongkai.content.SiteConfig;
import org.gongkai.publish.BrokenLinks;
import org.gongkai.render.PlatformViews;
import org.gongkai.site.SiteModel;

/**
 * How a column is built inside a platform (集约化): the settings the platform gives it (its address
 * under the platform's, the portal's 网站标识码), the platform's chrome on its pages, the platform pages
 * its links may climb to, and a look at its model once the column is built (what the platform's own
 * pages need of it). {@link #NONE} is a stand-alone column, exactly as before.
 */
public record ColumnFrame(
        UnaryOperator<SiteConfig> site,
        Optional<PlatformViews.Chrome> chrome,
        BrokenLinks.Outer outer,
        Consumer<SiteModel> built) {

    public static final ColumnFrame NONE =
            new ColumnFrame(
                    UnaryOperator.identity(),
                    Optional.empty(),
                    BrokenLinks.Outer.NONE,
                    model -> {});

    @SuppressWarnings(
            "ReferenceEquality") // the frame left site.yaml as it was: the same object, not an
    // equal one
    Content apply(Content content) {
        SiteConfig framed = site.apply(content.site());
        return framed == content.site()
                ? content
                : new Content(
                        framed,
                        content.taxonomy(),
                        content.synonyms(),
                        content.documents(),
                        content.findings(),
                        content.catalog());
    }
}
