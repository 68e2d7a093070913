package dev.fixturebench.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The Pages workflow parses, runs the benchmark, carries the history forward and deploys with the official actions. */
class PagesWorkflowTest {

    private static final Path WORKFLOW = Path.of(".github/workflows/fixture-bench-pages.yml");

    @Test
    @SuppressWarnings("unchecked")
    void benchmarksCarriesTheHistoryAndDeploysWithTheOfficialActions() throws Exception {
        Map<String, Object> workflow = workflow();
        Map<String, Object> triggers = triggers(workflow);
        assertNotNull(triggers, "the workflow has triggers");
        assertTrue(triggers.containsKey("push") && triggers.containsKey("workflow_dispatch"), "on push and by hand");
        assertEquals(Map.of("contents", "read", "pages", "write", "id-token", "write"), workflow.get("permissions"));

        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        List<Map<String, Object>> build = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("build"))
                .get("steps");
        String runs = String.join("\n", build.stream().filter(s -> s.containsKey("run"))
                .map(s -> (String) s.get("run")).toList());
        assertTrue(runs.contains("/history.json") && runs.contains("$OUT/site/history.json"),
                "fetches the published history into the site folder before the run: " + runs);
        assertTrue(runs.indexOf("history.json") < runs.indexOf("./jbang bench.java"), "history first, then the run");
        Map<String, Object> cache = step(build, "actions/cache@v4");
        assertEquals("${{ env.OUT }}/site/runs", ((Map<String, Object>) cache.get("with")).get("path"),
                "the earlier runs' folders come back");
        assertTrue(build.indexOf(cache) < build.indexOf(step(build, "actions/upload-pages-artifact@v5")));
        Map<String, Object> upload = step(build, "actions/upload-pages-artifact@v5");
        assertEquals("${{ env.OUT }}/site", ((Map<String, Object>) upload.get("with")).get("path"),
                "uploads the folder the run wrote its site to");

        assertTrue(runs.contains("cp \"$OUT/fixture_benchmark_results.json\" \"$OUT/site/fixture_benchmark_results.json\""),
                "the results are published beside the site, for pull requests to compare with: " + runs);
        assertEquals("github.event_name != 'pull_request'", ((Map<String, Object>) jobs.get("build")).get("if"),
                "a pull request publishes nothing");

        Map<String, Object> deploy = (Map<String, Object>) jobs.get("deploy");
        assertEquals("build", deploy.get("needs"));
        assertEquals("github-pages", ((Map<String, Object>) deploy.get("environment")).get("name"));
        step((List<Map<String, Object>>) deploy.get("steps"), "actions/deploy-pages@v5");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPullRequestIsComparedWithThePublishedResultsInTheJobSummaryAndGatedWhenAVariableSaysSo() throws Exception {
        Map<String, Object> workflow = workflow();
        Map<String, Object> triggers = triggers(workflow);
        assertTrue(triggers.containsKey("pull_request"), "on pull requests too");
        Map<String, Object> compare = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("compare");
        assertNotNull(compare, "a job for pull requests");
        assertEquals("github.event_name == 'pull_request'", compare.get("if"));
        assertEquals(Map.of("contents", "read"), compare.get("permissions"), "it deploys nothing");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) compare.get("steps");
        List<String> runs = steps.stream().filter(s -> s.containsKey("run")).map(s -> (String) s.get("run")).toList();
        String all = String.join("\n", runs);
        assertTrue(all.indexOf("$PUBLISHED/fixture_benchmark_results.json") < all.indexOf("./jbang bench.java"),
                "fetches the published results before the run: " + all);
        assertTrue(all.contains("./jbang bench.java $SUITE_OPTIONS --out=\"$OUT\" --no-site"), all);
        List<Map<String, Object>> comparing = steps.stream().filter(s -> String.valueOf(s.get("run"))
                .startsWith("./jbang bench.java compare published.json \"$OUT\"")).toList();
        assertEquals(2, comparing.size(), "one step without the gate, one with: " + steps);
        for (Map<String, Object> step : comparing) {
            assertTrue(((String) step.get("run")).endsWith(">> \"$GITHUB_STEP_SUMMARY\""), "to the job summary: " + step);
            assertTrue(String.valueOf(step.get("if")).contains("steps.published.outputs.found == 'true'"), step.toString());
        }
        assertTrue(String.valueOf(comparing.get(1).get("run"))
                .contains("--fail-if-slower=${{ vars.FIXTURE_BENCH_FAIL_IF_SLOWER }}"), "the gate follows the variable");
        assertTrue(String.valueOf(comparing.get(1).get("if")).contains("vars.FIXTURE_BENCH_FAIL_IF_SLOWER != ''"));
        assertTrue(String.valueOf(comparing.get(0).get("if")).contains("vars.FIXTURE_BENCH_FAIL_IF_SLOWER == ''"));
    }

    private static Map<String, Object> workflow() throws java.io.IOException {
        try (Reader reader = Files.newBufferedReader(WORKFLOW)) {
            return new Yaml().load(reader);
        }
    }

    /** The workflow's triggers: YAML 1.1 reads the key {@code on} as the boolean true. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> triggers(Map<String, Object> workflow) {
        return (Map<String, Object>) (workflow.containsKey("on") ? workflow.get("on") : workflow.get(Boolean.TRUE));
    }

    private static Map<String, Object> step(List<Map<String, Object>> steps, String action) {
        return steps.stream().filter(s -> action.equals(s.get("uses"))).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + action + ": " + steps));
    }
}
