package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The digest an incremental build compares pages by: stable, and different whenever a view is. */
class ViewDigestTest {

    record Inner(String text, int count, Optional<LocalDate> date) {}

    record Outer(List<Inner> items, String title) {}

    @Test
    void theSameViewHasTheSameDigestInEveryJvm() {
        Outer view =
                new Outer(
                        List.of(new Inner("安乐镇", 3, Optional.of(LocalDate.of(2026, 11, 28)))),
                        "标题");
        assertArrayEquals(
                ViewDigest.of(view),
                ViewDigest.of(
                        new Outer(
                                List.of(
                                        new Inner(
                                                "安乐镇", 3, Optional.of(LocalDate.of(2026, 11, 28)))),
                                "标题")));
        // a constant: what a previous JVM recorded must compare equal (no identity hash codes); a
        // change of encoding changes it, and old records then simply match nothing
        assertEquals(
                "473adcd672d2fec5", HexFormat.of().formatHex(ViewDigest.of(view)).substring(0, 16));
    }

    @Test
    void anyDifferenceChangesTheDigest() {
        byte[] base = ViewDigest.of(new Outer(List.of(new Inner("ab", 1, Optional.empty())), "c"));
        for (Object other :
                List.of(
                        new Outer(
                                List.of(new Inner("a", 1, Optional.empty())),
                                "bc"), // same characters, other split
                        new Outer(List.of(new Inner("ab", 2, Optional.empty())), "c"),
                        new Outer(
                                List.of(new Inner("ab", 1, Optional.of(LocalDate.of(2026, 1, 1)))),
                                "c"),
                        new Outer(List.of(), "c"),
                        new Outer(
                                List.of(
                                        new Inner("ab", 1, Optional.empty()),
                                        new Inner("ab", 1, Optional.empty())),
                                "c"),
                        new Outer(List.of(new Inner("ab", 1, Optional.empty())), null))) {
            assertFalse(Arrays.equals(base, ViewDigest.of(other)), other.toString());
        }
    }

    @Test
    @SuppressWarnings(
            "UnnecessaryStringBuilder") // a StringBuilder is the point: a mutable value it must
    // refuse
    void unorderedCollectionsAreRefusedNotGuessedAt() {
        assertThrows(IllegalArgumentException.class, () -> ViewDigest.of(Map.of("a", 1, "b", 2)));
        assertThrows(
                IllegalArgumentException.class, () -> ViewDigest.of(new HashSet<>(List.of("a"))));
        assertThrows(IllegalArgumentException.class, () -> ViewDigest.of(new StringBuilder("x")));
        ViewDigest.of(new TreeMap<>(Map.of("a", 1, "b", 2)));
    }
}
