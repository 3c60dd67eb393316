package org.gongkai.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    /** The labels of {@code type}'s constants, in their order. */
    static <E extends Enum<E> & Labelled> List<String> labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labelled::label).toList();
    }

    /** The constant of {@code type} whose label is {@code text}, spaces around it ignored. */
    static <E extends Enum<E> & Labelled> Optional<E> byLabel(Class<E> type, String text) {
        String t = text.strip();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.label().equals(t)).findFirst();
    }
}
