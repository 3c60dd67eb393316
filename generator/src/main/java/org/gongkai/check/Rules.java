package org.gongkai.check;

import java.util.List;

/** The one list of registered rules, in the order they are documented. */
public final class Rules {

    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                new DisclosureAttributeMissing(),
                new ValidityMismatch(),
                new RawHtmlRemoved(),
                new LinkOutsideContent(),
                new LinkToWithheld(),
                new InterpretationOfWithheld());
    }
}
