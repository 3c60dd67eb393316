package org.gongkai.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * YAML read through SnakeYAML's composer only: no object construction at all (so no arbitrary
 * types), bounded aliases, nesting and size, no duplicate or merge ({@code <<}) keys, and every
 * value remembers where it stood in the file. Scalars stay strings except booleans and numbers,
 * which the typed reader needs to tell apart.
 */
final class YamlTree {

    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 20;
    static final int MAX_CODE_POINTS = 1_000_000;

    /** Values produced after alias expansion; a small file cannot grow past this. */
    static final int MAX_VALUES = 50_000;

    private final String file;
    private final int lineOffset;
    private final IdentityHashMap<Object, SourceRef> refs = new IdentityHashMap<>();
    private final IdentityHashMap<Object, Map<String, SourceRef>> keyRefs = new IdentityHashMap<>();
    private int produced;

    private YamlTree(String file, int lineOffset) {
        this.file = file;
        this.lineOffset = lineOffset;
    }

    /**
     * The result: the root value (a map, or null for an empty document) and where each value stood.
     */
    record Parsed(
            Object root, Map<Object, SourceRef> refs, Map<Object, Map<String, SourceRef>> keyRefs) {
        /** Where a value stood: maps, lists and strings are tracked by identity. */
        SourceRef refOf(Object value, SourceRef fallback) {
            SourceRef r = value == null ? null : refs.get(value);
            return r == null ? fallback : r;
        }

        /** Where a key of a mapping stood. */
        SourceRef keyRef(Object map, String key, SourceRef fallback) {
            Map<String, SourceRef> keys = keyRefs.get(map);
            SourceRef r = keys == null ? null : keys.get(key);
            return r == null ? fallback : r;
        }
    }

    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final SourceRef where;

        Failure(SourceRef where, String message) {
            super(message);
            this.where = where;
        }
    }

    /** Parses {@code text} whose first line is line {@code lineOffset + 1} of {@code file}. */
    /**
     * A Yaml instance compiles its resolvers' patterns; one per thread is enough (it is not
     * thread-safe).
     */
    private static final ThreadLocal<Yaml> YAML =
            ThreadLocal.withInitial(
                    () -> {
                        LoaderOptions options = new LoaderOptions();
                        options.setMaxAliasesForCollections(MAX_ALIASES);
                        options.setAllowRecursiveKeys(false);
                        options.setAllowDuplicateKeys(false);
                        options.setNestingDepthLimit(MAX_DEPTH);
                        options.setCodePointLimit(MAX_CODE_POINTS);
                        return new Yaml(
                                new SafeConstructor(options),
                                new Representer(new DumperOptions()),
                                new DumperOptions(),
                                options,
                                new ImplicitTypes());
                    });

    static Parsed parse(String file, String text, int lineOffset) throws Failure {
        YamlTree tree = new YamlTree(file, lineOffset);
        try {
            Node node = YAML.get().compose(new StringReader(text));
            Object root = node == null ? null : tree.convert(node, 0);
            return new Parsed(root, tree.refs, tree.keyRefs);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new Failure(tree.ref(m), explain(e));
        } catch (YAMLException e) {
            String m = String.valueOf(e.getMessage());
            throw new Failure(
                    new SourceRef(file, lineOffset + 1, 1),
                    m.contains("Nesting Depth")
                            ? "front matter 嵌套层级过深（超过 " + MAX_DEPTH + " 层），已拒绝"
                            : m.contains("code point")
                                    ? "front matter 过长（超过 " + MAX_CODE_POINTS + " 个字符），已拒绝"
                                    : "front matter 无法解析：" + m);
        } catch (StackOverflowError e) {
            throw new Failure(new SourceRef(file, lineOffset + 1, 1), "front matter 嵌套过深，无法解析");
        }
    }

    private static String explain(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (problem.contains("\\t") || problem.contains("'\t'") || problem.contains("tab")) {
            return "YAML 不能用制表符（Tab）缩进，请改用空格";
        }
        if (problem.contains("found duplicate key")) {
            return "同一个键写了两次：" + problem.replace("found duplicate key", "").strip() + "，请删去一个";
        }
        if (problem.contains("Number of aliases")) {
            return "front matter 中的别名（&/*）过多，疑似恶意内容，已拒绝";
        }
        if (problem.contains("Nesting Depth")) {
            return "front matter 嵌套层级过深，已拒绝";
        }
        return "YAML 语法错误：" + problem.strip() + "（请检查冒号、引号和缩进）";
    }

    private SourceRef ref(Mark m) {
        if (m == null) {
            return new SourceRef(file, lineOffset + 1, 1);
        }
        return new SourceRef(file, m.getLine() + lineOffset + 1, m.getColumn() + 1);
    }

    private Object convert(Node node, int depth) throws Failure {
        if (++produced > MAX_VALUES) {
            throw new Failure(
                    ref(node.getStartMark()),
                    "front matter 展开后过大（别名展开超过 " + MAX_VALUES + " 个值），已拒绝");
        }
        if (depth > MAX_DEPTH) {
            throw new Failure(ref(node.getStartMark()), "front matter 嵌套层级过深，已拒绝");
        }
        Object value;
        if (node instanceof ScalarNode s) {
            value = scalar(s);
        } else if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            for (Node item : seq.getValue()) {
                list.add(convert(item, depth + 1));
            }
            value = list;
        } else if (node instanceof MappingNode map) {
            Map<String, Object> m = new LinkedHashMap<>();
            Map<String, SourceRef> keys = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (Tag.MERGE.equals(t.getKeyNode().getTag())) {
                    // "<<: *base" copies another mapping's keys in: a reader sees no disclosure
                    // line, and the composer leaves the merge undone, so the values would be
                    // silently ignored too
                    throw new Failure(
                            ref(t.getKeyNode().getStartMark()),
                            "不支持 YAML 合并键“<<”：它把别处的键值"
                                    + "悄悄并入这里，阅读时看不出来。请把需要的键（如 disclosure、withheld_basis）逐个写在这一节中");
                }
                Object key = convert(t.getKeyNode(), depth + 1);
                String k = String.valueOf(key);
                if (m.containsKey(k)) {
                    // SnakeYAML's composer keeps both; a silent "last one wins" would hide an
                    // editor's mistake
                    throw new Failure(
                            ref(t.getKeyNode().getStartMark()), "同一个键“" + k + "”写了两次，请删去一个");
                }
                m.put(k, convert(t.getValueNode(), depth + 1));
                keys.put(k, ref(t.getKeyNode().getStartMark()));
            }
            keyRefs.put(m, keys);
            value = m;
        } else {
            value = null;
        }
        if (value instanceof String || value instanceof List || value instanceof Map) {
            refs.put(value, ref(node.getStartMark()));
        }
        return value;
    }

    private static Object scalar(ScalarNode s) {
        String v = s.getValue();
        Tag tag = s.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            String l = v.toLowerCase(Locale.ROOT);
            return l.equals("true") || l.equals("yes") || l.equals("on") || l.equals("y");
        }
        if (Tag.INT.equals(tag)) {
            try {
                return Long.parseLong(v.replace("_", ""));
            } catch (NumberFormatException e) {
                return new String(v);
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return Double.parseDouble(v.replace("_", ""));
            } catch (NumberFormatException e) {
                return new String(v);
            }
        }
        // a fresh String per scalar so identity lookups of positions never collide
        return new String(v);
    }
}
