package dev.fixturebench.e2e;

import static dev.fixturebench.e2e.BenchEndToEndTest.bench;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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
 * {@code --whole-suite} and {@code --setup-show} as a user runs them: the bundled example's known per-test fixture and
 * its advice, session fixtures built once, and the Spring example's contexts grouped with their differences named.
 */
@Tag("e2e")
class WholeSuiteEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What {@code calib_sleep_100ms} sleeps, and how many tests of {@code PerTestFixtureTest} take it. */
    private static final double COST_MS = 100;
    private static final int TESTS = 5;

    @Test
    void attributesAMethodScopedFixtureToEachTestAndAdvisesClassScope(@TempDir Path out) throws Exception {
        BenchEndToEndTest.Run run = bench("--whole-suite", "--setup-show", "--filter=^calib_sleep_100ms$",
                "--repeat=1", "--baseline-runs=1", "--no-startup-profile", "--no-site", "--out=" + out);
        assertEquals(0, run.exitCode(), run.output());
        JsonNode results = JSON.readTree(out.resolve("fixture_benchmark_results.json").toFile());
        JsonNode suite = results.get("whole_suite");
        assertEquals(1, suite.get("runs").asInt(), run.output());
        assertEquals(0, suite.at("/tests/failed").asInt(), suite.get("tests").toString());

        Map<String, JsonNode> inSuite = new HashMap<>();
        Map<String, String> scopes = new HashMap<>();
        suite.get("fixtures").forEach(f -> inSuite.put(f.get("name").asText(), f.get("in_suite")));
        suite.get("fixtures").forEach(f -> scopes.put(f.get("name").asText(), f.get("scope").asText()));
        JsonNode perTest = inSuite.get("calib_sleep_100ms");
        assertEquals(TESTS, perTest.get("builds").asInt());
        assertEquals(TESTS, perTest.get("tests").asInt());
        double total = perTest.get("total_ms").asDouble();
        assertTrue(Math.abs(total - TESTS * COST_MS) <= 0.05 * TESTS * COST_MS,
                "5 builds of a 100 ms fixture took " + total + " ms in the suite");

        JsonNode advice = results.get("advice").get(0);
        assertEquals("calib_sleep_100ms", advice.get("fixture").asText(), results.get("advice").toString());
        assertEquals("method", advice.get("from_scope").asText());
        assertEquals("class", advice.get("to_scope").asText());
        double saving = advice.get("saving_ms").asDouble();
        assertTrue(Math.abs(saving - (TESTS - 1) * COST_MS) <= 0.10 * (TESTS - 1) * COST_MS,
                "class scope would save 4 builds of 100 ms; advised " + saving);

        JsonNode corpus = inSuite.get("text_corpus");
        assertEquals("session", scopes.get("text_corpus"));
        assertEquals(1, corpus.get("builds").asInt(), "a session fixture is built once");
        assertTrue(corpus.get("tests").asInt() > 5, "…while many tests use it: " + corpus);

        JsonNode isolated = results.get("fixtures").get(0);
        assertEquals("calib_sleep_100ms", isolated.get("name").asText());
        assertEquals(TESTS, isolated.at("/in_suite/builds").asInt(), "the isolated row carries its in-suite figures");

        String report = Files.readString(out.resolve("fixture_benchmark_report.md"));
        assertTrue(report.contains("## The whole suite in context"), report);
        assertTrue(report.contains("cannot prove that the tests leave a fixture's state alone"), report);

        List<String> shown = run.output().lines().toList();
        int first = indexOf(shown, "  first(");
        assertTrue(first >= 0, run.output());
        assertTrue(shown.get(first + 1).matches(" {6}SETUP {4}M calib_sleep_100ms 1\\d\\d\\.\\d ms"),
                "the build is shown indented under its test: " + shown.get(first + 1));
        assertTrue(shown.stream().anyMatch(l -> l.matches(" {4}SETUP {4}C PerTestFixtureTest#<extensions> .* ms")),
                run.output());
    }

    @Test
    void groupsSpringTestClassesByTheirCachedContextAndNamesWhatSetsContextsApart(@TempDir Path out)
            throws Exception {
        BenchEndToEndTest.Run run = bench("--project=examples/spring-suite", "--whole-suite", "--max-fixtures=0",
                "--baseline-runs=1", "--no-startup-profile", "--no-site", "--out=" + out);
        assertEquals(0, run.exitCode(), run.output());
        JsonNode suite = JSON.readTree(out.resolve("fixture_benchmark_results.json").toFile()).get("whole_suite");
        assertEquals(0, suite.at("/tests/failed").asInt(), suite.get("tests").toString());
        Map<String, String> contextOf = new HashMap<>();
        suite.get("classes").forEach(c -> contextOf.put(c.get("class").asText()
                .replace("dev.fixturebench.examples.spring.", ""), c.get("context").asText()));
        assertEquals(contextOf.get("ApplicationTest"), contextOf.get("ApplicationEndpointsTest"));
        assertEquals(contextOf.get("ApplicationTest"), contextOf.get("ApplicationDirtiesContextTest"),
                "@DirtiesContext is no part of the cache key");
        assertEquals(contextOf.get("GreetingControllerTest"), contextOf.get("GreetingControllerErrorsTest"));
        assertEquals(contextOf.get("GreetingRepositoryTest"), contextOf.get("GreetingRepositoryCountTest"));
        assertEquals(7, new java.util.HashSet<>(contextOf.values()).size(), contextOf.toString());

        Map<String, JsonNode> contexts = new HashMap<>();
        suite.get("application_contexts").forEach(c -> contexts.put(c.get("id").asText(), c));
        String full = contextOf.get("ApplicationTest");
        JsonNode shared = contexts.get(full);
        // classes run in name order: ApplicationDirtiesContextTest builds it and closes it, ApplicationEndpointsTest
        // builds it again (Spring's cache said so), ApplicationTest finds it
        assertEquals(2, shared.get("misses").asInt(), shared.toString());
        assertEquals(1, shared.get("hits").asInt(), shared.toString());
        assertEquals(1, contexts.get(contextOf.get("GreetingControllerTest")).get("hits").asInt());
        assertTrue(shared.get("build_ms").asDouble() >= 300, "the full context warms a catalog for 300 ms: " + shared);
        assertDiffers(contexts.get(contextOf.get("ApplicationPrefixTest")), full, "+ property greeting.prefix=Hi");
        assertDiffers(contexts.get(contextOf.get("ApplicationSlowProfileTest")), full, "+ profile slow");
        assertDiffers(contexts.get(contextOf.get("ApplicationMockedRepositoryTest")), full,
                "+ @MockitoBean GreetingRepository");
        // two web slices alike but for @WebMvcTest's controllers, a filter held by a customizer with no text of its own
        assertDiffers(contexts.get(contextOf.get("GreetingApiControllerTest")),
                contextOf.get("GreetingControllerTest"),
                "+ WebMvcTypeExcludeFilter controllers=GreetingApiController",
                "\u2212 WebMvcTypeExcludeFilter controllers=GreetingController");
        // what a context is does not depend on which of its classes built it: no class's name, no identity hash
        for (JsonNode context : contexts.values()) {
            for (JsonNode facet : context.get("facets")) {
                String text = facet.asText();
                assertTrue(contextOf.keySet().stream().noneMatch(c -> text.matches(".*\\b" + c + "\\b.*"))
                        && !text.matches(".*@[0-9a-f]+\\b.*"), context.toString());
            }
        }
        String report = Files.readString(out.resolve("fixture_benchmark_report.md"));
        assertTrue(report.contains("### Application contexts"), report);
        assertTrue(report.contains("+ WebMvcTypeExcludeFilter controllers=GreetingApiController; "
                + "\u2212 WebMvcTypeExcludeFilter controllers=GreetingController |"), report);
    }

    /** The context differs from {@code closest} by exactly {@code expected}, in that order. */
    private static void assertDiffers(JsonNode context, String closest, String... expected) {
        assertNotNull(context);
        assertEquals(closest, context.get("closest").asText(), context.toString());
        List<String> differences = new ArrayList<>();
        context.get("differences").forEach(d -> differences.add(d.asText()));
        assertEquals(List.of(expected), differences, context.toString());
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
