package org.gongkai.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to one YAML mapping, reporting every value of the wrong shape as a finding at its
 * line instead of replacing it with a default.
 */
final class FrontMatter {

    private final YamlTree.Parsed parsed;
    private final Map<String, Object> map;
    private final SourceRef top;
    private final List<Finding> findings;

    FrontMatter(
            YamlTree.Parsed parsed,
            Map<String, Object> map,
            SourceRef top,
            List<Finding> findings) {
        this.parsed = parsed;
        this.map = map;
        this.top = top;
        this.findings = findings;
    }

    boolean has(String key) {
        return map.containsKey(key) && map.get(key) != null;
    }

    Object raw(String key) {
        return map.get(key);
    }

    Map<String, Object> map() {
        return map;
    }

    SourceRef at(String key) {
        return parsed.keyRef(map, key, top);
    }

    SourceRef valueAt(Object value, String key) {
        return parsed.refOf(value, at(key));
    }

    /** Where a key of a mapping nested anywhere in this one stands. */
    SourceRef keyOf(Object nestedMap, String key, SourceRef fallback) {
        return parsed.keyRef(nestedMap, key, fallback);
    }

    /** Where each key of this mapping stands. */
    KeyPositions keyRefs() {
        Map<String, SourceRef> refs = new HashMap<>();
        for (String k : map.keySet()) {
            refs.put(k, at(k));
        }
        return new KeyPositions(refs);
    }

    List<Finding> findings() {
        return findings;
    }

    void error(String rule, SourceRef where, String message) {
        findings.add(Finding.error(rule, where, message));
    }

    void warning(String rule, SourceRef where, String message) {
        findings.add(Finding.warning(rule, where, message));
    }

    Optional<String> string(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof String s) {
            return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
        }
        if (v instanceof Number || v instanceof Boolean) {
            return Optional.of(String.valueOf(v));
        }
        error("front-matter-type", at(key), "“" + key + "”应是一段文字，而不是列表或键值表");
        return Optional.empty();
    }

    Optional<LocalDate> date(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        String text = String.valueOf(v);
        Optional<DateText.Parsed> d = DateText.parse(text);
        if (d.isEmpty()) {
            error(
                    "date-invalid",
                    at(key),
                    "“" + key + "”的日期“" + text + "”无法识别，请写成 YYYY-MM-DD，例如 2022-06-21");
            return Optional.empty();
        }
        if (!d.get().standard()) {
            warning(
                    "date-format",
                    at(key),
                    "“"
                            + key
                            + "”的日期“"
                            + text
                            + "”已按 "
                            + d.get().date()
                            + " 理解，请改写为标准格式 "
                            + d.get().date());
        }
        return Optional.of(d.get().date());
    }

    Optional<Integer> integer(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return Optional.of(l.intValue());
        }
        if (v instanceof String s && s.strip().matches("\\d{1,9}")) {
            return Optional.of(Integer.parseInt(s.strip()));
        }
        error("front-matter-type", at(key), "“" + key + "”应是整数，现在是“" + v + "”");
        return Optional.empty();
    }

    boolean bool(String key) {
        Object v = map.get(key);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s && (s.equals("是") || s.equals("否"))) {
            return s.equals("是");
        }
        error("front-matter-type", at(key), "“" + key + "”应写 true 或 false，现在是“" + v + "”");
        return false;
    }

    /** A list of names; a single value is accepted as a one-item list. */
    List<String> strings(String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof Map || item instanceof List || item == null) {
                    error("front-matter-type", valueAt(item, key), "“" + key + "”的每一项应是一段文字");
                } else {
                    String s = String.valueOf(item).strip();
                    if (!s.isEmpty()) {
                        out.add(s);
                    }
                }
            }
            return out;
        }
        if (v instanceof Map) {
            error(
                    "front-matter-type",
                    at(key),
                    "“" + key + "”应是列表，例如 [" + key + "1, " + key + "2]");
            return List.of();
        }
        String s = String.valueOf(v).strip();
        return s.isEmpty() ? List.of() : List.of(s);
    }

    /** A mapping of short texts (channels, contact). */
    Map<String, String> stringMap(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            error("front-matter-type", at(key), "“" + key + "”应是键值表，例如 {email: …, phone: …}");
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach(
                (k, val) -> {
                    if (val != null && !(val instanceof Map) && !(val instanceof List)) {
                        out.put(String.valueOf(k), String.valueOf(val));
                    }
                });
        return out;
    }

    Optional<FrontMatter> nested(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> mm = (Map<String, Object>) m;
            return Optional.of(new FrontMatter(parsed, mm, at(key), findings));
        }
        error("front-matter-type", at(key), "“" + key + "”应是键值表");
        return Optional.empty();
    }

    /**
     * Where every nested key under {@code keys} stands, by dotted path ({@code applications.new});
     * a list value is located at its first item, so a row written as {@code [1, 2, …]} points at
     * its own line.
     */
    Map<String, SourceRef> pathRefs(Collection<String> keys) {
        Map<String, SourceRef> out = new LinkedHashMap<>();
        for (String k : keys) {
            collectRefs(k, map.get(k), at(k), out);
        }
        return out;
    }

    private void collectRefs(
            String path, Object value, SourceRef keyRef, Map<String, SourceRef> out) {
        out.put(path, keyRef);
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String k = String.valueOf(e.getKey());
                collectRefs(path + "." + k, e.getValue(), parsed.keyRef(m, k, keyRef), out);
            }
        } else if (value instanceof List<?> list) {
            out.put(path + "[]", parsed.refOf(list, keyRef));
        }
    }

    /** A mapping nested in a list under {@code key}, reporting into the same findings. */
    FrontMatter child(Map<String, Object> m, Object item, String key) {
        return new FrontMatter(parsed, m, valueAt(item, key), findings);
    }

    /** Where this mapping starts. */
    SourceRef start() {
        return top;
    }

    /** Unknown keys are warnings: a typo such as {@code pubished} must not pass silently. */
    void warnUnknownKeys(Collection<String> known, String what) {
        for (String k : map.keySet()) {
            if (!known.contains(k)) {
                String hint = NearestName.hint(k, known);
                warning("unknown-key", at(k), what + "中没有“" + k + "”这个键，它会被忽略" + hint);
            }
        }
    }
}
