package org.gongkai.check;

import java.util.List;
import java.util.function.Function;
import org.gongkai.content.Body;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * A document rule about each link, paragraph or piece of raw HTML of a body on its own: it names
 * which parts it looks at once, and sees them one at a time.
 */
abstract class BodyPartRule<T> extends DocumentRule {

    private final Function<Body, List<T>> parts;

    BodyPartRule(String id, String description, Function<Body, List<T>> parts) {
        super(id, description);
        this.parts = parts;
    }

    /** Adds what this rule finds in one part of a body to {@code out}. */
    abstract void check(T part, List<Finding> out);

    @Override
    public final void check(Document d, Setting setting, List<Finding> out) {
        for (T part : parts.apply(d.body())) {
            check(part, out);
        }
    }
}
