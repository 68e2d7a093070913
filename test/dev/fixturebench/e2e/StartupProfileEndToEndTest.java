package dev.fixturebench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up profile of a real run, and the startup command, on the bundled example. */
@Tag("e2e")
class StartupProfileEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRunWritesAStartupProfileThatNamesTheJUnitLauncher(@TempDir Path out) throws Exception {
        BenchEndToEndTest.Run run = BenchEndToEndTest.bench("--max-fixtures=1", "--repeat=1", "--baseline-runs=2",
                "--out=" + out);
        assertEquals(0, run.exitCode(), run.output());
        Path folder = out.resolve("profiling_artifacts");
        List<Path> profiles;
        try (Stream<Path> files = Files.list(folder)) {
            profiles = files.filter(p -> p.getFileName().toString()
                    .matches("launcher_startup_speedscope_\\d{8}_\\d{6}\\.json")).toList();
        }
        assertEquals(1, profiles.size(), "one speedscope file in " + folder);
        JsonNode file = JSON.readTree(profiles.get(0).toFile());
        JsonNode frames = file.path("shared").path("frames");
        JsonNode profile = file.path("profiles").path(0);
        assertTrue(profile.path("samples").size() >= 100, "samples: " + profile.path("samples").size());
        for (JsonNode sample : profile.path("samples")) {
            for (JsonNode index : sample) {
                assertTrue(index.asInt() >= 0 && index.asInt() < frames.size(), "index " + index);
            }
        }
        boolean launcher = false;
        for (JsonNode frame : frames) {
            launcher |= frame.path("name").asText().startsWith("org.junit.platform.launcher.");
        }
        assertTrue(launcher, "a frame names a JUnit launcher method");

        JsonNode results = JSON.readTree(out.resolve("fixture_benchmark_results.json").toFile());
        JsonNode startup = results.path("startup_profile");
        assertEquals("profiling_artifacts/" + profiles.get(0).getFileName(), startup.path("file").asText());
        assertTrue(Files.isRegularFile(out.resolve(startup.path("raw_file").asText())), startup.toString());
        assertEquals(profile.path("samples").size(), startup.path("samples").asInt());
        assertTrue(startup.path("profiled_wall_ms").asDouble() > 0 && startup.path("unprofiled_median_ms").asDouble() > 0);
        String report = Files.readString(out.resolve("fixture_benchmark_report.md"));
        assertTrue(report.contains("- **Start-up profile:** profiling\\_artifacts/"), report);
        assertTrue(report.contains("## Where start-up goes") && report.contains("### By library")
                && report.contains("### Classes loaded"), "the summary's tables follow the report:\n" + report);
    }

    @Test
    void noProfileWritesNone(@TempDir Path out) throws Exception {
        BenchEndToEndTest.Run run = BenchEndToEndTest.bench("startup", "--no-startup-profile", "--runs=1",
                "--out=" + out);
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("Start-up profile: off (--no-startup-profile)"), run.output());
        assertFalse(Files.exists(out.resolve("profiling_artifacts")));
    }

    @Test
    void benchmarkStartupPrintsTheFiveFiguresAndMeasuresNoFixture(@TempDir Path out) throws Exception {
        BenchEndToEndTest.Run run = BenchEndToEndTest.bench("startup", "--runs=5", "--out=" + out);
        assertEquals(0, run.exitCode(), run.output());
        for (String figure : List.of("mean", "median", "min", "max", "stddev")) {
            assertTrue(Pattern.compile("(?m)^  " + figure + " +\\d+\\.\\d ms$").matcher(run.output()).find(),
                    figure + " in:\n" + run.output());
        }
        // how long it took is printed for the user to judge (README: within 2 x the forks' time), not asserted here:
        // a timing bound in a test fails on a busy machine without anything being wrong
        assertTrue(Pattern.compile("Took \\d+\\.\\d+ s:").matcher(run.output()).find(), run.output());
        assertTrue(run.output().contains("Start-up profile: async-profiler"), run.output());
        assertFalse(Files.exists(out.resolve("fixture_benchmark_report.md")), "no fixture report");
    }
}
