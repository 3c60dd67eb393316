package org.gongkai.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core run in the page, for the WCAG 2.1 A/AA rules (GB/T 37668 follows WCAG), with its
 * violations printed so a failure says which rule, which element and why.
 */
final class AxeAudit {

    static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String source;

    private AxeAudit() {}

    /** Violations of the WCAG 2.1 A/AA rules on the page the driver shows. */
    static List<String> wcag21aa(WebDriver driver) {
        return run(driver, "{runOnly:{type:'tag',values:" + toJs(WCAG21_AA) + "}}");
    }

    /** Violations of the named rules only (e.g. color-contrast-enhanced, the 7:1 rule). */
    static List<String> rules(WebDriver driver, String... rules) {
        return run(driver, "{runOnly:{type:'rule',values:" + toJs(List.of(rules)) + "}}");
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Chromium.axeSource();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    private static List<String> run(WebDriver driver, String options) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
        String result =
                (String)
                        js.executeAsyncScript(
                                "var done = arguments[arguments.length - 1];"
                                        + "axe.run(document, "
                                        + options
                                        + ").then(function (r) { done(JSON.stringify(r.violations)); },"
                                        + " function (e) { done('ERROR ' + e); });");
        if (result.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core failed: " + result);
        }
        List<String> out = new ArrayList<>();
        try {
            for (JsonNode v : JSON.readTree(result)) {
                StringBuilder sb = new StringBuilder();
                sb.append(v.path("id").asText())
                        .append(" (")
                        .append(v.path("impact").asText())
                        .append("): ")
                        .append(v.path("help").asText());
                for (JsonNode n : v.path("nodes")) {
                    sb.append("\n    at ")
                            .append(n.path("target"))
                            .append("\n       ")
                            .append(n.path("failureSummary").asText().replace("\n", "\n       "));
                }
                out.add(sb.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String toJs(List<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(",", "[", "]"));
    }
}
