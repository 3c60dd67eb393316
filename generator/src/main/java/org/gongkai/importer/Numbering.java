package org.gongkai.importer;

import java.util.Optional;
import java.util.regex.Pattern;

/** Numbering kinds in GB/T 9704's order of levels: 一、 → （一） → 1. → （1）. */
enum Numbering {
    FIRST("^[一二三四五六七八九十]{1,3}、"),
    SECOND("^（[一二三四五六七八九十]{1,3}）"),
    THIRD("^[0-9]{1,2}\\.(?![0-9])"),
    FOURTH("^（[0-9]{1,2}）");

    final Pattern pattern;

    Numbering(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    static Optional<Numbering> of(String plain) {
        for (Numbering n : values()) {
            if (n.pattern.matcher(plain).find()) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The words after the leading numbering (all of {@code plain} when it has none). */
    static String withoutNumber(String plain) {
        return of(plain).map(n -> n.pattern.matcher(plain).replaceFirst("")).orElse(plain);
    }
}
