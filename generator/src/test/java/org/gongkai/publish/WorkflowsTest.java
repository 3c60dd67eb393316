package org.gongkai.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The GitHub Actions workflows run the README's own two commands, with official actions only. */
class WorkflowsTest {

    /** The two commands under "两条命令" in README.md: build, then test. */
    static List<String> readmeCommands() throws IOException {
        String readme = Files.readString(Repo.root().resolve("README.md"));
        Matcher section = Pattern.compile("(?s)## 两条命令.*?```bash\\n(.*?)```").matcher(readme);
        assertTrue(section.find(), "README.md has a bash block under ## 两条命令");
        List<String> commands =
                section.group(1)
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .toList();
        assertEquals(2, commands.size(), commands.toString());
        return commands;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> workflow(String name) throws IOException {
        Path file = Repo.root().resolve(".github/workflows").resolve(name);
        return (Map<String, Object>) new Yaml().load(Files.readString(file));
    }

    /** YAML 1.1 reads the key {@code on} as boolean true. */
    static Object on(Map<?, ?> wf) {
        return wf.containsKey("on") ? wf.get("on") : wf.get(true);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> steps(Map<String, Object> wf, String job) {
        Map<String, Object> jobs = (Map<String, Object>) wf.get("jobs");
        return (List<Map<String, Object>>) ((Map<String, Object>) jobs.get(job)).get("steps");
    }

    static List<String> runs(List<Map<String, Object>> steps) {
        List<String> out = new ArrayList<>();
        steps.forEach(
                s -> {
                    if (s.get("run") != null) {
                        out.add(s.get("run").toString());
                    }
                });
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> uses(List<Map<String, Object>> steps, String action) {
        return steps.stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith(action + "@"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + action));
    }

    @SuppressWarnings("unchecked")
    static void javaWithMavenCache(List<Map<String, Object>> steps) {
        uses(steps, "actions/checkout");
        Map<String, Object> with =
                (Map<String, Object>) uses(steps, "actions/setup-java").get("with");
        assertEquals("temurin", with.get("distribution"));
        assertEquals("17", String.valueOf(with.get("java-version")));
        assertEquals("maven", with.get("cache"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void pullRequestsCheckWithSarifAnnotationsAndRunTheReadmeTests() throws IOException {
        String test = readmeCommands().get(1);
        Map<String, Object> wf = workflow("pr.yml");
        assertTrue(((Map<String, Object>) on(wf)).containsKey("pull_request"));
        assertEquals("write", ((Map<String, Object>) wf.get("permissions")).get("security-events"));
        List<Map<String, Object>> steps = steps(wf, "check-and-test");
        javaWithMavenCache(steps);
        List<String> runs = runs(steps);
        assertTrue(
                runs.stream()
                        .anyMatch(r -> r.contains("chromium") && r.contains("chromium-driver")),
                "browser tests need Debian's Chromium");
        String check =
                runs.stream()
                        .filter(r -> r.contains("gongkai.jar check --format sarif > "))
                        .findFirst()
                        .orElseThrow();
        String sarif = check.replaceAll("(?s).*--format sarif > (\\S+).*", "$1");
        Map<String, Object> upload =
                (Map<String, Object>) uses(steps, "github/codeql-action/upload-sarif").get("with");
        assertEquals(sarif, upload.get("sarif_file"));
        assertTrue(
                runs.stream().anyMatch(r -> r.lines().anyMatch(l -> l.strip().equals(test))),
                "the README's test command `" + test + "` runs");
    }

    /**
     * The trust model (README, 安全): a fork's pull request is built by {@code pull_request}, which
     * gives it a read-only token and no secrets; {@code pull_request_target} and {@code
     * workflow_run} would run the fork's content and themes with the repository's own token, and
     * are never used. Only the publish workflow, which runs on main after review, may write pages.
     */
    @Test
    @SuppressWarnings("unchecked")
    void noWorkflowRunsAForksChangesWithTheRepositorysToken() throws IOException {
        try (var files = Files.list(Repo.root().resolve(".github/workflows"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
                String name = file.getFileName().toString();
                Map<String, Object> wf = workflow(name);
                Object trigger = on(wf);
                String triggers =
                        trigger instanceof Map<?, ?> m
                                ? m.keySet().toString()
                                : String.valueOf(trigger);
                assertTrue(
                        !triggers.contains("pull_request_target")
                                && !triggers.contains("workflow_run"),
                        name + " runs untrusted changes with the repository's token: " + triggers);
                Map<String, Object> permissions = (Map<String, Object>) wf.get("permissions");
                assertNotNull(permissions, name + " sets its token's permissions explicitly");
                if (triggers.contains("pull_request")) {
                    assertEquals("read", permissions.get("contents"), name);
                    assertTrue(
                            !permissions.containsKey("pages")
                                    && !permissions.containsKey("id-token"),
                            name + ": a pull request never deploys");
                    assertTrue(
                            !Files.readString(file).contains("secrets."),
                            name + ": no secrets for pull requests");
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void mainBuildsWithTheCommitDateAndDeploysToPages() throws IOException {
        String build = readmeCommands().get(0);
        Map<String, Object> wf = workflow("publish.yml");
        Map<String, Object> push = (Map<String, Object>) ((Map<String, Object>) on(wf)).get("push");
        assertEquals(List.of("main"), push.get("branches"));
        Map<String, Object> permissions = (Map<String, Object>) wf.get("permissions");
        assertEquals("write", permissions.get("pages"));
        assertEquals("write", permissions.get("id-token"));

        List<Map<String, Object>> steps = steps(wf, "build");
        javaWithMavenCache(steps);
        List<String> runs = runs(steps);
        String asOf =
                runs.stream()
                        .filter(r -> r.contains("git log -1 --format=%cs"))
                        .findFirst()
                        .orElseThrow();
        String variable = asOf.replaceAll("(?s).*echo \"(\\w+)=.*", "$1");
        assertTrue(
                runs.stream().anyMatch(r -> r.startsWith(build + " --as-of \"$" + variable + "\"")),
                "the README's build command runs with --as-of from the commit date: " + runs);
        Map<String, Object> artifact =
                (Map<String, Object>) uses(steps, "actions/upload-pages-artifact").get("with");
        assertEquals("site", artifact.get("path"));

        Map<String, Object> deploy =
                (Map<String, Object>) ((Map<String, Object>) wf.get("jobs")).get("deploy");
        assertEquals("build", deploy.get("needs"));
        assertEquals("github-pages", ((Map<String, Object>) deploy.get("environment")).get("name"));
        uses((List<Map<String, Object>>) deploy.get("steps"), "actions/deploy-pages");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyActionIsAnOfficialOnePinnedToAMajorVersion() throws IOException {
        for (String name : List.of("pr.yml", "publish.yml", "platform.yml")) {
            Map<String, Object> jobs = (Map<String, Object>) workflow(name).get("jobs");
            for (Object job : jobs.values()) {
                for (Map<String, Object> step :
                        (List<Map<String, Object>>) ((Map<String, Object>) job).get("steps")) {
                    Object uses = step.get("uses");
                    if (uses != null) {
                        assertTrue(
                                uses.toString()
                                        .matches("(actions|github)/[a-z-]+(/[a-z-]+)?@v\\d+"),
                                name + ": " + uses);
                    }
                }
            }
        }
        assertNotNull(readmeCommands());
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePlatformIsBuiltInColumnGroupsAssembledOnceAndDeployed() throws IOException {
        Map<String, Object> wf = workflow("platform.yml");
        Map<String, Object> on = (Map<String, Object>) on(wf);
        assertTrue(
                !on.containsKey("pull_request") && !on.containsKey("pull_request_target"),
                "pull requests are pr.yml's: " + on.keySet());
        assertEquals(List.of("main"), ((Map<String, Object>) on.get("push")).get("branches"));
        Map<String, Object> jobs = (Map<String, Object>) wf.get("jobs");
        // every column of the sample platform in exactly one group of the matrix
        Map<String, Object> columns = (Map<String, Object>) jobs.get("columns");
        List<Map<String, Object>> groups =
                (List<Map<String, Object>>)
                        ((Map<String, Object>)
                                        ((Map<String, Object>) columns.get("strategy"))
                                                .get("matrix"))
                                .get("include");
        List<String> inMatrix =
                groups.stream()
                        .flatMap(g -> Arrays.stream(g.get("columns").toString().split(",")))
                        .map(String::strip)
                        .sorted()
                        .toList();
        Map<String, Object> platform =
                (Map<String, Object>)
                        new Yaml()
                                .load(
                                        Files.readString(
                                                Repo.root().resolve("platform/platform.yaml")));
        List<String> declared =
                ((List<Map<String, Object>>) platform.get("columns"))
                        .stream().map(c -> c.get("id").toString()).sorted().toList();
        assertEquals(declared, inMatrix);
        List<Map<String, Object>> steps = steps(wf, "columns");
        javaWithMavenCache(steps);
        assertTrue(
                runs(steps).stream()
                        .anyMatch(
                                r ->
                                        r.contains(
                                                "gongkai.jar build --content platform --columns \"${{ matrix.columns }}\" --out part")),
                runs(steps).toString());
        // with a Solr collection, each group pushes its own columns, after building them and only
        // when one is named
        Map<String, Object> push =
                steps.stream()
                        .filter(st -> String.valueOf(st.get("run")).contains("publish-search"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(
                String.valueOf(push.get("run"))
                        .contains(
                                "gongkai.jar publish-search --site part --solr \"$GONGKAI_SOLR_URL\" --collection \"$GONGKAI_SOLR_COLLECTION\" --columns \"${{ matrix.columns }}\""),
                push.toString());
        assertEquals("vars.GONGKAI_SOLR_URL != ''", push.get("if"));
        assertTrue(
                steps.indexOf(push)
                        > steps.indexOf(
                                steps.stream()
                                        .filter(
                                                st ->
                                                        String.valueOf(st.get("run"))
                                                                .contains("--out part"))
                                        .findFirst()
                                        .orElseThrow()));
        Map<String, Object> upload =
                (Map<String, Object>) uses(steps, "actions/upload-artifact").get("with");
        assertEquals("part", upload.get("path"));
        assertEquals(true, upload.get("include-hidden-files"), "part/.gongkai-part/ must travel");
        Map<String, Object> assemble = (Map<String, Object>) jobs.get("assemble");
        assertEquals("columns", assemble.get("needs"));
        List<Map<String, Object>> asteps = steps(wf, "assemble");
        assertEquals(
                "part-*",
                ((Map<String, Object>) uses(asteps, "actions/download-artifact").get("with"))
                        .get("pattern"));
        assertTrue(
                runs(asteps).stream()
                        .anyMatch(
                                r ->
                                        r.contains(
                                                        "gongkai.jar assemble --content platform --out platform-site")
                                                && r.contains("parts/*")));
        assertEquals(
                "platform-site",
                ((Map<String, Object>) uses(asteps, "actions/upload-pages-artifact").get("with"))
                        .get("path"));
        Map<String, Object> deploy = (Map<String, Object>) jobs.get("deploy");
        assertEquals("assemble", deploy.get("needs"));
        uses((List<Map<String, Object>>) deploy.get("steps"), "actions/deploy-pages");
    }
}
