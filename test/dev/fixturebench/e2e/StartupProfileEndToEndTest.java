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

import dev.fixturebench.profile.Speedscope;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up profile of a real run, and the startup command, on the bundled example. */
@Tag("e2e")
class StartupProfileEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRunWritesAStartupProfileThatNamesTheJUnitLauncher(@TempDir Path out) throws Exception {
        // with fixture profiles too, so every kind of file a run writes is there for the names' check
        BenchEndToEndTest.Run run = BenchEndToEndTest.bench("--max-fixtures=1", "--repeat=1", "--baseline-runs=2",
                "--fixture-profiles", "--out=" + out);
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
        int samples = 0;
        for (JsonNode profile : file.path("profiles")) {
            samples += profile.path("samples").size();
            for (JsonNode sample : profile.path("samples")) {
                for (JsonNode index : sample) {
                    assertTrue(index.asInt() >= 0 && index.asInt() < frames.size(), "index " + index);
                }
            }
        }
        assertTrue(samples >= 100, "samples: " + samples);
        assertTrue(file.path("profiles").size() > 1, "a profile per thread: " + file.path("profiles").size());
        assertTrue(file.path("profiles").path(0).path("name").asText().matches("main tid=\\d+"),
                "the main thread's profile first: " + file.path("profiles").path(0).path("name"));
        assertEquals(0, file.path("activeProfileIndex").asInt(), "and the viewer opens on it");
        boolean launcher = false;
        for (JsonNode frame : frames) {
            launcher |= frame.path("name").asText().startsWith("org.junit.platform.launcher.");
            assertFalse(frame.path("name").asText().matches(".*tid=\\d+\\]?"), "a thread is no frame: " + frame);
        }
        assertTrue(launcher, "a frame names a JUnit launcher method");

        JsonNode results = JSON.readTree(out.resolve("fixture_benchmark_results.json").toFile());
        JsonNode startup = results.path("startup_profile");
        assertEquals("profiling_artifacts/" + profiles.get(0).getFileName(), startup.path("file").asText());
        assertTrue(Files.isRegularFile(out.resolve(startup.path("raw_file").asText())), startup.toString());
        assertEquals(samples, startup.path("samples").asInt());
        assertTrue(startup.path("profiled_wall_ms").asDouble() > 0 && startup.path("unprofiled_median_ms").asDouble() > 0);
        String report = Files.readString(out.resolve("fixture_benchmark_report.md"));
        assertTrue(report.contains("- **Start-up profile:** profiling\\_artifacts/"), report);
        assertTrue(report.contains("## Where start-up goes") && report.contains("### By library")
                && report.contains("### Classes loaded"), "the summary's tables follow the report:\n" + report);

        // a glob for speedscope files takes them alone: the start-up profile's raw output, class path index and
        // class-load log are named launcher_startup_<stamp>.*, and no other file of the run matches
        String stamp = profiles.get(0).getFileName().toString().replaceAll("\\D", "");
        stamp = stamp.substring(0, 8) + "_" + stamp.substring(8);
        for (String beside : List.of(".classpath.json", ".classload.log")) {
            assertTrue(Files.isRegularFile(folder.resolve("launcher_startup_" + stamp + beside)), beside);
        }
        assertTrue(startup.path("raw_file").asText().matches("profiling_artifacts/launcher_startup_" + stamp
                + "\\.(collapsed\\.txt|jfr)"), startup.toString());
        List<Path> matching;
        try (Stream<Path> files = Files.walk(out)) {
            matching = files.filter(p -> p.getFileName().toString().matches(".*_speedscope_.*\\.json")).toList();
        }
        assertTrue(matching.contains(profiles.get(0)), matching.toString());
        assertEquals(2, matching.stream().filter(p -> p.getFileName().equals(profiles.get(0).getFileName())).count(),
                "the start-up profile and its copy in the site: " + matching);
        for (Path match : matching) {
            assertEquals(Speedscope.SCHEMA, JSON.readTree(match.toFile()).path("$schema").asText(), match.toString());
        }
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
