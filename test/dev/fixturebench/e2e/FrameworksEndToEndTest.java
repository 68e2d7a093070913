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
 * JUnit 4 and TestNG suites measured as a user runs the tool on them: examples/junit4-suite and examples/testng-suite,
 * whose fixtures cost what their READMEs say, in isolation and in the whole suite, and a module with Jupiter and
 * JUnit 4 tests side by side (examples/mixed-suite).
 */
@Tag("e2e")
class FrameworksEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void measuresJUnit4FixturesWithinTheirTargets(@TempDir Path out) throws Exception {
        JsonNode results = run(out, "--project=examples/junit4-suite", "--repeat=3", "--baseline-runs=1");
        assertTrue(results.at("/settings/frameworks").asText().startsWith("JUnit 4.13.2"), results.at("/settings").toString());
        Map<String, JsonNode> fixtures = byName(results.get("fixtures"));
        assertInit(fixtures, "ServerClassTest#startServer", "class", 350);
        assertInit(fixtures, "ServerClassTest#stopServer", "class", 30);
        assertInit(fixtures, "ContainerRuleTest#container", "class", 120);
        assertTeardown(fixtures, "ContainerRuleTest#container", 20);
        assertInit(fixtures, "RuleTest#connection", "method", 220);
        assertTeardown(fixtures, "RuleTest#connection", 25);
        assertInit(fixtures, "MethodRuleTest#session", "method", 45);
        assertWorkInit(fixtures, "HeapBeforeTest#loadTable", "method", 70);
        assertHeap(fixtures, "HeapBeforeTest#loadTable", 64);
        assertInit(fixtures, "ParametersTest#table", "class", 90);
        assertInit(fixtures, "ParametersTest#parseRow", "method", 15);
        assertInit(fixtures, "AbstractStoreTest#openStore", "class", 60);
        assertInit(fixtures, "LegacyCacheTest#setUp", "method", 25);
        assertInit(fixtures, "LegacyCacheTest#tearDown", "method", 10);
        assertSkipped(fixtures, "IgnoredClassTest#connectLicenceServer", "needs a licence server");
        assertSkipped(fixtures, "AssumptionTest#detectGpu", "no GPU here");
        fixtures.values().forEach(f -> {
            assertEquals("junit4", f.get("type").asText(), f.toString());
            assertEquals("JUnit 4", f.get("category").asText(), f.toString());
        });
    }

    @Test
    void measuresTestNGFixturesWithinTheirTargets(@TempDir Path out) throws Exception {
        JsonNode results = run(out, "--project=examples/testng-suite", "--repeat=3", "--baseline-runs=1");
        assertTrue(results.at("/settings/frameworks").asText().startsWith("TestNG 7.10.2"), results.at("/settings").toString());
        Map<String, JsonNode> fixtures = byName(results.get("fixtures"));
        assertInit(fixtures, "SuiteSetup#startCluster", "session", 280);
        assertInit(fixtures, "SuiteSetup#stopCluster", "session", 30);
        assertInit(fixtures, "GroupsTest#startEnvironment", "test", 50);
        assertInit(fixtures, "GroupsTest#warmCache", "group", 30);
        assertInit(fixtures, "ClassSetupTest#openConnection", "class", 180);
        assertInit(fixtures, "MethodSetupTest#resetState", "method", 40);
        assertInit(fixtures, "MethodSetupTest#clearState", "method", 10);
        assertWorkInit(fixtures, "HeapBeforeMethodTest#loadTable", "method", 70);
        assertHeap(fixtures, "HeapBeforeMethodTest#loadTable", 64);
        assertInit(fixtures, "DataProviderTest#rows", "method", 120);
        assertInit(fixtures, "FactoryTest#shards", "session", 15);
        assertSkipped(fixtures, "DisabledTest#connectLicenceServer", "enabled = false");
        fixtures.values().forEach(f -> assertEquals("testng", f.get("type").asText(), f.toString()));
    }

    @Test
    void buildsAPerTestFixtureFiveTimesInTheWholeSuiteAndAdvisesClassScope(@TempDir Path out) throws Exception {
        for (String[] suite : new String[][] {{"junit4-suite", "HeapBeforeTest#loadTable", "@Before"},
                {"testng-suite", "HeapBeforeMethodTest#loadTable", "@BeforeMethod"}}) {
            Path dir = out.resolve(suite[0]);
            JsonNode results = run(dir, "--project=examples/" + suite[0], "--whole-suite", "--max-fixtures=0",
                    "--suite-runs=3");
            JsonNode inSuite = byName(results.at("/whole_suite/fixtures")).get(suite[1]).get("in_suite");
            assertEquals(5, inSuite.get("builds").asInt(), inSuite.toString());
            double total = inSuite.get("total_ms").asDouble();
            // 64 MiB allocated, then a sleep to 70 ms: on shared cores the allocation alone can pass 70 ms (seen 74 and
            // 85 ms a build with another run of the tool beside it), so above the truth up to twice it is allowed here;
            // never below, and the count of builds is exact
            assertTrue(total >= 350 * 0.95 && total <= 350 * 2, suite[1] + " built 5 times in " + total
                    + " ms, not ~350");
            JsonNode advice = byName(results.get("advice")).get(suite[1]);
            assertNotNull(advice, results.get("advice").toString());
            assertEquals("class", advice.get("to_scope").asText());
            double saving = advice.get("saving_ms").asDouble();
            assertTrue(Math.abs(saving - 280) <= 28, "class scope would save ~280 ms, not " + saving);
            assertTrue(advice.get("reason").asText().startsWith(suite[2] + " ran before each of 5 tests"),
                    advice.toString());
        }
    }

    @Test
    void measuresJupiterAndJUnit4FixturesOfOneModuleInOneRun(@TempDir Path out) throws Exception {
        JsonNode results = run(out, "--project=examples/mixed-suite", "--module=vintage", "--repeat=1",
                "--baseline-runs=1");
        assertEquals("JUnit Platform 1.11.4 + JUnit 4.13.2", results.at("/settings/frameworks").asText());
        Map<String, JsonNode> fixtures = byName(results.get("fixtures"));
        assertEquals("junit", fixtures.get("JupiterBrokerTest#startBroker").get("type").asText());
        assertEquals("junit4", fixtures.get("VintageQueueTest#openQueue").get("type").asText());
        assertEquals("junit4", fixtures.get("VintageQueueTest#clearQueue").get("type").asText());
        fixtures.values().forEach(f -> assertEquals("ok", f.get("status").asText(), f.toString()));
        for (String[] module : new String[][] {{"legacy", "LegacyStoreTest#openStore", "junit4"},
                {"ng", "NgIndexTest#buildIndex", "testng"}}) {
            BenchEndToEndTest.Run list = bench("list", "--project=examples/mixed-suite", "--module=" + module[0],
                    "--format=json");
            assertEquals(0, list.exitCode(), list.output());
            JsonNode listing = JSON.readTree(list.output().substring(list.output().indexOf('{')));
            assertEquals(module[2], byName(listing.get("fixtures")).get(module[1]).get("type").asText(),
                    listing.toString());
        }
    }

    private static JsonNode run(Path out, String... options) throws Exception {
        String[] args = new String[options.length + 1];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = "--out=" + out;
        BenchEndToEndTest.Run run = bench(args);
        assertEquals(0, run.exitCode(), run.output());
        return JSON.readTree(out.resolve("fixture_benchmark_results.json").toFile());
    }

    /**
     * The figure a fork read within the larger of ±3 % and ±8 ms of the truth, and the scope: for the least disturbed
     * of the forks (on shared cores a fork can wake late from a sleep: 109 ms seen for 100 with another run of the tool
     * beside the tests; a start-up leak shifts the minimum too), the median within +25 %.
     */
    private static void assertInit(Map<String, JsonNode> fixtures, String name, String scope, double truthMs) {
        JsonNode fixture = okInScope(fixtures, name, scope);
        double least = fixture.at("/init_ms/min").asDouble();
        double median = fixture.at("/init_ms/median").asDouble();
        assertTrue(Math.abs(least - truthMs) <= Math.max(truthMs * 0.03, 8) && median <= truthMs * 1.25 + 8,
                name + " took " + truthMs + " ms, measured " + fixture.get("init_ms"));
    }

    /**
     * As {@link #assertInit}, for a fixture that works (allocates 64 MiB) and then sleeps to its truth: its least
     * disturbed fork below the truth as tightly, above it up to twice the truth, because on shared cores the work alone
     * can pass the truth (medians of 85.9 to 137.8 ms seen for 70 ms with another run of the tool beside this one on 2
     * cores); a fork's start-up leaking in adds 100+ ms to every fork.
     */
    private static void assertWorkInit(Map<String, JsonNode> fixtures, String name, String scope, double truthMs) {
        JsonNode fixture = okInScope(fixtures, name, scope);
        double least = fixture.at("/init_ms/min").asDouble();
        assertTrue(least >= truthMs - Math.max(truthMs * 0.03, 8) && least <= truthMs * 2,
                name + " took " + truthMs + " ms, measured " + fixture.get("init_ms"));
    }

    /** The fixture's row, which built ok in {@code scope}. */
    private static JsonNode okInScope(Map<String, JsonNode> fixtures, String name, String scope) {
        JsonNode fixture = fixtures.get(name);
        assertNotNull(fixture, name + " in " + fixtures.keySet());
        assertEquals("ok", fixture.get("status").asText(), fixture.toString());
        assertEquals(scope, fixture.get("scope").asText(), name);
        return fixture;
    }

    private static void assertTeardown(Map<String, JsonNode> fixtures, String name, double truthMs) {
        JsonNode teardown = fixtures.get(name).get("teardown_ms");
        // as init: the least disturbed of the forks where there is more than one reading
        double least = teardown.isNumber() ? teardown.asDouble() : teardown.path("min").asDouble();
        assertTrue(Math.abs(least - truthMs) <= Math.max(truthMs * 0.03, 8),
                name + "'s teardown took " + truthMs + " ms, measured " + teardown);
    }

    private static void assertHeap(Map<String, JsonNode> fixtures, String name, double truthMib) {
        JsonNode heap = fixtures.get(name).get("heap_retained_mib");
        double median = heap.isNumber() ? heap.asDouble() : heap.path("median").asDouble();
        assertTrue(Math.abs(median - truthMib) <= truthMib * 0.03, name + " retains " + truthMib + " MiB, measured "
                + median);
    }

    private static void assertSkipped(Map<String, JsonNode> fixtures, String name, String reason) {
        JsonNode fixture = fixtures.get(name);
        assertEquals("skipped", fixture.get("status").asText(), fixture.toString());
        assertTrue(fixture.get("error").asText().contains(reason), fixture.toString());
    }

    private static Map<String, JsonNode> byName(JsonNode nodes) {
        Map<String, JsonNode> named = new HashMap<>();
        nodes.forEach(n -> named.put(n.has("name") ? n.get("name").asText() : n.get("fixture").asText(), n));
        return named;
    }
}
