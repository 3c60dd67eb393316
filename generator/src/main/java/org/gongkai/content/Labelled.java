package org.gongkai.content;

import java.util.Locale;

/**
 * A state readers see by its Chinese label, with a stable slug for its URL and CSS class: the
 * constant's name in lower case, words joined by hyphens ({@code NOT_STARTED} → {@code
 * not-started}).
 */
public interface Labelled {

    String label();

    String name();

    default String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
