package org.gongkai.site;

import java.util.List;
import java.util.Map;

/**
 * References between documents, in both directions. Lists hold document ids, sorted, and only ids
 * that exist; dangling ones are findings, not relations.
 */
public record Relations(
        Map<String, List<String>> interpretations,
        Map<String, List<String>> amends,
        Map<String, List<String>> amendedBy,
        Map<String, List<String>> repeals,
        Map<String, List<String>> repealedBy) {

    public Relations {
        interpretations = Map.copyOf(interpretations);
        amends = Map.copyOf(amends);
        amendedBy = Map.copyOf(amendedBy);
        repeals = Map.copyOf(repeals);
        repealedBy = Map.copyOf(repealedBy);
    }

    public List<String> interpretationsOf(String id) {
        return interpretations.getOrDefault(id, List.of());
    }

    public List<String> amendsOf(String id) {
        return amends.getOrDefault(id, List.of());
    }

    public List<String> amendedByOf(String id) {
        return amendedBy.getOrDefault(id, List.of());
    }

    public List<String> repealsOf(String id) {
        return repeals.getOrDefault(id, List.of());
    }

    public List<String> repealedByOf(String id) {
        return repealedBy.getOrDefault(id, List.of());
    }
}
