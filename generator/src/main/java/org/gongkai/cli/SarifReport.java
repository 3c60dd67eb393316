package org.gongkai.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.check.Rule;
import org.gongkai.content.Finding;

/**
 * SARIF 2.1.0, the format GitHub code scanning reads to show findings as annotations on a pull
 * request. Paths are given relative to the repository root ({@code content/policies/…}), which is
 * what GitHub matches against the changed files.
 */
final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {}

    /**
     * @param rules every registered rule, listed in tool.driver.rules
     * @param prefix the content folder as seen from the repository root, e.g. {@code content}
     */
    static void write(List<Finding> findings, List<Rule> rules, String prefix, PrintWriter out)
            throws JsonProcessingException {
        List<Map<String, Object>> ruleList = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Rule r : rules) {
            index.put(r.id(), ruleList.size());
            ruleList.add(descriptor(r.id(), r.description()));
        }
        // loader and resolver findings (yaml-syntax, reference-unknown …) have ids of their own
        Set<String> extra = new LinkedHashSet<>();
        findings.forEach(
                f -> {
                    if (!index.containsKey(f.ruleId())) {
                        extra.add(f.ruleId());
                    }
                });
        for (String id : extra) {
            index.put(id, ruleList.size());
            ruleList.add(descriptor(id, "内容读取与引用检查：" + id));
        }

        List<Map<String, Object>> results = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", Math.max(1, f.where().line()));
            region.put("startColumn", Math.max(1, f.where().column()));
            Map<String, Object> artifact = new LinkedHashMap<>();
            artifact.put("uri", uri(prefix, f.where().file()));
            artifact.put("uriBaseId", "%SRCROOT%");
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", artifact);
            physical.put("region", region);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", f.ruleId());
            result.put("ruleIndex", index.get(f.ruleId()));
            result.put("level", f.isError() ? "error" : "warning");
            result.put("message", Map.of("text", f.message()));
            result.put("locations", List.of(Map.of("physicalLocation", physical)));
            results.add(result);
        }

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "gongkai");
        driver.put("version", "0.1.0");
        driver.put("rules", ruleList);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("columnKind", "utf16CodeUnits");
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        out.println(
                new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(log));
        out.flush();
    }

    private static Map<String, Object> descriptor(String id, String description) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", id);
        m.put("shortDescription", Map.of("text", description));
        return m;
    }

    /**
     * The file from the repository root. A platform's column may live beside the platform folder
     * ({@code platform/} + {@code ../content/x.md} is {@code content/x.md}): GitHub matches a
     * result to a file of the pull request only by its plain path.
     */
    static String uri(String prefix, String file) {
        String p =
                prefix.isEmpty() || prefix.equals(".")
                        ? ""
                        : prefix.replace('\\', '/').replaceAll("/+$", "") + "/";
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : (p + file).split("/", -1)) {
            if (segment.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else if (!segment.equals(".")) {
                parts.addLast(segment);
            }
        }
        return String.join("/", parts);
    }

    /**
     * The content folder relative to the working directory (the repository root in CI), else its
     * name.
     */
    static String prefixOf(Path content) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path abs = content.toAbsolutePath().normalize();
        return abs.startsWith(cwd)
                ? cwd.relativize(abs).toString().replace('\\', '/')
                : abs.getFileName().toString();
    }
}
