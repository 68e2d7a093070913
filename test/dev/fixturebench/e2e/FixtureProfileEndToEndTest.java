package dev.fixturebench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --profile} on the bundled example: one profile per fixture, of its build, showing what the build did. */
@Tag("e2e")
class FixtureProfileEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FACTORIES = "dev.fixturebench.examples.calibration.CalibrationFixtures.";
    private static final Pattern ARRAY_ALLOCATION = Pattern.compile(
            "InterpreterRuntime::newarray|OptoRuntime::new_array|TypeArrayKlass::allocate|ObjArrayKlass::allocate");

    @Test
    void threeFixtureProfilesShowTheSleepAndTheArrayAllocationUnderTheirFactories(@TempDir Path out) throws Exception {
        BenchEndToEndTest.Run run = BenchEndToEndTest.bench("--fixture-profiles", "--max-fixtures=3", "--repeat=1",
                "--baseline-runs=1", "--no-startup-profile", "--out=" + out);
        assertEquals(0, run.exitCode(), run.output());
        JsonNode results = JSON.readTree(out.resolve("fixture_benchmark_results.json").toFile());
        assertEquals(3, results.path("fixtures").size(), results.toString());
        String report = Files.readString(out.resolve("fixture_benchmark_report.md"));
        for (JsonNode fixture : results.path("fixtures")) {
            String wall = fixture.path("profiles").path("wall").asText();
            assertTrue(Files.isRegularFile(out.resolve(wall)), fixture.toString());
            assertTrue(report.contains("[wall profile](" + wall + ")"), report);
        }
        List<List<String>> sleep = stacks(out, results, "calib_sleep_250ms");
        assertTrue(sleep.stream().anyMatch(stack -> below(stack, FACTORIES + "sleep250ms", "java.lang.Thread.sleep")),
                "a wall sample sleeps in the factory");
        List<List<String>> heap = stacks(out, results, "calib_heap_128mib");
        assertTrue(heap.stream().anyMatch(stack -> stack.contains(FACTORIES + "heap128MiB") && stack.stream()
                        .skip(stack.indexOf(FACTORIES + "heap128MiB")).anyMatch(f -> ARRAY_ALLOCATION.matcher(f).find())),
                "a wall sample allocates an array under the factory");
    }

    @Test
    void nativeFixtureProfilesCoverTheLifecycleCallAndTheClassSetUp(@TempDir Path out) throws Exception {
        BenchEndToEndTest.Run run = BenchEndToEndTest.bench("--project=examples/junit-native", "--fixture-profiles",
                "--filter=^(OverloadTest#prep\\(TestInfo\\)|WarmCacheTest#<extensions>)$", "--repeat=1",
                "--baseline-runs=1", "--no-startup-profile", "--out=" + out);
        assertEquals(0, run.exitCode(), run.output());
        JsonNode results = JSON.readTree(out.resolve("fixture_benchmark_results.json").toFile());
        assertEquals(2, results.path("fixtures").size(), results.toString());
        String natives = "dev.fixturebench.examples.junitnative.";
        assertTrue(stacks(out, results, "OverloadTest#prep(TestInfo)").stream().anyMatch(stack ->
                        below(stack, natives + "OverloadTest.prep", "java.lang.Thread.sleep")),
                "the @BeforeEach's wall samples sleep in it");
        assertTrue(stacks(out, results, "WarmCacheTest#<extensions>").stream().anyMatch(stack ->
                        below(stack, natives + "SlowStartExtension.beforeAll", "java.lang.Thread.sleep")),
                "the class set-up's wall samples sleep in the extension's beforeAll");
    }

    private static boolean below(List<String> stack, String caller, String callee) {
        int at = stack.indexOf(caller);
        return at >= 0 && stack.subList(at, stack.size()).contains(callee);
    }

    /** The wall profile's samples of {@code fixture}, each as frame names, root first. */
    private static List<List<String>> stacks(Path out, JsonNode results, String fixture) throws Exception {
        for (JsonNode row : results.path("fixtures")) {
            if (row.path("name").asText().equals(fixture)) {
                JsonNode file = JSON.readTree(out.resolve(row.path("profiles").path("wall").asText()).toFile());
                JsonNode frames = file.path("shared").path("frames");
                List<List<String>> stacks = new ArrayList<>();
                for (JsonNode sample : file.path("profiles").path(0).path("samples")) {
                    List<String> names = new ArrayList<>();
                    sample.forEach(index -> names.add(frames.path(index.asInt()).path("name").asText()));
                    stacks.add(names);
                }
                assertEquals(row.path("profile_samples").path("wall").asInt(), stacks.size());
                return stacks;
            }
        }
        throw new AssertionError(fixture + " is not among the measured fixtures: " + results.path("fixtures"));
    }
}
