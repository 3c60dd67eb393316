package org.gongkai.importer;

/**
 * A value read off the document, with where it came from ("第 2 段") and, when it was repaired or
 * chosen between candidates, what was done (empty otherwise). The editor sees all three.
 */
public record Recognised<T>(T value, String origin, String remark) {

    static <T> Recognised<T> at(T value, String origin) {
        return new Recognised<>(value, origin, "");
    }
}
