package dev.fixturebench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.Gpu;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.Stats;

/** Renders a run as {@code fixture_benchmark_results.json}: snake_case fields, times in ms, memory in MiB. */
public final class JsonReport {

    public static final String FILE_NAME = "fixture_benchmark_results.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static String render(RunResult run) {
        ObjectNode root = JSON.createObjectNode();
        root.put("generated", run.generated().toString());
        ObjectNode environment = root.putObject("environment");
        environment.put("java", run.environment().java());
        environment.put("os", run.environment().os());
        environment.put("cpu", run.environment().cpu());
        Gpu gpu = run.environment().gpu();
        ObjectNode gpuNode = environment.putObject("gpu");
        gpuNode.put("available", gpu.available());
        gpuNode.put("device", gpu.device());
        gpuNode.put("driver", gpu.driver());
        gpuNode.put("reason", gpu.reason());
        ObjectNode settings = root.putObject("settings");
        settings.put("suite", run.settings().suite());
        settings.put("junit_platform", run.settings().junitPlatform());
        settings.put("repeat", run.settings().repeat());
        settings.put("baseline_runs", run.settings().baselineRuns());
        settings.put("timeout_s", run.settings().timeoutSeconds());
        root.put("discovered", run.discovered());
        ObjectNode baseline = root.putObject("baseline");
        stats(baseline, "startup_ms", run.baseline().startupMs());
        baseline.put("peak_rss_mib", run.baseline().peakRssMib());
        ArrayNode fixtures = root.putArray("fixtures");
        for (FixtureResult result : run.fixtures()) {
            ObjectNode fixture = fixtures.addObject();
            fixture.put("name", result.fixture().name());
            fixture.put("type", result.fixture().type());
            fixture.put("scope", result.fixture().scope());
            fixture.put("category", result.fixture().category());
            fixture.put("declared_in", result.fixture().declaredIn());
            ArrayNode dependsOn = fixture.putArray("depends_on");
            result.fixture().dependsOn().forEach(dependsOn::add);
            fixture.put("status", result.status());
            fixture.put("error", result.error());
            stats(fixture, "init_ms", result.initMs());
            stats(fixture, "teardown_ms", result.teardownMs());
            stats(fixture, "wall_ms", result.wallMs());
            stats(fixture, "wall_minus_baseline_ms", result.wallMinusBaselineMs());
            fixture.put("heap_retained_mib", result.heapRetainedMib());
            fixture.put("allocated_mib", result.allocatedMib());
            fixture.put("rss_delta_mib", result.rssDeltaMib());
            fixture.put("gpu_delta_mib", result.gpuDeltaMib());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private static void stats(ObjectNode parent, String field, Stats stats) {
        if (stats == null) {
            parent.putNull(field);
            return;
        }
        ObjectNode node = parent.putObject(field);
        node.put("median", stats.median());
        node.put("min", stats.min());
        node.put("max", stats.max());
        node.put("mad", stats.mad());
        node.put("n", stats.n());
    }
}
