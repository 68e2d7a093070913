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
        Map<String, Object> workflow;
        try (Reader reader = Files.newBufferedReader(WORKFLOW)) {
            workflow = new Yaml().load(reader);
        }
        // YAML 1.1 reads the key `on` as the boolean true
        Map<String, Object> triggers = (Map<String, Object>) (workflow.containsKey("on") ? workflow.get("on")
                : workflow.get(Boolean.TRUE));
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

        Map<String, Object> deploy = (Map<String, Object>) jobs.get("deploy");
        assertEquals("build", deploy.get("needs"));
        assertEquals("github-pages", ((Map<String, Object>) deploy.get("environment")).get("name"));
        step((List<Map<String, Object>>) deploy.get("steps"), "actions/deploy-pages@v5");
    }

    private static Map<String, Object> step(List<Map<String, Object>> steps, String action) {
        return steps.stream().filter(s -> action.equals(s.get("uses"))).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + action + ": " + steps));
    }
}
