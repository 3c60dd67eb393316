package org.gongkai.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's implicit scalar types (bool, int, float, null, timestamp…), decided exactly as its
 * {@link Resolver} does, with one {@link Matcher} per pattern reset for each scalar instead of a
 * new one. The stock resolver tries the empty-string pattern on every plain scalar its first
 * character does not settle, keys included: 10,000 documents allocated 135 MB of matchers that way.
 * Like the {@code Yaml} that owns it, an instance belongs to one thread.
 */
final class ImplicitTypes extends Resolver {

    private record Rule(Tag tag, Matcher matcher, int limit) {}

    /**
     * The resolvers by first character, keyed as {@link Resolver} keys its own (null for "any first
     * character"). No initialiser: the superclass constructor registers the resolvers through
     * {@link #addImplicitResolver(Tag, Pattern, String, int)} before this class's fields are set.
     */
    private Map<Character, List<Rule>> byFirst;

    @Override
    public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
        super.addImplicitResolver(tag, regexp, first, limit);
        if (byFirst == null) {
            byFirst = new HashMap<>();
        }
        Rule rule = new Rule(tag, regexp.matcher(""), limit);
        if (first == null) {
            byFirst.computeIfAbsent(null, k -> new ArrayList<>()).add(rule);
            return;
        }
        for (char c : first.toCharArray()) {
            byFirst.computeIfAbsent(c == 0 ? null : c, k -> new ArrayList<>()).add(rule);
        }
    }

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind == NodeId.scalar && implicit && byFirst != null) {
            Tag tag =
                    first(
                            byFirst.get(
                                    value.isEmpty()
                                            ? Character.valueOf('\0')
                                            : Character.valueOf(value.charAt(0))),
                            value);
            if (tag == null) {
                tag = first(byFirst.get(null), value);
            }
            if (tag != null) {
                return tag;
            }
        }
        return super.resolve(kind, value, false);
    }

    private static Tag first(List<Rule> rules, String value) {
        if (rules != null) {
            for (Rule r : rules) {
                if (value.length() <= r.limit() && r.matcher().reset(value).matches()) {
                    return r.tag();
                }
            }
        }
        return null;
    }
}
