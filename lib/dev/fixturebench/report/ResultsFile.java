package dev.fixturebench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.fixturebench.model.Baseline;
import dev.fixturebench.model.ClassDataSharing;
import dev.fixturebench.model.Environment;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureProfile;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;
import dev.fixturebench.model.Gpu;
import dev.fixturebench.model.Memory;
import dev.fixturebench.model.Outcome;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.RunSettings;
import dev.fixturebench.model.StartupProfile;
import dev.fixturebench.model.Stats;
import dev.fixturebench.model.Status;
import dev.fixturebench.model.SuiteCatalog;
import dev.fixturebench.model.Timings;

/**
 * Reads a results file this tool wrote ({@link JsonReport}) back into a run: for {@code --compare}, {@code --resume}
 * and {@code --merge}. A file of format 1 (before the format was recorded) has fixtures but no catalog or settings'
 * fingerprint: it serves a comparison only. The whole suite's figures are not read back.
 *
 * @param file    where it was read from
 * @param format  its format, 1 when it names none
 * @param run     what it holds; a format-1 file's catalog holds only its measured fixtures
 */
public record ResultsFile(Path file, int format, RunResult run) {

    /** Reads {@code fileOrFolder} (a folder: its {@value JsonReport#FILE_NAME}); a file that is not ours says why. */
    public static ResultsFile read(Path fileOrFolder) throws IOException {
        Path file = Files.isDirectory(fileOrFolder) ? fileOrFolder.resolve(JsonReport.FILE_NAME) : fileOrFolder;
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " does not exist: give a " + JsonReport.FILE_NAME
                    + " that Fixture Bench wrote, or the --out folder holding one");
        }
        JsonNode root;
        try {
            root = JsonReport.MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not JSON (" + e.getOriginalMessage() + "): give a "
                    + JsonReport.FILE_NAME + " that Fixture Bench wrote");
        }
        if (root == null || !root.isObject() || !root.path("fixtures").isArray() || !root.has("generated")) {
            throw new IllegalArgumentException(file + " is not a Fixture Bench results file: it has no \"fixtures\""
                    + " and \"generated\"");
        }
        int format = root.path("format").asInt(1);
        if (format > JsonReport.FORMAT) {
            throw new IllegalArgumentException(file + " has results format " + format + ", newer than this Fixture"
                    + " Bench reads (" + JsonReport.FORMAT + "): update the tool, or rerun the benchmark with this one");
        }
        try {
            return new ResultsFile(file, format, run(root));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " could not be read as Fixture Bench results (format " + format
                    + "): " + e.getMessage(), e);
        }
    }

    /** Fails, saying why and what to do, unless the file has what {@code purpose} needs (format 2). */
    public ResultsFile requireFull(String purpose) {
        if (format < 2) {
            throw new IllegalArgumentException(file + " was written by an older Fixture Bench (results format "
                    + format + ", without the catalog and settings " + purpose + " needs): rerun that benchmark with"
                    + " this version");
        }
        return this;
    }

    /** The frameworks the forks ran; results written before JUnit 4 and TestNG were measured name the Platform alone. */
    private static String frameworks(JsonNode settings) {
        String older = text(settings, "junit_platform");
        return settings.hasNonNull("frameworks") ? text(settings, "frameworks")
                : older == null ? null : "JUnit Platform " + older;
    }

    private static RunResult run(JsonNode root) {
        Instant generated = Instant.parse(root.path("generated").asText());
        Instant started = root.hasNonNull("started") ? Instant.parse(root.get("started").asText()) : generated;
        JsonNode env = root.path("environment");
        JsonNode gpu = env.path("gpu");
        Environment environment = new Environment(text(env, "java"), text(env, "os"), text(env, "cpu"),
                new Gpu(gpu.path("available").asBoolean(), text(gpu, "device"), text(gpu, "driver"),
                        text(gpu, "reason")));
        JsonNode s = root.path("settings");
        List<String> forkJvmArgs = new ArrayList<>();
        s.path("fork_jvm_args").forEach(a -> forkJvmArgs.add(a.asText()));
        RunSettings settings = new RunSettings(text(s, "suite"), frameworks(s), s.path("repeat").asInt(),
                s.path("baseline_runs").asInt(), s.path("timeout_s").asDouble(), s.path("warmup").asInt(),
                s.path("jobs").asInt(1), new ClassDataSharing(s.path("class_data_sharing").path("used").asBoolean(),
                text(s.path("class_data_sharing"), "detail")), forkJvmArgs, text(s, "class_path"),
                s.path("selection").asText(""), text(s, "shard"));
        JsonNode b = root.path("baseline");
        Baseline baseline = new Baseline(stats(b.get("startup_ms")), number(b, "peak_rss_mib"),
                stats(b.get("startup_without_archive_ms")));
        List<FixtureResult> fixtures = new ArrayList<>();
        root.path("fixtures").forEach(f -> fixtures.add(fixture(f)));
        List<FixtureInfo> catalog = new ArrayList<>();
        if (root.path("catalog").isArray()) {
            root.get("catalog").forEach(f -> catalog.add(info(f)));
        } else {
            fixtures.forEach(f -> catalog.add(f.fixture()));
        }
        List<String> templates = new ArrayList<>();
        root.path("templates").forEach(t -> templates.add(t.asText()));
        List<dev.fixturebench.model.LeftOutClass> leftOut = new ArrayList<>();
        root.path("left_out_classes").forEach(c -> leftOut.add(new dev.fixturebench.model.LeftOutClass(
                c.path("class").asText(), c.path("integration_test").asBoolean(), c.path("reason").asText())));
        return RunResult.of(generated, environment, settings, new SuiteCatalog(catalog, root.path("tests").asInt(),
                templates, leftOut), baseline, fixtures).withStartupProfile(startupProfile(root.get("startup_profile")))
                .startedAt(started);
    }

    private static FixtureResult fixture(JsonNode f) {
        FixtureProfile profile = null;
        if (f.has("profiles")) {
            Map<String, String> files = new LinkedHashMap<>();
            f.path("profiles").fields().forEachRemaining(e -> files.put(e.getKey(), e.getValue().asText()));
            Map<String, Integer> samples = new LinkedHashMap<>();
            f.path("profile_samples").fields().forEachRemaining(e -> samples.put(e.getKey(), e.getValue().asInt()));
            Map<String, Double> wall = new LinkedHashMap<>();
            f.path("profiled_wall_ms").fields().forEachRemaining(e -> wall.put(e.getKey(), e.getValue().asDouble()));
            List<dev.fixturebench.model.Hotspot> own = new ArrayList<>();
            f.path("profile_own_code").forEach(h -> own.add(new dev.fixturebench.model.Hotspot(
                    h.path("method").asText(), h.path("ms").asDouble())));
            profile = new FixtureProfile(files, samples, wall, text(f, "profile_note"), own);
        }
        return new FixtureResult(info(f), new Outcome(Status.of(f.path("status").asText()), text(f, "error")),
                new Timings(stats(f.get("init_ms")), stats(f.get("own_init_ms")), stats(f.get("dependencies_init_ms")),
                        stats(f.get("init_cpu_ms")), stats(f.get("teardown_ms")), stats(f.get("wall_ms")),
                        stats(f.get("wall_minus_baseline_ms"))),
                new Memory(number(f, "heap_retained_mib"), number(f, "allocated_mib"), number(f, "classes_loaded"),
                        number(f, "rss_delta_mib"), number(f, "gpu_delta_mib")), text(f, "measured_as"), profile);
    }

    private static FixtureInfo info(JsonNode f) {
        List<String> dependsOn = new ArrayList<>();
        f.path("depends_on").forEach(d -> dependsOn.add(d.asText()));
        return new FixtureInfo(f.path("name").asText(), FixtureType.of(f.path("type").asText()),
                FixtureScope.of(f.path("scope").asText()), text(f, "category"), text(f, "declared_in"), dependsOn,
                f.hasNonNull("used_by") ? f.get("used_by").asInt() : null);
    }

    private static StartupProfile startupProfile(JsonNode p) {
        if (p == null || p.isNull()) {
            return null;
        }
        return new StartupProfile(text(p, "profiler"), text(p, "event"), number(p, "interval_ms"),
                p.hasNonNull("samples") ? p.get("samples").asInt() : null, text(p, "file"), text(p, "raw_file"),
                number(p, "profiled_wall_ms"), number(p, "unprofiled_median_ms"), text(p, "notes"),
                text(p, "failure"));
    }

    private static Stats stats(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return new Stats(node.path("median").asDouble(), node.path("min").asDouble(), node.path("max").asDouble(),
                node.path("mad").asDouble(), node.path("n").asInt());
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
