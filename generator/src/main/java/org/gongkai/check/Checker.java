package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.Finding;
import org.gongkai.site.SiteModel;

/** Runs every rule over the site model and returns all findings, sorted by file and line. */
public final class Checker {

    private final List<Rule> rules;

    public Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Checker standard() {
        return new Checker(Rules.all());
    }

    public List<Finding> run(SiteModel model) {
        List<Finding> out = new ArrayList<>(rules.parallelStream()
                .flatMap(rule -> rule.check(model).stream())
                .toList());
        out.sort(Finding.ORDER);
        return out;
    }
}
