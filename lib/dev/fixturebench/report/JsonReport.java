package dev.fixturebench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.Gpu;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.StartupProfile;
import dev.fixturebench.model.Stats;
import dev.fixturebench.model.SuiteFixture;

/** Renders a run as {@code fixture_benchmark_results.json}: snake_case fields, times in ms, memory in MiB. */
public final class JsonReport implements ResultFormat {

    public static final String FILE_NAME = "fixture_benchmark_results.json";

    /**
     * The results file's format: 2 added {@code format}, {@code started}, the settings' fork options, class-path
     * fingerprint, selection and shard, and the whole {@code catalog}; files without {@code format} are format 1.
     */
    public static final int FORMAT = 2;

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path directory;

    /** The results file in {@code directory}. */
    public JsonReport(Path directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "JSON results";
    }

    @Override
    public Path location() {
        return directory.resolve(FILE_NAME);
    }

    @Override
    public void write(RunResult run) throws IOException {
        AtomicFile.write(location(), render(run));
    }

    public static String render(RunResult run) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("generated", run.generated().toString());
        root.put("started", run.started().toString());
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
        settings.put("frameworks", run.settings().frameworks());
        settings.put("repeat", run.settings().repeat());
        settings.put("baseline_runs", run.settings().baselineRuns());
        settings.put("timeout_s", run.settings().timeoutSeconds());
        settings.put("warmup", run.settings().warmup());
        settings.put("jobs", run.settings().jobs());
        ObjectNode sharing = settings.putObject("class_data_sharing");
        sharing.put("used", run.settings().classDataSharing().used());
        sharing.put("detail", run.settings().classDataSharing().detail());
        strings(settings, "fork_jvm_args", run.settings().forkJvmArgs());
        settings.put("class_path", run.settings().classPath());
        settings.put("selection", run.settings().selection());
        settings.put("shard", run.settings().shard());
        root.put("discovered", run.suite().fixtures().size());
        root.put("tests", run.suite().tests());
        ObjectNode baseline = root.putObject("baseline");
        stats(baseline, "startup_ms", run.baseline().startupMs());
        baseline.put("peak_rss_mib", run.baseline().peakRssMib());
        stats(baseline, "startup_without_archive_ms", run.baseline().startupWithoutArchiveMs());
        startupProfile(root, run.startupProfile());
        ArrayNode fixtures = root.putArray("fixtures");
        Map<String, SuiteFixture> inSuite = run.wholeSuite() == null ? Map.of() : run.wholeSuite().byName();
        for (FixtureResult result : run.fixtures()) {
            ObjectNode fixture = fixtures.addObject();
            describe(fixture, result.fixture());
            fixture.put("status", result.outcome().status().label());
            fixture.put("error", result.outcome().error());
            stats(fixture, "init_ms", result.timings().initMs());
            fixture.put("noisy", result.noisy());
            stats(fixture, "own_init_ms", result.timings().ownInitMs());
            stats(fixture, "dependencies_init_ms", result.timings().dependenciesInitMs());
            stats(fixture, "init_cpu_ms", result.timings().initCpuMs());
            fixture.put("measured_as", result.measuredAs());
            if (result.profile() != null) {
                // with --profile only: speedscope files by event, relative to the output folder, and why one is missing
                ObjectNode profiles = fixture.putObject("profiles");
                result.profile().files().forEach(profiles::put);
                ObjectNode samples = fixture.putObject("profile_samples");
                result.profile().samples().forEach(samples::put);
                ObjectNode profiledWall = fixture.putObject("profiled_wall_ms");
                result.profile().wallMs().forEach(profiledWall::put);
                fixture.put("profile_note", result.profile().note());
                // the suite's own methods the wall profile found the build in, inclusive ms, most first
                com.fasterxml.jackson.databind.node.ArrayNode own = fixture.putArray("profile_own_code");
                result.profile().ownCode().forEach(h -> own.addObject().put("method", h.method()).put("ms", h.ms()));
            }
            stats(fixture, "teardown_ms", result.timings().teardownMs());
            stats(fixture, "wall_ms", result.timings().wallMs());
            stats(fixture, "wall_minus_baseline_ms", result.timings().wallMinusBaselineMs());
            fixture.put("heap_retained_mib", result.memory().heapRetainedMib());
            fixture.put("allocated_mib", result.memory().allocatedMib());
            fixture.put("classes_loaded", result.memory().classesLoaded());
            fixture.put("rss_delta_mib", result.memory().rssDeltaMib());
            fixture.put("gpu_delta_mib", result.memory().gpuDeltaMib());
            SuiteFixture suiteFixture = inSuite.get(result.fixture().name());
            WholeSuiteJson.inSuite(fixture, suiteFixture == null ? null : suiteFixture.inSuite());
        }
        ArrayNode summary = root.putArray("summary");
        for (CategoryScopeSummary.Row row : CategoryScopeSummary.of(run.fixtures())) {
            ObjectNode group = summary.addObject();
            group.put("category", row.category());
            group.put("scope", row.scope().label());
            group.put("count", row.count());
            group.put("ok", row.ok());
            group.put("total_init_ms", row.totalInitMs());
            group.put("median_init_ms", row.medianInitMs());
        }
        strings(root, "unused", run.suite().unused().stream().map(FixtureInfo::name).toList());
        strings(root, "templates", run.suite().templates());
        leftOut(root, run.suite().leftOut());
        ArrayNode catalog = root.putArray("catalog");
        run.suite().fixtures().forEach(f -> describe(catalog.addObject(), f));
        WholeSuiteJson.write(root, run.wholeSuite());
        ComparisonJson.write(root, run.comparison());
        return write(root);
    }

    /** The fields that describe a fixture, shared by the results and {@code --list --format=json}. */
    static void describe(ObjectNode node, FixtureInfo fixture) {
        node.put("name", fixture.name());
        node.put("type", fixture.type().label());
        node.put("scope", fixture.scope().label());
        node.put("category", fixture.category());
        node.put("declared_in", fixture.declaredIn());
        strings(node, "depends_on", fixture.dependsOn());
        node.put("used_by", fixture.usedBy());
    }

    static String write(JsonNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** {@code field: [values…]}, in their order. */
    static void strings(ObjectNode parent, String field, List<String> values) {
        ArrayNode array = parent.putArray(field);
        values.forEach(array::add);
    }

    /** {@code field: {median, min, max, mad, n}}, or null. */
    static void stats(ObjectNode parent, String field, Stats stats) {
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

    /** {@code left_out_classes}: the test classes mvn test does not run, each with why ({@code --list} writes it too). */
    static void leftOut(ObjectNode root, List<dev.fixturebench.model.LeftOutClass> leftOut) {
        ArrayNode left = root.putArray("left_out_classes");
        for (dev.fixturebench.model.LeftOutClass leftClass : leftOut) {
            left.addObject().put("class", leftClass.className()).put("integration_test", leftClass.integration())
                    .put("reason", leftClass.reason());
        }
    }

    /** {@code startup_profile}: null when off, else the profile's figures, or its {@code failure}. */
    private static void startupProfile(ObjectNode root, StartupProfile profile) {
        if (profile == null) {
            root.putNull("startup_profile");
            return;
        }
        ObjectNode node = root.putObject("startup_profile");
        node.put("profiler", profile.profiler());
        node.put("event", profile.event());
        node.put("interval_ms", profile.intervalMs());
        node.put("samples", profile.samples());
        node.put("file", profile.file());
        node.put("raw_file", profile.rawFile());
        node.put("profiled_wall_ms", profile.profiledWallMs());
        node.put("unprofiled_median_ms", profile.unprofiledMedianMs());
        node.put("notes", profile.notes());
        node.put("failure", profile.failure());
    }
}
