package org.gongkai.build;

import java.time.Duration;
import java.util.List;
import org.gongkai.content.Finding;

/**
 * The outcome of a build. {@code written} is false when content errors stopped it, in which case
 * the previous site/ is untouched. {@code pagesReused} of the {@code pages} were taken unchanged
 * from the previous site by an incremental build.
 */
public record BuildResult(
        boolean written,
        List<Finding> findings,
        int documents,
        int pages,
        long files,
        long bytes,
        Duration elapsed,
        long pagesReused) {

    public BuildResult {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
