package org.gongkai.content;

import java.util.Map;

/**
 * Where each top-level key of a YAML file (a document's front matter, site.yaml) stands, so a
 * finding can point at the exact line; a key that is not there is reported at the file.
 */
public record KeyPositions(Map<String, SourceRef> where) {

    public static final KeyPositions NONE = new KeyPositions(Map.of());

    public KeyPositions {
        where = Map.copyOf(where);
    }

    /** Whether the file writes {@code key}, even with an empty or unreadable value. */
    public boolean has(String key) {
        return where.containsKey(key);
    }

    /** Where {@code key} stands, or {@code otherwise} when it is absent. */
    public SourceRef at(String key, SourceRef otherwise) {
        SourceRef ref = where.get(key);
        return ref != null ? ref : otherwise;
    }
}
