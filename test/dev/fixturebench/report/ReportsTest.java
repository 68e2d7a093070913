package dev.fixturebench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fixturebench.model.Advice;
import dev.fixturebench.model.AdviceFloor;
import dev.fixturebench.model.Baseline;
import dev.fixturebench.model.ClassDataSharing;
import dev.fixturebench.model.Environment;
import dev.fixturebench.model.FixtureInfo;
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
import dev.fixturebench.model.SuiteTests;
import dev.fixturebench.model.Timings;
import dev.fixturebench.model.WholeSuite;
import dev.fixturebench.results.ResultsJson;

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
        assertTrue(md.contains("| Fixture | Type | Scope | Category | Init | Memory Δ | GPU Δ | Status |"));
        int calibration = md.indexOf("| `calib_sleep_250ms` | static | method | Calibration | 250 ms (249–252, n=3) | 0.0 MiB | n/a | ok |");
        int gpu = md.indexOf("| `gpu_device_buffer` |");
        int real = md.indexOf("| `broken_model` |");
        int staticRow = md.indexOf("| `z_static` |");
        assertTrue(calibration > 0 && calibration < gpu && gpu < real && real < staticRow, md);
        assertTrue(md.contains("n/a (no GPU: libcuda.so.1 not found) | skipped |"), md);
        assertTrue(md.contains("- **Baseline start-up:** 810 ms median (790–850, n=5)"), md);
        assertTrue(md.contains("- **Class-data sharing:** yes — every fork starts from an archive of the fork"
                + " class path's jars:"
                + " 982 classes; baseline start-up without it: 1110 ms median (1090–1150, n=5)\n"), md);
        assertTrue(md.contains("- **GPU:** none — CUDA driver not loadable"), md);
        assertTrue(md.contains("- **Fixtures:** 4 of 5 measured, 2 ok; the suite has 7 tests"), md);
        assertTrue(md.contains("| Calibration | method | 1 | 1 | 250 ms | 250 ms |"), md);
        assertTrue(md.contains("## Fixtures no test uses\n\n- `broken_model` (dynamic, Source)\n"
                + "- `never_measured` (static, Holder)\n"), md);
        assertTrue(md.contains("Left out as family templates, requested by no test and no fixture:"
                + " `get_it_session__template`"), md);
        assertTrue(md.contains("### `broken_model` — error\n\n```\n" + LONG_ERROR + "\n```"), md);
    }

    @Test
    void theReportsHeaderIsTheRunsOneHeaderLineForLine() {
        RunResult run = run();
        String md = MarkdownReport.render(run);
        List<dev.fixturebench.view.HeaderLine> header = dev.fixturebench.view.RunHeader.of(run);
        int at = 0;
        for (dev.fixturebench.view.HeaderLine line : header) {
            int found = md.indexOf("- **" + line.label() + ":** ", at);
            assertTrue(found >= at, line.label() + " in order in:\n" + md);
            at = found;
        }
        assertEquals(header.size(), md.lines().takeWhile(l -> !l.startsWith("| Fixture")).filter(l -> l.startsWith("- **"))
                .count(), "no header line of the report's own");
    }

    @Test
    void statesTheStartupProfileItsCostOrWhyThereIsNone() throws Exception {
        RunResult base = run();
        StartupProfile profile = new StartupProfile("async-profiler", "cpu", 1.0, 250,
                "profiling_artifacts/launcher_startup_speedscope_20261127_120000.json",
                "profiling_artifacts/launcher_startup_20261127_120000.collapsed.txt", 323.0, 190.0, "", null);
        RunResult profiled = RunResult.of(base.generated(), base.environment(), base.settings(), base.suite(),
                base.baseline(), base.fixtures())
                .withStartupProfile(profile);
        String md = MarkdownReport.render(profiled);
        assertTrue(md.contains("- **Start-up profile:** profiling\\_artifacts/launcher\\_startup\\_speedscope\\_20261127\\_120000"
                + ".json (raw: profiling\\_artifacts/launcher\\_startup\\_20261127\\_120000.collapsed.txt) —"
                + " async-profiler, event cpu, every 1 ms, 250 samples; the profiled fork took 323 ms against the"
                + " unprofiled median of 190 ms (+70 %"), md);
        JsonNode json = new ObjectMapper().readTree(ResultsJson.write(profiled)).path("startup_profile");
        assertEquals("async-profiler", json.path("profiler").asText());
        assertEquals(1.0, json.path("interval_ms").asDouble());
        assertEquals(250, json.path("samples").asInt());
        assertEquals(323.0, json.path("profiled_wall_ms").asDouble());
        assertEquals(190.0, json.path("unprofiled_median_ms").asDouble());
        assertTrue(json.path("failure").isNull());

        RunResult failed = RunResult.of(base.generated(), base.environment(), base.settings(), base.suite(),
                base.baseline(), base.fixtures())
                .withStartupProfile(StartupProfile.failed("no profiler recorded the start-up: x", "x"));
        assertTrue(MarkdownReport.render(failed).contains("- **Start-up profile:** none — no profiler recorded"));
        assertTrue(MarkdownReport.render(base).contains("- **Start-up profile:** off (--no-startup-profile)"));
        assertTrue(new ObjectMapper().readTree(ResultsJson.write(base)).path("startup_profile").isNull());
    }

    @Test
    void saysWhyForksStartWithoutAnArchiveAndGivesNoSecondBaseline() throws Exception {
        RunResult archived = run();
        RunSettings s = archived.settings();
        RunResult plain = RunResult.of(archived.generated(), archived.environment(),
                new RunSettings(s.suite(), s.frameworks(), s.forks(),
                        new ClassDataSharing(false, "turned off with --no-cds")),
                archived.suite(), new Baseline(archived.baseline().startupMs(), 120.0, null), archived.fixtures());
        String md = MarkdownReport.render(plain);
        assertTrue(md.contains("- **Class-data sharing:** no — forks start without an archive: turned off with"
                + " --no-cds\n"), md);
        JsonNode json = new ObjectMapper().readTree(ResultsJson.write(plain));
        assertTrue(json.at("/baseline/startup_without_archive_ms").isNull(), "not measured gives null");
        assertEquals("turned off with --no-cds", json.at("/settings/class_data_sharing/detail").asText());
    }

    @Test
    void markdownShowsNamesAndNotesAsWrittenEvenWithTagsPipesAndBackticks() {
        FixtureInfo info = new FixtureInfo("WarmCacheTest#<extensions>", FixtureType.JUNIT, FixtureScope.CLASS, "JUnit | native",
                "example.WarmCacheTest", List.of("a|b"), 2);
        FixtureResult row = new FixtureResult(info, Outcome.OK,
                new Timings(stats(400), null, null, null, null, null, null),
                new Memory(1.0, null, null, null, null), "set-up of Outer#<extensions> by `Slow*Start*` | more", null);
        RunResult base = run();
        String md = MarkdownReport.render(RunResult.of(base.generated(), base.environment(), base.settings(),
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
        FixtureResult steady = new FixtureResult(info, Outcome.OK,
                new Timings(stats(100, 104, 96), null, null, null, null, null, null),
                Memory.NONE, null, null);
        FixtureResult jittery = new FixtureResult(info, Outcome.OK,
                new Timings(stats(100, 130, 80), null, null, null, null, null, null),
                Memory.NONE, null, null);
        FixtureResult tiny = new FixtureResult(info, Outcome.OK,
                new Timings(stats(0.2, 0.5, 0.1), null, null, null, null, null, null),
                Memory.NONE, null, null);
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

    @Test
    void jsonCarriesTheWholeSuiteTheAdviceAndEachFixturesInSuiteFigures() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ResultsJson.write(SampleRuns.withWholeSuite()));
        JsonNode suite = json.get("whole_suite");
        assertEquals(3, suite.get("runs").asInt());
        assertEquals(2, suite.get("test_classes").asInt());
        assertEquals(6120.0, suite.at("/wall_ms/median").asDouble());
        assertEquals(6050.0, suite.at("/wall_ms/min").asDouble());
        assertEquals(6310.0, suite.at("/wall_ms/max").asDouble());
        assertEquals(3, suite.at("/wall_ms/n").asInt());
        double buildMs = 1835.0 + 1660.0 + 1002.4 + 49.0 + 20.0;
        assertEquals(buildMs, suite.get("fixture_build_ms").asDouble(), 1e-9);
        assertEquals(buildMs / 6120.0, suite.get("fixture_share").asDouble(), 1e-9);
        assertEquals(5, suite.at("/tests/passed").asInt());
        assertEquals(1, suite.at("/tests/failed").asInt());
        assertEquals(0, suite.at("/tests/aborted").asInt());
        assertEquals(1, suite.at("/tests/skipped").asInt());
        assertEquals("example.GreetingControllerTest#greets: expected: <b>Hi, Ada</b> but was: <b>Hello, Ada</b>",
                suite.at("/tests/failures/0").asText(), "JSON keeps the text as it was");

        assertEquals(5, suite.get("fixtures").size());
        JsonNode costliest = suite.get("fixtures").get(0);
        assertEquals("example.GreetingControllerTest#<extensions>", costliest.get("name").asText());
        assertEquals("junit", costliest.get("type").asText());
        assertEquals("class", costliest.get("scope").asText());
        assertTrue(costliest.get("measured_as").asText().startsWith("SpringExtension and MockitoExtension"));
        assertEquals(1835.0, costliest.at("/in_suite/total_ms").asDouble());
        JsonNode calibration = suite.get("fixtures").get(2);
        assertEquals("calib_sleep_250ms", calibration.get("name").asText());
        assertTrue(calibration.get("measured_as").isNull());
        assertEquals("{\"builds\":4,\"total_ms\":1002.4,\"median_ms\":250.6,\"teardown_ms\":0.0,\"tests\":4,"
                + "\"classes\":2}", calibration.get("in_suite").toString());

        JsonNode service = suite.get("classes").get(0);
        assertEquals("example.GreetingServiceTest", service.get("class").asText());
        assertEquals(1702.5, service.get("setup_ms").asDouble());
        assertEquals(530.2, service.get("tests_ms").asDouble());
        assertEquals(1.1, service.get("teardown_ms").asDouble());
        assertEquals(2, service.get("tests").asInt());
        assertEquals("context-1", service.get("context").asText());

        JsonNode context = suite.get("application_contexts").get(0);
        assertEquals("context-1", context.get("id").asText());
        assertEquals("[\"example.GreetingServiceTest\"]", context.get("classes").toString());
        assertEquals("example.GreetingServiceTest", context.get("built_by").get(0).asText());
        assertEquals(1650.0, context.get("build_ms").asDouble());
        assertEquals(1, context.get("misses").asInt());
        assertEquals(0, context.get("hits").asInt());
        assertEquals(2, context.get("facets").size());
        assertEquals("context-2", context.get("closest").asText());
        assertEquals("\u2212 property greeting.prefix=Hi", context.at("/differences/1").asText());
        assertEquals("[\"Run 3: the Spring context cache's statistics could not be read.\"]",
                suite.get("notes").toString());

        JsonNode advice = json.get("advice");
        assertEquals(2, advice.size());
        assertEquals("calib_sleep_250ms", advice.at("/0/fixture").asText());
        assertEquals("method", advice.at("/0/from_scope").asText());
        assertEquals("session", advice.at("/0/to_scope").asText());
        assertEquals(751.8, advice.at("/0/saving_ms").asDouble());
        assertEquals("Built 4 times for 4 tests in 2 classes; once for the run would do.",
                advice.at("/0/reason").asText());
        assertEquals("never_measured", advice.at("/1/fixture").asText());
        assertEquals("none", advice.at("/1/to_scope").asText(), "a fixture that could go is advised to none");

        JsonNode rows = json.get("fixtures");
        assertEquals("z_static", rows.at("/0/name").asText());
        assertEquals(4, rows.at("/0/in_suite/builds").asInt());
        assertEquals(12.2, rows.at("/0/in_suite/median_ms").asDouble());
        assertEquals(1.5, rows.at("/0/in_suite/teardown_ms").asDouble());
        assertEquals(1002.4, rows.at("/1/in_suite/total_ms").asDouble());
        assertTrue(rows.get(2).has("in_suite") && rows.get(2).get("in_suite").isNull(),
                "a fixture the suite run never built: " + rows.get(2));
        assertTrue(rows.get(3).get("in_suite").isNull());
    }

    @Test
    void aThousandClassHabitIsOneReportRowAndTheJsonKeepsEveryPieceFlagged() throws Exception {
        RunResult run = SampleRuns.atScale(1000);
        String md = MarkdownReport.render(run);
        String advice = md.substring(md.indexOf("### Advice"), md.indexOf("### Fixtures in the suite"));
        List<String> rows = advice.lines().filter(l -> l.startsWith("| `")).toList();
        assertEquals(2, rows.size(), advice);
        assertTrue(rows.get(0).startsWith("| `*#setUp (@BeforeEach)`: 1000 fixtures, one per class, `Gen00009Test#setUp`,"
                + " `Gen00019Test#setUp`, `Gen00029Test#setUp`, … | method | class | 2090.0 | @BeforeEach setUp in 1000"
                + " classes ran before each of their 2000 tests;"), rows.get(0));
        assertTrue(rows.get(1).startsWith("| `RepositoryBase#openConnection` | method | class | 1200.0 |"), rows.get(1));
        assertTrue(advice.contains("\n2 more below the floor (under 50 ms and under 1 % of the suite's wall time),"
                + " 42.5 ms in all; the JSON's `advice` keeps every one.\n"), advice);

        JsonNode json = new ObjectMapper().readTree(ResultsJson.write(run));
        assertEquals(1003, json.get("advice").size(), "every piece kept");
        int listed = 0;
        for (JsonNode piece : json.get("advice")) {
            listed += piece.get("listed").asBoolean() ? 1 : 0;
        }
        assertEquals(1001, listed, "the habit's 1000 members and the inherited method");
        assertEquals(SampleRuns.HABIT, json.at("/advice/3/pattern").asText(), json.get("advice").get(3).toString());
        assertFalse(json.at("/advice/1/listed").asBoolean(), "30 ms of a 12 s suite is below the floor");
        assertFalse(json.get("advice").get(0).has("pattern"), "the inherited method stands alone");
        JsonNode pattern = json.get("advice_patterns").get(0);
        assertEquals(SampleRuns.HABIT, pattern.get("pattern").asText());
        assertEquals(1000, pattern.get("fixtures").asInt());
        assertEquals(2090.0, pattern.get("saving_ms").asDouble(), 1e-6);
        assertTrue(pattern.get("listed").asBoolean());
        assertEquals(50.0, json.at("/whole_suite/advice_floor/saving_ms").asDouble());
        assertEquals(1.0, json.at("/whole_suite/advice_floor/share_pct").asDouble());
    }

    @Test
    void jsonWithoutAWholeSuiteRunHasNullsForIt() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ResultsJson.write(run()));
        assertTrue(json.has("whole_suite") && json.get("whole_suite").isNull(), json.toString());
        assertTrue(json.has("advice") && json.get("advice").isNull(), json.toString());
        for (JsonNode fixture : json.get("fixtures")) {
            assertTrue(fixture.has("in_suite") && fixture.get("in_suite").isNull(), fixture.toString());
        }
    }

    @Test
    void markdownPutsTheFixturesInTheContextOfTheWholeSuite() {
        String md = MarkdownReport.render(SampleRuns.withWholeSuite());
        assertTrue(md.contains("\n## The whole suite in context\n\n- Suite runs: 3 fresh JVM(s), each running 2 test"
                + " class(es) for real, as Maven Surefire runs them by default\n"), md);
        assertTrue(md.contains("- Suite time: 6.12 s median (6.05–6.31, n=3), the launcher's run of the classes\n"), md);
        assertTrue(md.contains("- Building fixtures: 4.57 s per run, 75 % of the suite time\n"), md);
        assertTrue(md.contains("- The suite's tests: 5 passed, 1 failed, 0 aborted, 1 skipped\n"), md);
        assertTrue(md.contains("### Advice\n\nThe tool cannot prove that the tests leave a fixture's state alone:"
                + " each change below holds only if they do. Savings are build time per suite run; a pattern is the"
                + " same method, of the same kind, advised alike in several classes.\n"), md);
        assertTrue(md.contains("| Fixture | Scope now | Suggested | Saving (ms) | Why |\n|---|---|---|---:|---|\n"
                + "| `calib_sleep_250ms` | method | session | 751.8 | Built 4 times for 4 tests in 2 classes; once for"
                + " the run would do. |\n| `never_measured` | method | none | 20.0 | Built once and used by no test. |\n"),
                md);
        assertTrue(md.contains("| `calib_sleep_250ms` | static | method | 4 | 4 | 1002.4 | 250.6 | 0.0 | 250.4 |"), md);
        assertTrue(md.contains("| `never_measured` | static | method | 1 | 0 | 20.0 | 20.0 | 0.0 | — |"),
                "never measured alone: no isolated figure: " + md);
        assertTrue(md.contains("| `example.GreetingControllerTest#<extensions>` † | junit | class | 1 | 2 | 1835.0 |"),
                md);
        assertTrue(md.contains("† Timed together with its class's (or test's) extension work"), md);
        assertTrue(md.contains("| `GreetingServiceTest` | 1702.5 | 530.2 | 1.1 | 2 | context-1 |"), md);
        assertTrue(md.contains("### Application contexts"), md);
        assertTrue(md.contains("| context-1 | `GreetingServiceTest` | 1650.0 | 1 | 0 | context-2: + property"
                + " greeting.prefix=Hello; − property greeting.prefix=Hi; − customizer MockMvc |"), md);
        assertTrue(md.contains("### Notes\n\n```\nRun 3: the Spring context cache's statistics could not be read.\n```"),
                md);
        assertTrue(md.indexOf("## The whole suite in context") > md.indexOf("| Fixture | Type | Scope | Category |"),
                "after the isolated figures: " + md);
    }

    @Test
    void markdownHasNoWholeSuiteSectionWithoutAWholeSuiteRun() {
        String md = MarkdownReport.render(run());
        assertFalse(md.contains("The whole suite in context"), md);
        assertFalse(md.contains("### Advice"), md);
        assertFalse(md.contains("cannot prove"), md);
    }

    @Test
    void markdownEscapesMarkupInTheSuitesFailuresAndTheAdvice() {
        RunResult sample = SampleRuns.withWholeSuite();
        WholeSuite suite = sample.wholeSuite();
        WholeSuite hostile = new WholeSuite(suite.runs(), suite.testClasses(), suite.wallMs(), suite.buildMs(),
                new SuiteTests(0, 1, 0, 0, List.of("example.PipeTest#`odd|name`: expected <em>1</em>\n\tat Line.two")),
                suite.fixtures(), suite.classes(), suite.contexts(),
                List.of(new Advice("calib_sleep_250ms", FixtureScope.METHOD, FixtureScope.CLASS, 12.0,
                        "built for *each* test | <script>x</script> in `One_Test`", null, true)), List.of(),
                suite.adviceFloor(), suite.notes());
        String md = MarkdownReport.render(RunResult.of(sample.generated(), sample.environment(), sample.settings(),
                sample.suite(), sample.baseline(), sample.fixtures())
                .withStartupProfile(sample.startupProfile())
                .withWholeSuite(hostile));
        assertTrue(md.contains("| `calib_sleep_250ms` | method | class | 12.0 | built for \\*each\\* test \\|"
                + " \\<script\\>x\\</script\\> in \\`One\\_Test\\` |\n"), md);
        assertTrue(md.contains("### The suite's failures\n\n- example.PipeTest\\#\\`odd\\|name\\`: expected"
                + " \\<em\\>1\\</em\\>\n"), "only the first line, escaped: " + md);
        assertFalse(md.contains("<script>") || md.contains("<em>") || md.contains("Line.two"), md);
    }

    @Test
    void markdownSaysWhyNoSuiteRunFinished() {
        RunResult sample = SampleRuns.withWholeSuite();
        WholeSuite none = new WholeSuite(0, 2, null, null, new SuiteTests(0, 0, 0, 0, List.of()), List.of(),
                List.of(), List.of(), List.of(), List.of(), AdviceFloor.DEFAULT, List.of("suite run 1 of 1 gave no"
                + " figures: it passed the time limit and was stopped (--suite-timeout)"));
        String md = MarkdownReport.render(RunResult.of(sample.generated(), sample.environment(), sample.settings(),
                sample.suite(), sample.baseline(), sample.fixtures())
                .withStartupProfile(sample.startupProfile())
                .withWholeSuite(none));
        assertTrue(md.contains("- Suite runs: none finished of 2 test class(es); the notes below say why\n"), md);
        assertFalse(md.contains("- Suite time:"), md);
        assertTrue(md.contains("No advice: no fixture was built more often than its tests need"), md);
        assertTrue(md.contains("No fixture was built."), md);
        assertTrue(md.contains("it passed the time limit and was stopped (--suite-timeout)"), md);
    }
}
