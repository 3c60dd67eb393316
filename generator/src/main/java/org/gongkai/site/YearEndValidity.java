package org.gongkai.site;

import java.time.LocalDate;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Validity;

/**
 * A policy's validity as of another date than the build date (e.g. 31 December of a report's year),
 * derived by the same rule the site uses, so the annual report and the policy pages can never
 * disagree.
 */
public final class YearEndValidity {

    private YearEndValidity() {}

    public static Validity of(SiteModel model, Document policy, LocalDate asOf) {
        if (policy.type() != DocumentType.POLICY || policy.policy().isEmpty()) {
            throw new IllegalArgumentException(policy.id() + " is not a policy");
        }
        return SiteResolver.derive(policy, model.relations(), model.byId(), asOf);
    }
}
