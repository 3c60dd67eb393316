package org.gongkai.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Finding;

/** Prints findings as text lines ({@code path:line:col: error [rule] message}) or JSON. */
final class FindingPrinter {

    private FindingPrinter() {}

    static void text(List<Finding> findings, PrintWriter out) {
        for (Finding f : findings) {
            out.println(f.format());
        }
        out.flush();
    }

    static void json(List<Finding> findings, PrintWriter out) throws JsonProcessingException {
        List<Map<String, Object>> list =
                findings.stream()
                        .map(
                                f -> {
                                    Map<String, Object> m = new LinkedHashMap<>();
                                    m.put("rule", f.ruleId());
                                    m.put("severity", f.severity().label());
                                    m.put("file", f.where().file());
                                    m.put("line", f.where().line());
                                    m.put("column", f.where().column());
                                    m.put("message", f.message());
                                    return m;
                                })
                        .toList();
        out.println(
                new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(list));
        out.flush();
    }
}
