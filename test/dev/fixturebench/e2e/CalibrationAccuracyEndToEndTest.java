package dev.fixturebench.e2e;

import static dev.fixturebench.e2e.BenchEndToEndTest.bench;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headline figures against fixtures of known cost (examples/calibration-suite), as {@code scripts/accuracy.java}
 * prints them for all of them: here the four that guard each kind of figure, so {@code mvn test} fails when one drifts
 * (fork start-up leaking into init, dependencies left out of a chain, CPU or heap read wrong).
 */
@Tag("e2e")
class CalibrationAccuracyEndToEndTest {

    @Test
    void sleepChainCpuAndHeapWithinTheirTargets(@TempDir Path out) throws Exception {
        BenchEndToEndTest.Run run = bench("--project=examples/calibration-suite",
                "--filter=^calib_(sleep_250ms|chain_3|cpu_200ms|heap_128mib)$", "--repeat=3", "--baseline-runs=1",
                "--no-startup-profile", "--no-site", "--out=" + out);
        assertEquals(0, run.exitCode(), run.output());
        JsonNode results = new ObjectMapper().readTree(out.resolve("fixture_benchmark_results.json").toFile());
        Map<String, JsonNode> fixtures = new HashMap<>();
        results.get("fixtures").forEach(f -> fixtures.put(f.get("name").asText(), f));
        assertEquals(4, fixtures.size(), fixtures.keySet().toString());

        // the targets of the README's accuracy table: the larger of ±3 % and ±8 ms; heap ±3 %; CPU ±5 %
        // times at /init_ms/min, the least disturbed of the forks: on shared cores a fork can wake late from a sleep
        // (109 ms seen for 100 with another run of the tool beside the tests); a start-up leak shifts the minimum too
        assertNear(fixtures, "calib_sleep_250ms", "/init_ms/min", 250, 0.03, 8);
        // three 40 ms links, two of them its dependencies: init holds all three. Each link also pays the fixture API's
        // own work (resolving, reflection, first-time class loading): on a quiet machine within ±3 %, but with two more
        // runs of the tool beside it on this 2-core machine seen at 122.7–133.4 ms (median 128.9), so up to +25 % here;
        // a leak of fork start-up would add 100+ ms, and dependencies left out would give 40
        assertNear(fixtures, "calib_chain_3", "/init_ms/median", 120, 0.25, 0);
        JsonNode chain = fixtures.get("calib_chain_3");
        assertTrue(chain.at("/init_ms/median").asDouble() >= 120, "dependencies included: " + chain.get("init_ms"));
        double own = chain.at("/own_init_ms/min").asDouble();
        assertTrue(Math.abs(own - 40) <= 8, "its own link is 40 ms of the 120, measured " + own);
        double dependencies = chain.at("/dependencies_init_ms/min").asDouble();
        assertTrue(dependencies >= 72 && dependencies <= 100, "its two dependencies' 80 ms, measured " + dependencies);
        assertNear(fixtures, "calib_cpu_200ms", "/init_cpu_ms/median", 200, 0.05, 0);
        assertNear(fixtures, "calib_heap_128mib", "/heap_retained_mib/median", 128, 0.03, 0);
    }

    private static void assertNear(Map<String, JsonNode> fixtures, String name, String figure, double truth,
                                   double share, double floor) {
        JsonNode fixture = fixtures.get(name);
        assertNotNull(fixture, name + " in " + fixtures.keySet());
        assertEquals("ok", fixture.get("status").asText(), fixture.toString());
        JsonNode value = fixture.at(figure);
        if (value.isMissingNode()) {
            value = fixture.at(figure.replace("/median", ""));
        }
        double measured = value.asDouble();
        assertTrue(Math.abs(measured - truth) <= Math.max(truth * share, floor),
                name + figure + ": truth " + truth + ", measured " + measured + " (" + fixture + ")");
    }
}
