package org.gongkai.check;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.ScanBuffer;
import org.gongkai.content.SiteConfig;
import org.gongkai.content.Taxonomy;
import org.gongkai.site.SiteModel;

/**
 * A rule about one document at a time: what it finds in a document depends on that document and on
 * the {@link Setting} only, never on another document. That is what lets {@code serve} keep a
 * document's findings until the document itself (or the setting) changes, and lets a build check
 * documents on every core. A rule that judges each document against others (interpretations) is a
 * {@link CrossDocumentRule}; one that compares documents (duplicates, links) extends {@link Rule}.
 */
public abstract class DocumentRule extends Rule {

    protected DocumentRule(String id, String description) {
        super(id, description);
    }

    /**
     * All a document rule may read besides the document: site.yaml, taxonomies.yaml and the date.
     */
    public record Setting(SiteConfig site, Taxonomy taxonomy, LocalDate asOf) {
        public static Setting of(SiteModel model) {
            return new Setting(model.site(), model.taxonomy(), model.asOf());
        }
    }

    /** Adds what this rule finds in {@code d} to {@code out}. */
    public abstract void check(Document d, Setting setting, List<Finding> out);

    /**
     * As above, given the document's {@link DocumentScan}, which the checker hands to every rule of
     * one document so that rules reading the same thing from it share the work. Most rules need
     * only the document.
     */
    public void check(Document d, Setting setting, DocumentScan scan, List<Finding> out) {
        check(d, setting, out);
    }

    @Override
    public final void check(SiteModel model, List<Finding> out) {
        Setting setting = Setting.of(model);
        ScanBuffer buffer = new ScanBuffer();
        for (Document d : model.documents()) {
            check(d, setting, new DocumentScan(d, buffer), out);
        }
    }
}
