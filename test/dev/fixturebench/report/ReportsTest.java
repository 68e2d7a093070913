package dev.fixturebench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fixturebench.model.Baseline;
import dev.fixturebench.model.ClassDataSharing;
import dev.fixturebench.model.Environment;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;
import dev.fixturebench.model.Gpu;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.RunSettings;
import dev.fixturebench.model.StartupProfile;
import dev.fixturebench.model.Stats;
import dev.fixturebench.model.Status;
import dev.fixturebench.model.SuiteCatalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    private static final String LONG_ERROR = SampleRuns.LONG_ERROR;

    private static Stats stats(double... readings) {
        return SampleRuns.stats(readings);
    }

    private static RunResult run() {
        return SampleRuns.run();
    }

    @Test
    void markdownSortsByCategoryThenNameAndKeepsErrorsWhole() {
        String md = MarkdownReport.render(run());
        assertTrue(md.contains("| Fixture | Type | Scope | Category | Init (s) | Memory Δ (MiB) | GPU Δ (MiB) | Status |"));
        int calibration = md.indexOf("| `calib_sleep_250ms` | static | method | Calibration | 0.250 (0.249–0.252, n=3) | 0.0 | n/a | ok |");
        int gpu = md.indexOf("| `gpu_device_buffer` |");
        int real = md.indexOf("| `broken_model` |");
        int staticRow = md.indexOf("| `z_static` |");
        assertTrue(calibration > 0 && calibration < gpu && gpu < real && real < staticRow, md);
        assertTrue(md.contains("n/a (no GPU: libcuda.so.1 not found) | skipped |"), md);
        assertTrue(md.contains("- **Baseline startup:** 810 ms median (790–850, n=5)"), md);
        assertTrue(md.contains("- **Class-data sharing:** yes — every fork starts from an archive dumped for this run:"
                + " 982 classes; baseline startup without it: 1110 ms median (1090–1150, n=5)\n"), md);
        assertTrue(md.contains("- **GPU available:** no — CUDA driver not loadable"), md);
        assertTrue(md.contains("- **Fixtures analysed:** 4 of 5 discovered (2 ok); the suite has 7 tests"), md);
        assertTrue(md.contains("| Calibration | method | 1 | 1 | 0.250 | 0.250 |"), md);
        assertTrue(md.contains("## Fixtures no test uses\n\n- `broken_model` (dynamic, Source)\n"
                + "- `never_measured` (static, Holder)\n"), md);
        assertTrue(md.contains("Left out as family templates, requested by no test and no fixture:"
                + " `get_it_session__template`"), md);
        assertTrue(md.contains("### `broken_model` — error\n\n```\n" + LONG_ERROR + "\n```"), md);
    }

    @Test
    void statesTheStartupProfileItsCostOrWhyThereIsNone() throws Exception {
        RunResult base = run();
        StartupProfile profile = new StartupProfile("async-profiler", "cpu", 1.0, 250,
                "profiling_artifacts/launcher_startup_speedscope_20261127_120000.json",
                "profiling_artifacts/launcher_startup_speedscope_20261127_120000.collapsed.txt", 323.0, 190.0, "", null);
        RunResult profiled = new RunResult(base.generated(), base.environment(), base.settings(), base.suite(),
                base.baseline(), base.fixtures(), profile);
        String md = MarkdownReport.render(profiled);
        assertTrue(md.contains("- **Start-up profile:** `profiling_artifacts/launcher_startup_speedscope_20261127_120000"
                + ".json` (raw: `profiling_artifacts/launcher_startup_speedscope_20261127_120000.collapsed.txt`) —"
                + " async-profiler, event cpu, every 1 ms, 250 samples; the profiled fork took 323 ms against the"
                + " unprofiled median of 190 ms (+70 %"), md);
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(profiled)).path("startup_profile");
        assertEquals("async-profiler", json.path("profiler").asText());
        assertEquals(1.0, json.path("interval_ms").asDouble());
        assertEquals(250, json.path("samples").asInt());
        assertEquals(323.0, json.path("profiled_wall_ms").asDouble());
        assertEquals(190.0, json.path("unprofiled_median_ms").asDouble());
        assertTrue(json.path("failure").isNull());

        RunResult failed = new RunResult(base.generated(), base.environment(), base.settings(), base.suite(),
                base.baseline(), base.fixtures(), StartupProfile.failed("no profiler recorded the start-up: x", "x"));
        assertTrue(MarkdownReport.render(failed).contains("- **Start-up profile:** none — no profiler recorded"));
        assertTrue(MarkdownReport.render(base).contains("- **Start-up profile:** off (--no-profile)"));
        assertTrue(new ObjectMapper().readTree(JsonReport.render(base)).path("startup_profile").isNull());
    }

    @Test
    void saysWhyForksStartWithoutAnArchiveAndGivesNoSecondBaseline() throws Exception {
        RunResult archived = run();
        RunSettings s = archived.settings();
        RunResult plain = new RunResult(archived.generated(), archived.environment(),
                new RunSettings(s.suite(), s.junitPlatform(), s.repeat(), s.baselineRuns(), s.timeoutSeconds(),
                        s.warmup(), s.jobs(), new ClassDataSharing(false, "turned off with --no-cds")),
                archived.suite(), new Baseline(archived.baseline().startupMs(), 120.0, null), archived.fixtures());
        String md = MarkdownReport.render(plain);
        assertTrue(md.contains("- **Class-data sharing:** no — forks start without an archive: turned off with"
                + " --no-cds\n"), md);
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(plain));
        assertTrue(json.at("/baseline/startup_without_archive_ms").isNull(), "not measured gives null");
        assertEquals("turned off with --no-cds", json.at("/settings/class_data_sharing/detail").asText());
    }

    @Test
    void markdownShowsNamesAndNotesAsWrittenEvenWithTagsPipesAndBackticks() {
        FixtureInfo info = new FixtureInfo("WarmCacheTest#<extensions>", FixtureType.JUNIT, FixtureScope.CLASS, "JUnit | native",
                "example.WarmCacheTest", List.of("a|b"), 2);
        FixtureResult row = new FixtureResult(info, Status.OK, null, stats(400), null, null, null, null, null, null, 1.0,
                null, null, null, null, "set-up of Outer#<extensions> by `Slow*Start*` | more");
        RunResult base = run();
        String md = MarkdownReport.render(new RunResult(base.generated(), base.environment(), base.settings(),
                base.suite(), base.baseline(), List.of(row)));
        assertTrue(md.contains("| `WarmCacheTest#<extensions>` | junit | class | JUnit \\| native |"), md);
        assertTrue(md.contains("| `a\\|b` |"), "a pipe in a code span must not end the cell: " + md);
        assertTrue(md.contains("- `WarmCacheTest#<extensions>`: set-up of Outer\\#\\<extensions\\> by"
                + " \\`Slow\\*Start\\*\\` \\| more\n"), "a tag in a note shows as text on GitHub: " + md);
        assertTrue(!md.contains("seed"), "no word a user cannot know: " + md);
        assertTrue(md.contains("Wall − baseline is the pytest tool's method"), md);
    }

    @Test
    void flagsASpreadOverTenPercentOfTheMedianAsNoisy() {
        FixtureInfo info = new FixtureInfo("jittery", FixtureType.STATIC, FixtureScope.METHOD, "Static", "x.H", List.of(), 1);
        FixtureResult steady = new FixtureResult(info, Status.OK, null, stats(100, 104, 96), null, null, null, null, null,
                null, null, null, null, null, null, null);
        FixtureResult jittery = new FixtureResult(info, Status.OK, null, stats(100, 130, 80), null, null, null, null, null,
                null, null, null, null, null, null, null);
        FixtureResult tiny = new FixtureResult(info, Status.OK, null, stats(0.2, 0.5, 0.1), null, null, null, null, null,
                null, null, null, null, null, null, null);
        assertTrue(!steady.noisy() && jittery.noisy() && !tiny.noisy(), "MAD 4 of 100 is steady, 20 of 100 is"
                + " noisy, 0.1 ms of 0.2 ms is below the 1 ms floor");
    }

    @Test
    void jsonCarriesTheDocumentedFieldsAndNullsForMissingFigures(@TempDir Path out) throws Exception {
        new ReportWriter(List.of(new JsonReport(out), new MarkdownReport(out))).write(run());
        JsonNode json = new ObjectMapper().readTree(out.resolve(JsonReport.FILE_NAME).toFile());
        assertEquals("2026-11-26T12:00:00Z", json.get("generated").asText());
        assertEquals(5, json.at("/baseline/startup_ms/n").asInt());
        assertEquals(7, json.get("tests").asInt());
        assertEquals("[\"broken_model\",\"never_measured\"]", json.get("unused").toString());
        assertEquals(4, json.get("fixtures").get(0).get("used_by").asInt());
        assertEquals("[\"dep\"]", json.get("fixtures").get(0).get("depends_on").toString());
        assertEquals("example.Holder", json.get("fixtures").get(0).get("declared_in").asText());
        assertEquals(810.0, json.at("/baseline/startup_ms/median").asDouble());
        assertEquals(1110.0, json.at("/baseline/startup_without_archive_ms/median").asDouble());
        assertEquals(5, json.at("/baseline/startup_without_archive_ms/n").asInt());
        assertTrue(json.at("/settings/class_data_sharing/used").asBoolean());
        assertEquals("982 classes", json.at("/settings/class_data_sharing/detail").asText());
        assertTrue(json.at("/environment/gpu/available").isBoolean());
        JsonNode calibration = json.get("fixtures").get(1);
        assertEquals("calib_sleep_250ms", calibration.get("name").asText());
        assertEquals("ok", calibration.get("status").asText());
        assertEquals(250.4, calibration.at("/init_ms/median").asDouble(), 1e-9);
        assertEquals(3, calibration.at("/init_ms/n").asInt());
        assertTrue(calibration.get("gpu_delta_mib").isNull(), "no GPU gives null, never 0");
        JsonNode broken = json.get("fixtures").get(2);
        assertEquals(LONG_ERROR, broken.get("error").asText());
        assertTrue(broken.get("init_ms").isNull());
        assertTrue(Files.exists(out.resolve(MarkdownReport.FILE_NAME)));
        try (var files = Files.list(out)) {
            assertEquals(2, files.count(), "no partial files are left behind");
        }
    }
}
