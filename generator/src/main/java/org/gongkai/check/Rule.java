package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Finding;
import org.gongkai.site.SiteModel;

/**
 * One check. Each rule is a small class with a stable id; docs, fixtures ({@code
 * src/test/resources/rules/<id>/}) and configuration name it by that id.
 */
public interface Rule {

    /** The stable id, e.g. {@code disclosure-attribute-missing}. */
    String id();

    /** One line in Chinese saying what the rule guards (listed by {@code check --rules}). */
    String description();

    List<Finding> check(SiteModel model);
}
