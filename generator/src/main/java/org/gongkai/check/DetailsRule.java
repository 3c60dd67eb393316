package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * A document rule about one type of document (policies, budgets, consultations …): it names the
 * type's {@link Details} once, and sees only documents of that type, with their details typed.
 */
abstract class DetailsRule<T extends Details> extends DocumentRule {

    private final Class<T> type;

    DetailsRule(String id, String description, Class<T> type) {
        super(id, description);
        this.type = type;
    }

    /**
     * Adds what this rule finds in {@code d}, whose details are {@code details}, to {@code out}.
     */
    abstract void check(Document d, T details, Setting setting, List<Finding> out);

    @Override
    public final void check(Document d, Setting setting, List<Finding> out) {
        if (type.isInstance(d.details())) {
            check(d, type.cast(d.details()), setting, out);
        }
    }
}
