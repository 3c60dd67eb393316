package org.gongkai.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The most a content file may hold before the loader refuses to read it, and the unit its message
 * counts in: a settings file in KB, a Markdown or CSV file in MB.
 *
 * @param rule the finding id of a refusal
 * @param bytes the largest size read
 * @param unit the bytes of one {@code unitName}
 */
record SizeLimit(String rule, long bytes, long unit, String unitName) {

    /**
     * Whether {@code file} is within the limit; when it is not, a finding at {@code at} says by how
     * much: "{@code subject}有 5 MB，超过上限 4 MB{@code advice}".
     */
    boolean admits(Path file, SourceRef at, String subject, String advice, List<Finding> findings)
            throws IOException {
        long size = Files.size(file);
        if (size <= bytes) {
            return true;
        }
        findings.add(
                Finding.error(
                        rule,
                        at,
                        subject
                                + "有 "
                                + size / unit
                                + " "
                                + unitName
                                + "，超过上限 "
                                + bytes / unit
                                + " "
                                + unitName
                                + advice));
        return false;
    }
}
