package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;
import org.gongkai.site.SiteModel;

/**
 * One check. Each rule is a small class with a stable id; docs, fixtures ({@code
 * src/test/resources/rules/<id>/}) and configuration name it by that id. A rule declares its id and
 * description once, in its constructor: {@code super("summary-too-long", "内容概述…不超过 100 个字")}. Most
 * rules look at one document at a time and extend {@link DocumentRule}; a rule that compares
 * documents, or reads site.yaml alone, extends this class.
 */
public abstract class Rule {

    private final String id;
    private final String description;

    /**
     * @param id the stable id, e.g. {@code disclosure-attribute-missing}
     * @param description one line in Chinese saying what the rule guards (listed by {@code check
     *     --rules} and in SARIF)
     */
    protected Rule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public final String id() {
        return id;
    }

    public final String description() {
        return description;
    }

    /** What this rule finds in the site. */
    public final List<Finding> check(SiteModel model) {
        List<Finding> out = new ArrayList<>();
        check(model, out);
        return out;
    }

    /** Adds what this rule finds in the site to {@code out}. */
    public abstract void check(SiteModel model, List<Finding> out);

    /** A finding of this rule that fails the check. */
    protected final Finding error(SourceRef where, String message) {
        return Finding.error(id, where, message);
    }

    /** A finding of this rule that the editor should look at; it does not fail the check. */
    protected final Finding warning(SourceRef where, String message) {
        return Finding.warning(id, where, message);
    }
}
