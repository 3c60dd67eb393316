package org.gongkai.build;

import java.util.List;
import org.gongkai.content.Finding;
import org.gongkai.site.SiteModel;

/** What loading and checking found; {@code model} is what a build would render. */
public record CheckResult(SiteModel model, List<Finding> findings) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.isError());
    }

    public long errors() {
        return findings.stream().filter(f -> f.isError()).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }
}
