package org.gongkai.content;

import java.util.Comparator;

/**
 * One problem found in the content, by the loader or by a check rule. Messages speak to a township
 * editor in Chinese and say what to write instead.
 */
public record Finding(String ruleId, Severity severity, SourceRef where, String message) {

    public static final Comparator<Finding> ORDER =
            Comparator.comparing((Finding f) -> f.where().file())
                    .thenComparingInt(f -> f.where().line())
                    .thenComparingInt(f -> f.where().column())
                    .thenComparing(Finding::ruleId)
                    .thenComparing(Finding::message);

    public static Finding error(String ruleId, SourceRef where, String message) {
        return new Finding(ruleId, Severity.ERROR, where, message);
    }

    public static Finding warning(String ruleId, SourceRef where, String message) {
        return new Finding(ruleId, Severity.WARNING, where, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The form editors and CI logs read: {@code path:line:col: error [rule-id] message}. */
    public String format() {
        return where + ": " + severity.label() + " [" + ruleId + "] " + message;
    }
}
