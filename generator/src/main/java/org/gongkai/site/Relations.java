package org.gongkai.site;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * References between documents, in both directions: for each {@link Relation}, a document id → the
 * ids related to it that way. Lists hold document ids, sorted, and only ids that exist; dangling
 * ones are findings, not relations.
 */
public record Relations(Map<Relation, Map<String, List<String>>> byKind) {

    public Relations {
        Map<Relation, Map<String, List<String>>> copy = new EnumMap<>(Relation.class);
        byKind.forEach((r, ids) -> copy.put(r, Map.copyOf(ids)));
        byKind = Collections.unmodifiableMap(copy);
    }

    /** The ids related to {@code id} by {@code relation}, empty when none. */
    public List<String> of(Relation relation, String id) {
        Map<String, List<String>> ids = byKind.get(relation);
        return ids == null ? List.of() : ids.getOrDefault(id, List.of());
    }
}
