package org.gongkai.content;

import java.util.Locale;

/** Errors stop the build; warnings are printed and the build goes on. */
public enum Severity {
    ERROR,
    WARNING;

    // the word `check` prints and JSON carries is the name in lower case, computed once: every
    // finding's line asks for it
    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
