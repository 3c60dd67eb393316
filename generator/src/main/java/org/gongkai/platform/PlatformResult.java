package org.gongkai.platform;

import java.time.Duration;
import java.util.List;
import org.gongkai.content.Finding;

/**
 * What a platform build, part build or assemble did: written or not, every finding, and how much.
 */
public record PlatformResult(
        boolean written,
        List<Finding> findings,
        int columns,
        int documents,
        int pages,
        Duration elapsed) {

    public PlatformResult {
        findings = List.copyOf(findings);
    }

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    public boolean hasErrors() {
        return errors() > 0;
    }
}
