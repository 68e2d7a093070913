package dev.fixturebench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profile summarize} on the start-up profile of a real run of the bundled example, and on files not ours. */
@Tag("e2e")
class SummarizeProfileEndToEndTest {

    @Test
    void ourProfileIsSummarisedAsTables(@TempDir Path out) throws Exception {
        BenchEndToEndTest.Run run = BenchEndToEndTest.bench("startup", "--runs=1",
                "--out=" + out);
        assertEquals(0, run.exitCode(), run.output());
        Path profile;
        try (Stream<Path> files = Files.list(out.resolve("profiling_artifacts"))) {
            profile = files.filter(p -> p.getFileName().toString().matches("launcher_startup_speedscope_\\d{8}_\\d{6}"
                    + "\\.json")).findFirst().orElseThrow();
        }
        assertTrue(Files.isRegularFile(out.resolve("profiling_artifacts").resolve(profile.getFileName().toString()
                .replace("_speedscope_", "_").replace(".json", ".classpath.json"))),
                "the class path index is written beside it, named so no speedscope glob takes it for a profile");
        try (Stream<Path> files = Files.list(out.resolve("profiling_artifacts"))) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().matches(".*_speedscope_.*\\.json")).count(),
                    "one file matches *_speedscope_*.json: the profile");
        }

        BenchEndToEndTest.Run summary = BenchEndToEndTest.bench("profile", "summarize", profile.toString());
        assertEquals(0, summary.exitCode(), summary.output());
        for (String table : List.of("### By library", "| Library | Self | On stack |", "| JDK |",
                "junit-platform-launcher-", "### By VM activity", "| JIT compiling |", "| class loading |",
                "### Hottest stacks", "### Classes loaded", "| junit-jupiter-engine-", "### Time to the first test")) {
            assertTrue(summary.output().contains(table), table + " in:\n" + summary.output());
        }
        assertTrue(summary.output().matches("(?s).*\\*\\*\\d+\\.\\d{3} s\\*\\* of JVM uptime.*"), summary.output());
        BenchEndToEndTest.Run top = BenchEndToEndTest.bench("profile", "summarize", profile.toString(), "--top=3");
        assertEquals(0, top.exitCode(), top.output());
        String stacks = top.output().substring(top.output().indexOf("### Hottest stacks"));
        assertEquals(3, stacks.lines().filter(l -> l.matches("\\| \\d+ \\(.*")).count(), "--top=3 rows:\n" + stacks);
    }

    @Test
    void aForeignOrBrokenFileExitsTwoSayingWhatItExpected(@TempDir Path folder) throws Exception {
        Path foreign = folder.resolve("foreign.json");
        Files.writeString(foreign, "{\"$schema\": \"https://www.speedscope.app/file-format-schema.json\","
                + " \"exporter\": \"speedscope@1.25.0\", \"shared\": {\"frames\": []}, \"profiles\": []}");
        Path broken = folder.resolve("broken.txt");
        Files.writeString(broken, "main;run;work 12\n");
        for (Path file : List.of(foreign, broken)) {
            BenchEndToEndTest.Run run = BenchEndToEndTest.bench("profile", "summarize", file.toString());
            assertEquals(2, run.exitCode(), run.output());
            assertTrue(run.output().contains("Expected a speedscope file written by Fixture Bench"), run.output());
            assertTrue(run.output().contains("bench.java startup"), "it says how to get one:\n" + run.output());
        }
    }
}
