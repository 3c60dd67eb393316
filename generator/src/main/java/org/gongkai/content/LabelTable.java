package org.gongkai.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The labels, slugs and other spellings of one {@link Labelled} enum, read from its {@link Label}
 * annotations once per class and kept by ordinal: {@code label()} and {@code slug()} are asked of
 * every document and page, so they must cost an array read, not a reflective look-up.
 */
final class LabelTable {

    private static final ClassValue<LabelTable> TABLES =
            new ClassValue<>() {
                @Override
                protected LabelTable computeValue(Class<?> type) {
                    return new LabelTable(type);
                }
            };

    private final Enum<?>[] constants;
    private final String[] labels;
    private final String[] slugs;
    private final String[][] also;
    private final List<String> labelList;

    private LabelTable(Class<?> type) {
        constants = (Enum<?>[]) type.getEnumConstants();
        labels = new String[constants.length];
        slugs = new String[constants.length];
        also = new String[constants.length][];
        // getEnumConstants lists the constants in their order: index i is ordinal i
        for (int i = 0; i < constants.length; i++) {
            Label label = annotation(type, constants[i]);
            labels[i] = label.value();
            also[i] = label.also();
            slugs[i] = constants[i].name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        labelList = List.of(labels);
    }

    private static Label annotation(Class<?> type, Enum<?> e) {
        Label label;
        try {
            label = type.getField(e.name()).getAnnotation(Label.class);
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException(impossible);
        }
        if (label == null) {
            throw new IllegalStateException(type.getName() + "." + e.name() + " has no @Label");
        }
        return label;
    }

    static LabelTable of(Class<?> type) {
        return TABLES.get(type);
    }

    String label(int ordinal) {
        return labels[ordinal];
    }

    String slug(int ordinal) {
        return slugs[ordinal];
    }

    List<String> labels() {
        return labelList;
    }

    /** The ordinal of the constant whose label is {@code text}, or -1. */
    int byLabel(String text) {
        return labelList.indexOf(text);
    }

    /**
     * The ordinal of the constant {@code text} names by its label, its slug or another spelling
     * (Latin in any case), or -1; label first, as the constants stand.
     */
    int byAnySpelling(String text) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(text) || slugs[i].equalsIgnoreCase(text)) {
                return i;
            }
            for (String s : also[i]) {
                if (s.equalsIgnoreCase(text)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The constant of {@code type} at {@code ordinal}, none for -1 (what the look-ups return). */
    <E> Optional<E> constant(Class<E> type, int ordinal) {
        return ordinal < 0 ? Optional.empty() : Optional.of(type.cast(constants[ordinal]));
    }
}
