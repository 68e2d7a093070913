package dev.fixturebench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

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
import dev.fixturebench.model.Status;
import dev.fixturebench.model.SuiteCatalog;
import dev.fixturebench.model.Timings;
import dev.fixturebench.model.WholeSuite;
import dev.fixturebench.report.MarkdownReport;
import dev.fixturebench.report.SampleRuns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFileTest {

    @TempDir
    Path folder;

    /**
     * The sample run with every field a results file holds set: fork options, fingerprint, shard, profiles, a test
     * class left out.
     */
    static RunResult fullRun() {
        RunResult sample = SampleRuns.run();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("wall", "profiling_artifacts/fixture_z_static_wall_speedscope.json");
        files.put("cpu", "profiling_artifacts/fixture_z_static_cpu_speedscope.json");
        Map<String, Integer> samples = new LinkedHashMap<>();
        samples.put("wall", 412);
        samples.put("cpu", 37);
        Map<String, Double> wall = new LinkedHashMap<>();
        wall.put("wall", 1234.5);
        wall.put("cpu", 1180.25);
        List<FixtureResult> fixtures = new ArrayList<>(sample.fixtures());
        fixtures.set(0, fixtures.get(0).withProfile(new FixtureProfile(files, samples, wall, "cpu: 3 samples only",
                List.of(new dev.fixturebench.model.Hotspot("SlowStartBean.<init>", 201)))));
        FixtureInfo junit = new FixtureInfo("ServerTest#<extensions>", FixtureType.JUNIT, FixtureScope.CLASS, "JUnit",
                "example.ServerTest", List.of("calib_sleep_250ms", "z_static"));
        fixtures.add(new FixtureResult(junit, Outcome.OK,
                new Timings(SampleRuns.stats(41.5, 40.25, 43), SampleRuns.stats(30, 31, 29),
                        SampleRuns.stats(11.5, 9, 12), SampleRuns.stats(20, 21, 19.5), SampleRuns.stats(1.5, 2, 1.25),
                        SampleRuns.stats(950, 960, 940), SampleRuns.stats(140, 150, 130)),
                new Memory(3.25, 17.0, 811.0, 44.5, 256.0),
                "SpringExtension, the application context included, timed as a whole", null));
        fixtures.add(FixtureResult.failed(new FixtureInfo("slow_one", FixtureType.STATIC, FixtureScope.METHOD,
                "Static", "example.Holder", List.of()), Status.TIMEOUT, "killed after 120 s", SampleRuns.stats(120000),
                null));
        List<FixtureInfo> catalog = new ArrayList<>(sample.suite().fixtures());
        catalog.add(junit);
        catalog.add(fixtures.get(fixtures.size() - 1).fixture());
        RunSettings settings = new RunSettings("/work/suite (module core)", "JUnit Platform 1.11.4",
                SampleRuns.forks(5, 7, 90.5, 2, 4, List.of("-Xmx2g", "-XX:+UseSerialGC")),
                new ClassDataSharing(false, "a class of target/test-classes is also in a jar"), "0123456789abcdef", "--filter=static --max-fixtures=9",
                "2/3");
        StartupProfile profile = new StartupProfile("async-profiler", "cpu", 1.0, 2048,
                "profiling_artifacts/launcher_startup_speedscope_20261126_115900.json",
                "profiling_artifacts/launcher_startup_async.collapsed", 1320.5, 1110.0, "itimer: not tried", null);
        return RunResult.of(Instant.parse("2026-11-26T12:00:00Z"),
                new Environment("Temurin 17.0.15", "Linux 6.1", "Test CPU, 16 logical cores",
                        new Gpu(true, "NVIDIA H100 80GB HBM3", "550.54.15", null)),
                settings, new SuiteCatalog(catalog, 9, List.of("get_it_session__template", "other__template"),
                        List.of(new dev.fixturebench.model.LeftOutClass("example.ServerIT", true, "integration test:"
                                + " Failsafe runs it in mvn verify; --integration-tests measures it"))),
                new Baseline(SampleRuns.stats(800, 850, 790, 810, 820), 120.5, null), fixtures)
                .withStartupProfile(profile)
                .startedAt(Instant.parse("2026-11-26T11:40:03.125Z"));
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aRunReadsBackToTheSameResultsFromTheFileOrItsFolder() throws IOException {
        for (RunResult run : List.of(fullRun(), SampleRuns.run())) {
            String text = ResultsJson.write(run);
            Path out = Files.createDirectories(folder.resolve("out-" + run.fixtures().size()));
            Path file = out.resolve(ResultsJson.FILE_NAME);
            Files.writeString(file, text);

            ResultsFile fromFile = ResultsFile.read(file);
            ResultsFile fromFolder = ResultsFile.read(out);
            assertEquals(2, fromFile.format());
            assertEquals(file, fromFile.file());
            assertEquals(file, fromFolder.file());
            assertEquals(text, ResultsJson.write(fromFile.run()), "every figure survives the round trip");
            assertEquals(text, ResultsJson.write(fromFolder.run()));
            assertEquals(run.settings(), fromFile.run().settings());
            assertEquals(run.fixtures(), fromFile.run().fixtures());
            assertEquals(run.suite(), fromFile.run().suite());
            assertEquals(run.baseline(), fromFile.run().baseline());
            assertEquals(run.startupProfile(), fromFile.run().startupProfile());
            assertEquals(run.environment(), fromFile.run().environment());
            assertEquals(run.started(), fromFile.run().started());
            assertEquals(run.generated(), fromFile.run().generated());
            assertEquals(fromFile.run(), fromFile.requireFull("--merge").run());
        }
    }

    @Test
    void theReportNamesTheClassesLeftOutAndTheOwnCodeOfAProfile() {
        String md = MarkdownReport.render(fullRun());
        assertTrue(md.contains("Test classes left out, as `mvn test` leaves them:\n\n- `ServerIT`: integration test:"
                + " Failsafe runs it in mvn verify; --integration-tests measures it\n"), md);
        assertTrue(md.contains("in the suite's own code: `SlowStartBean.<init>` 201 ms"), md);
    }

    @Test
    void adviceFlagsPatternsAndTheFloorAreReadBackAsWritten() throws IOException {
        WholeSuite suite = SampleRuns.atScale(30).wholeSuite();
        WholeSuite back = ResultsFile.read(write("scale.json", ResultsJson.write(SampleRuns.atScale(30)))).run()
                .wholeSuite();
        assertEquals(suite.advice(), back.advice());
        assertEquals(suite.advicePatterns(), back.advicePatterns());
        assertEquals(suite.adviceFloor(), back.adviceFloor());
        assertEquals(suite.adviceListing(), back.adviceListing(), "the same rows and the same line for the rest");
    }

    @Test
    void theWholeSuiteAndTheComparisonAreReadBackWithTheirAdvice() throws IOException {
        RunResult earlier = SampleRuns.run();
        RunResult run = SampleRuns.withWholeSuite();
        run = run.withComparison(RunComparison.of(earlier, run, "earlier/fixture_benchmark_results.json", 10));
        ResultsFile read = ResultsFile.read(write("whole.json", ResultsJson.write(run)));
        WholeSuite suite = run.wholeSuite();
        WholeSuite back = read.run().wholeSuite();
        assertEquals(List.of(suite.runs(), suite.testClasses(), suite.wallMs(), suite.buildMs(), suite.tests(),
                suite.classes(), suite.contexts(), suite.advice(), suite.advicePatterns(), suite.adviceFloor(),
                suite.notes()), List.of(back.runs(), back.testClasses(), back.wallMs(), back.buildMs(), back.tests(),
                back.classes(), back.contexts(), back.advice(), back.advicePatterns(), back.adviceFloor(),
                back.notes()));
        // the rows hold name, type and scope: a fixture outside the catalog comes back with those alone
        assertEquals(suite.fixtures().stream().map(f -> List.of(f.fixture().name(), f.fixture().type(),
                f.fixture().scope(), f.inSuite(), String.valueOf(f.measuredAs()))).toList(),
                back.fixtures().stream().map(f -> List.of(f.fixture().name(), f.fixture().type(),
                        f.fixture().scope(), f.inSuite(), String.valueOf(f.measuredAs()))).toList());
        assertEquals(suite.fixtures().get(2), back.fixtures().get(2), "a catalogued fixture comes back whole");
        assertEquals(run.comparison().added(), read.run().comparison().added());
        assertEquals(run.comparison().fixtures().stream().map(d -> d.name() + " " + d.initMs() + " " + d.changed())
                .toList(), read.run().comparison().fixtures().stream()
                .map(d -> d.name() + " " + d.initMs() + " " + d.changed()).toList());
        assertEquals(ResultsJson.write(run), ResultsJson.write(read.run()));
    }

    @Test
    void aFormatOneFileServesAComparisonButNotAMergeOrResume() throws IOException {
        ObjectNode root = (ObjectNode) ResultsJson.MAPPER.readTree(ResultsJson.write(fullRun()));
        root.remove(List.of("format", "started", "catalog"));
        Path file = write("old.json", ResultsJson.encode(root));

        ResultsFile old = ResultsFile.read(file);
        assertEquals(1, old.format());
        assertEquals(fullRun().fixtures(), old.run().fixtures());
        assertEquals(old.run().generated(), old.run().started(), "no start recorded: the time it was written");
        assertEquals(fullRun().fixtures().stream().map(FixtureResult::fixture).toList(), old.run().suite().fixtures(),
                "its catalog is the measured fixtures");
        IllegalArgumentException merge = assertThrows(IllegalArgumentException.class, () -> old.requireFull("--merge"));
        assertTrue(merge.getMessage().contains("older Fixture Bench"), merge.getMessage());
        assertTrue(merge.getMessage().contains(file.toString()), merge.getMessage());
        assertTrue(merge.getMessage().contains("--merge"), merge.getMessage());
        IllegalArgumentException resume = assertThrows(IllegalArgumentException.class,
                () -> old.requireFull("--resume"));
        assertTrue(resume.getMessage().contains("--resume"), resume.getMessage());
    }

    @Test
    void aFormatOneFileWithoutTheNewerSettingsReads() throws IOException {
        ObjectNode root = (ObjectNode) ResultsJson.MAPPER.readTree(ResultsJson.write(SampleRuns.run()));
        root.remove(List.of("format", "started", "catalog"));
        ((ObjectNode) root.get("settings")).remove(List.of("fork_jvm_args", "class_path", "selection", "shard",
                "jobs", "class_data_sharing"));
        ResultsFile old = ResultsFile.read(write("older.json", ResultsJson.encode(root)));
        assertEquals(1, old.format());
        assertEquals(SampleRuns.run().fixtures(), old.run().fixtures());
        assertEquals(List.of(), old.run().settings().forks().jvmArgs());
        assertEquals("", old.run().settings().selection());
        assertNull(old.run().settings().shard());
        assertNull(old.run().settings().classPath());
        assertEquals(1, old.run().settings().forks().jobs());
        assertEquals(3, old.run().settings().forks().repeat());
        assertFalse(old.run().settings().classDataSharing().used(), "no archive recorded: none used");
    }

    @Test
    void aNewerFormatIsRefusedNamingItsVersion() throws IOException {
        ObjectNode root = (ObjectNode) ResultsJson.MAPPER.readTree(ResultsJson.write(SampleRuns.run()));
        root.put("format", 99);
        Path file = write("future.json", ResultsJson.encode(root));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultsFile.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("results format 99"), e.getMessage());
        assertTrue(e.getMessage().contains("newer than this Fixture Bench reads (2)"), e.getMessage());
    }

    @Test
    void aFileThatIsNotJsonIsRefusedNamingIt() throws IOException {
        Path file = write("report.md", "# Fixture benchmark report\n\n| name | init |\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultsFile.read(file));
        assertTrue(e.getMessage().startsWith(file + " is not JSON"), e.getMessage());
        assertTrue(e.getMessage().contains(ResultsJson.FILE_NAME), e.getMessage());

        Path truncated = write("truncated.json", ResultsJson.write(SampleRuns.run()).substring(0, 300));
        IllegalArgumentException cut = assertThrows(IllegalArgumentException.class, () -> ResultsFile.read(truncated));
        assertTrue(cut.getMessage().startsWith(truncated + " is not JSON"), cut.getMessage());
    }

    @Test
    void jsonThatIsNotOurResultsIsRefusedNamingIt() throws IOException {
        for (String text : List.of("{\"name\": \"package.json\", \"generated\": \"2026-11-26T12:00:00Z\"}",
                "{\"fixtures\": []}", "[1, 2, 3]", "", "null")) {
            Path file = write("other.json", text);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultsFile.read(file),
                    text);
            assertTrue(e.getMessage().contains(file + " is not a Fixture Bench results file"), e.getMessage());
            assertTrue(e.getMessage().contains("\"fixtures\""), e.getMessage());
        }
    }

    @Test
    void aDamagedResultsFileIsRefusedNamingIt() throws IOException {
        ObjectNode root = (ObjectNode) ResultsJson.MAPPER.readTree(ResultsJson.write(SampleRuns.run()));
        root.put("generated", "yesterday");
        Path file = write("damaged.json", ResultsJson.encode(root));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultsFile.read(file));
        assertTrue(e.getMessage().startsWith(file + " could not be read as Fixture Bench results (format 2)"),
                e.getMessage());
    }

    @Test
    void aMissingFileOrAFolderWithoutResultsIsRefused() {
        Path missing = folder.resolve("nowhere.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultsFile.read(missing));
        assertTrue(e.getMessage().startsWith(missing + " does not exist"), e.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> ResultsFile.read(folder));
        assertTrue(empty.getMessage().startsWith(folder.resolve(ResultsJson.FILE_NAME) + " does not exist"),
                empty.getMessage());
    }
}
