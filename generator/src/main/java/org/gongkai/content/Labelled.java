package org.gongkai.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A value readers see by its Chinese label, with a stable slug for its URL, CSS class and the Latin
 * spelling editors may write instead: the constant's name in lower case, words joined by hyphens
 * ({@code NOT_STARTED} → {@code not-started}).
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

    /** The constant whose label is {@code text}, or whose slug it is in any case. */
    static <E extends Enum<E> & Labelled> Optional<E> byLabelOrSlug(Class<E> type, String text) {
        String t = text.strip();
        // a loop, label first: the loader asks this of every document's disclosure
        for (E e : type.getEnumConstants()) {
            if (e.label().equals(t) || e.slug().equalsIgnoreCase(t)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * A loader message for {@code text} naming none of {@code type}'s labels: “{@code what}“…”无效”,
     * the nearest label if one is close, and every label.
     */
    static <E extends Enum<E> & Labelled> String unknown(String what, String text, Class<E> type) {
        List<String> labels = labels(type);
        return what
                + "“"
                + text
                + "”无效"
                + NearestName.hint(text, labels).replace("。", "；")
                + "只能是 "
                + String.join("、", labels);
    }
}
