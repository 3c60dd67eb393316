package org.gongkai.content;

import java.util.List;
import java.util.Optional;

/**
 * A value readers see by its Chinese label, with a stable slug for its URL, CSS class and the Latin
 * spelling editors may write instead: the constant's name in lower case, words joined by hyphens
 * ({@code NOT_STARTED} → {@code not-started}). The enums implementing it only annotate each
 * constant with its {@link Label}; label and slug are defined here, once.
 */
public interface Labelled {

    String name();

    int ordinal();

    /** The enum the constant belongs to ({@link Enum#getDeclaringClass()}). */
    Class<?> getDeclaringClass();

    /** The constant's {@link Label}. */
    default String label() {
        return LabelTable.of(getDeclaringClass()).label(ordinal());
    }

    default String slug() {
        return LabelTable.of(getDeclaringClass()).slug(ordinal());
    }

    /** The labels of {@code type}'s constants, in their order. */
    static <E extends Enum<E> & Labelled> List<String> labels(Class<E> type) {
        return LabelTable.of(type).labels();
    }

    /** The constant of {@code type} whose label is {@code text}, spaces around it ignored. */
    static <E extends Enum<E> & Labelled> Optional<E> byLabel(Class<E> type, String text) {
        LabelTable table = LabelTable.of(type);
        return table.constant(type, table.byLabel(text.strip()));
    }

    /**
     * The constant whose label is {@code text}, or whose slug or another spelling its {@link Label}
     * allows it is in any case; spaces around it ignored.
     */
    static <E extends Enum<E> & Labelled> Optional<E> byLabelOrSlug(Class<E> type, String text) {
        LabelTable table = LabelTable.of(type);
        return table.constant(type, table.byAnySpelling(text.strip()));
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
