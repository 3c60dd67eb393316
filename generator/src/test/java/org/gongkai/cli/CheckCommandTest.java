package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.check.Rule;
import org.gongkai.check.Rules;
import org.gongkai.content.LoaderRules;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;

/** {@code check --format sarif}, {@code --rules} and {@code --review}. */
class CheckCommandTest {

    static final String TREE = "src/test/resources/whole-tree";

    static String[] run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new String[] {
                String.valueOf(exit),
                out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)
            };
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    void sarifListsRulesAndLocatesEveryResult() throws Exception {
        String[] r = run("check", "--format", "sarif", "--content", TREE, "--as-of", "2026-11-28");
        assertEquals("1", r[0]);
        JsonNode log = new ObjectMapper().readTree(r[1]);
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode run = log.get("runs").get(0);
        List<String> ids = new ArrayList<>();
        run.get("tool").get("driver").get("rules").forEach(n -> ids.add(n.get("id").asText()));
        assertEquals(
                Rules.listed().stream().map(Rule::id).toList(),
                ids,
                "the rules, then the loader's ids");
        assertTrue(
                ids.containsAll(LoaderRules.all().stream().map(LoaderRules.Described::id).toList()),
                ids.toString());
        JsonNode results = run.get("results");
        assertTrue(results.size() >= 20);
        boolean sawOrgCode = false;
        for (JsonNode res : results) {
            String id = res.get("ruleId").asText();
            assertEquals(id, ids.get(res.get("ruleIndex").asInt()), "ruleIndex points at its rule");
            assertTrue(List.of("error", "warning").contains(res.get("level").asText()));
            assertTrue(!res.get("message").get("text").asText().isBlank());
            JsonNode loc = res.get("locations").get(0).get("physicalLocation");
            String uri = loc.get("artifactLocation").get("uri").asText();
            assertTrue(uri.startsWith("src/test/resources/whole-tree/"), uri);
            assertTrue(loc.get("region").get("startLine").asInt() >= 1);
            assertTrue(loc.get("region").get("startColumn").asInt() >= 1);
            if (id.equals("site-org-code")) {
                sawOrgCode = true;
                assertEquals("src/test/resources/whole-tree/site.yaml", uri);
                assertEquals(3, loc.get("region").get("startLine").asInt());
                assertEquals("error", res.get("level").asText());
            }
        }
        assertTrue(sawOrgCode);
    }

    @Test
    void sarifNamesAPlatformColumnOutsideThePlatformFolderByItsPathInTheRepository() {
        // platform/platform.yaml's 安乐镇 is ../content: GitHub annotates content/…, which the pull
        // request changed
        assertEquals(
                "content/policies/2022/a.md",
                SarifReport.uri("platform", "../content/policies/2022/a.md"));
        assertEquals(
                "platform/columns/county/site.yaml",
                SarifReport.uri("platform", "columns/county/site.yaml"));
        assertEquals("policies/a.md", SarifReport.uri(".", "./policies/a.md"));
        assertEquals("../elsewhere/a.md", SarifReport.uri("", "../elsewhere/a.md"));
    }

    @Test
    void rulesListsEveryIdWithItsDescription() {
        String[] r = run("check", "--rules");
        assertEquals("0", r[0]);
        List<String> lines = r[1].lines().toList();
        for (Rule rule : Rules.all()) {
            assertTrue(lines.contains(rule.id() + "\t" + rule.description()), rule.id());
        }
        // every id a loader can emit, described as it is registered (yaml-syntax, id-invalid,
        // path-* …)
        for (LoaderRules.Described d : LoaderRules.all()) {
            assertTrue(lines.contains(d.id() + "\t" + d.description()), d.id());
        }
        assertEquals(
                lines.size(),
                lines.stream().map(l -> l.substring(0, l.indexOf('\t'))).distinct().count(),
                "each id once");
    }

    @Test
    void reviewListsDocumentsWhoseReviewDateHasPassed() {
        String content = Repo.content().toString();
        String[] now = run("check", "--review", "--content", content, "--as-of", "2026-11-28");
        assertEquals("0", now[0]);
        assertEquals("", now[1]);
        String[] later = run("check", "--review", "--content", content, "--as-of", "2027-05-15");
        assertEquals("0", later[0]);
        assertEquals(
                "2027-04-30\t依申请公开\tpolicies/2025/anzhengbanfa-2025-7.md:8:1\t"
                        + "《安乐镇人民政府办公室关于西河村集体经济组织财务审计发现问题整改情况的通报》",
                later[1].strip());
        String[] both = run("check", "--review", "--content", content, "--as-of", "2027-07-01");
        assertEquals(2, both[1].strip().split("\n").length);
        assertTrue(
                both[1].strip()
                        .split("\n")[1]
                        .startsWith("2027-06-30\t不予公开\tpolicies/2024/anzhengfa-2024-11.md"));
    }
}
