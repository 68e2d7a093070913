package dev.fixturebench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fixture that hangs, exits, throws, runs out of memory or crashes the JVM costs its own row, never the run: the
 * fixture API's, JUnit 4's and TestNG's alike.
 */
@Tag("e2e")
class BrokenFixturesEndToEndTest {

    @Test
    void everyFailureGetsItsOwnStatusAndTheRunGoesOn(@TempDir Path out) throws Exception {
        BenchEndToEndTest.WatchedRun watched = BenchEndToEndTest.benchWatched("--project=examples/broken-suite",
                "--out=" + out, "--timeout=8s", "--fork-jvm-args=-Xmx64m",
                "--jvm-arg=-Dbroken.registry=models/the registry.json", "--repeat=2", "--baseline-runs=1", "--jobs=2");
        BenchEndToEndTest.Run run = watched.run();
        assertEquals(0, run.exitCode(), run.output());
        Map<String, JsonNode> rows = new HashMap<>();
        List<String> order = new ArrayList<>();
        new ObjectMapper().readTree(out.resolve("fixture_benchmark_results.json").toFile()).get("fixtures")
                .forEach(f -> {
                    rows.put(f.get("name").asText(), f);
                    order.add(f.get("category").asText() + " / " + f.get("name").asText());
                });
        // two forks at a time finish out of order (the hanging one last), yet the rows keep the plan's order
        assertEquals(order.stream().sorted().toList(), order, "rows by category, then name, whatever finished first");
        assertStatus(rows, "hangs_forever", "timeout", "killed with its process tree after the 8 s limit");
        assertStatus(rows, "exits_with_3", "exit", "System.exit(3) was called");
        assertStatus(rows, "exits_with_3", "exit", "BrokenFixtures.exitsWith3(BrokenFixtures.java");
        assertStatus(rows, "throws_on_build", "error", "IllegalStateException: the model registry is empty");
        // --jvm-arg reached the fork as one argument, its space kept
        assertStatus(rows, "throws_on_build", "error",
                "Caused by: java.io.FileNotFoundException: models/the registry.json");
        assertStatus(rows, "allocates_past_xmx", "oom", "java.lang.OutOfMemoryError: Java heap space");
        assertStatus(rows, "crashes_the_jvm", "crash", "A fatal error has been detected by the Java Runtime");
        // JUnit 4's and TestNG's own fixtures fail the same ways, each in its own row
        assertStatus(rows, "LegacyThrowingFixtures#openLegacyStore", "error",
                "IllegalStateException: the legacy store is locked");
        assertStatus(rows, "LegacyThrowingFixtures#openLegacyStore", "error",
                "Caused by: java.io.FileNotFoundException: store/lock");
        assertStatus(rows, "LegacyExitingFixtures#exitWith4", "exit", "System.exit(4) was called");
        assertStatus(rows, "NgHangingFixtures#waitForACluster", "timeout", "killed with its process tree");
        assertStatus(rows, "NgMemoryFixtures#loadEverything", "oom", "java.lang.OutOfMemoryError: Java heap space");
        assertEquals("ok", rows.get("healthy_config").get("status").asText(), "the healthy fixture after them is measured");
        assertEquals(2, rows.get("healthy_config").at("/init_ms/n").asInt());
        // this run's own forks (its descendants, watched as it ran), not another run's on the machine
        assertTrue(watched.forksSeen() > 10, "the watch saw the run's forks: " + watched.forksSeen());
        assertEquals(List.of(), watched.forksAlive(), "no fork of the run is left alive (the hanging ones included)");
    }

    private static void assertStatus(Map<String, JsonNode> rows, String fixture, String status, String inError) {
        JsonNode row = rows.get(fixture);
        assertEquals(status, row.get("status").asText(), fixture + ": " + row.get("error"));
        assertTrue(row.get("error").asText().contains(inError), fixture + "'s error lacks '" + inError + "': "
                + row.get("error").asText());
    }
}
