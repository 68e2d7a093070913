package dev.fixturebench.e2e;

import static dev.fixturebench.e2e.BenchEndToEndTest.bench;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long runs as users live them: Ctrl-C halfway and --resume, a second run on the same --out, a comparison with a CI
 * gate against a known 2× slowdown, and shards measured apart and merged.
 */
@Tag("e2e")
class LongRunsEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final List<String> QUICK = List.of("--repeat=1", "--baseline-runs=1", "--no-startup-profile", "--no-site");

    @Test
    void anInterruptedRunKeepsWhatFinishedLeavesNoForkAndResumesToTheWholeSet(@TempDir Path out) throws Exception {
        boolean[] secondRefused = {false};
        List<String> seen = interruptAfter(20, "INT", 130, concat(List.of("--out=" + out), QUICK), (finished, run) -> {
            if (finished == 1) {
                // the run holds its --out: a second run there refuses, naming it
                BenchEndToEndTest.Run second = benchWith(concat(List.of("--out=" + out, "--max-fixtures=1"), QUICK));
                assertEquals(2, second.exitCode(), second.output());
                assertTrue(second.output().contains("another Fixture Bench run (PID " + run.pid() + ")"),
                        second.output());
                secondRefused[0] = true;
            }
        });
        assertTrue(secondRefused[0], String.join("\n", seen));

        JsonNode interrupted = results(out);
        int measured = 0;
        int skipped = 0;
        for (JsonNode fixture : interrupted.get("fixtures")) {
            if (fixture.path("error").asText().startsWith("interrupted (SIGINT)")) {
                assertEquals("skipped", fixture.get("status").asText());
                skipped++;
            } else {
                measured++;
            }
        }
        assertTrue(measured >= 20 && skipped > 10, measured + " measured, " + skipped + " skipped (interrupted)");
        assertTrue(Files.readString(out.resolve("fixture_benchmark_report.md")).contains("interrupted (SIGINT)"));

        BenchEndToEndTest.Run resumed = benchWith(concat(List.of("--out=" + out, "--resume"), QUICK));
        assertEquals(0, resumed.exitCode(), resumed.output());
        assertTrue(resumed.output().contains("resuming: " + measured + " finished before"), resumed.output());
        JsonNode whole = results(out);
        assertEquals(interrupted.get("started").asText(), whole.get("started").asText(), "one run, resumed");
        assertEquals(names(interrupted.get("catalog")), names(whole.get("fixtures")),
                "the resumed run has every fixture a complete run has");
        for (JsonNode fixture : whole.get("fixtures")) {
            assertTrue(!fixture.path("error").asText().startsWith("interrupted"), fixture.toString());
        }

        BenchEndToEndTest.Run changed = benchWith(concat(List.of("--out=" + out, "--resume", "--repeat=2",
                "--baseline-runs=1", "--no-startup-profile", "--no-site")));
        assertEquals(2, changed.exitCode(), changed.output());
        assertTrue(changed.output().contains("--repeat: 1 then, 2 now"), changed.output());
    }

    @Test
    void sigtermStopsTheRunAsTheBackgroundHelperStopsItAndResumeCompletesIt(@TempDir Path out) throws Exception {
        // with the whole suite run for real first: the resumed run keeps that run's record, as it keeps its baseline
        List<String> small = concat(List.of("--filter=_cfg__|calib_sleep", "--out=" + out, "--whole-suite"), QUICK);
        interruptAfter(2, "TERM", 143, small, (finished, run) -> { });
        JsonNode interrupted = results(out);
        assertTrue(interrupted.at("/whole_suite/classes").size() > 0, "the suite ran before the fixtures");
        long stopped = 0;
        for (JsonNode fixture : interrupted.get("fixtures")) {
            if (fixture.path("error").asText().startsWith("interrupted (SIGTERM)")) {
                assertEquals("skipped", fixture.get("status").asText(), fixture.toString());
                stopped++;
            }
        }
        assertTrue(stopped > 0 && stopped < interrupted.get("fixtures").size(), interrupted.get("fixtures").toString());
        // its forks started from the archive: resuming without would set new forks against the old baseline
        BenchEndToEndTest.Run withoutArchive = benchWith(concat(small, List.of("--resume", "--no-cds")));
        assertEquals(2, withoutArchive.exitCode(), withoutArchive.output());
        assertTrue(withoutArchive.output().contains("class-data sharing: used then, not used now"),
                withoutArchive.output());
        BenchEndToEndTest.Run resumed = benchWith(concat(small, List.of("--resume")));
        assertEquals(0, resumed.exitCode(), resumed.output());
        JsonNode finished = results(out);
        for (JsonNode fixture : finished.get("fixtures")) {
            assertEquals("ok", fixture.get("status").asText(), fixture.toString());
        }
        assertFalse(resumed.output().contains("Whole suite: "), "the suite is not run again:\n" + resumed.output());
        assertEquals(interrupted.get("whole_suite"), finished.get("whole_suite"), "the whole suite's record is kept");
        assertTrue(Files.readString(out.resolve("fixture_benchmark_report.md")).contains("## The whole suite in context"),
                "and reported");
    }

    /**
     * Runs the tool with {@code args}, calls {@code atFixture} with the count after each finished fixture, sends
     * SIG{@code signal} after {@code after} of them, and checks the run ends with {@code exitCode} and leaves none of
     * its own forks alive; returns the run's output lines. A failure mid-run kills the run's tree.
     */
    private static List<String> interruptAfter(int after, String signal, int exitCode, List<String> args,
                                               FixtureLine atFixture) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("jbang").toString(), "bench.java"));
        command.addAll(args);
        Process run = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        List<String> seen = new ArrayList<>();
        try (OwnForks forks = OwnForks.watch(run); BufferedReader lines = new BufferedReader(new InputStreamReader(
                run.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int finished = 0;
            while ((line = lines.readLine()) != null) {
                seen.add(line);
                if (line.startsWith("[Fixtures")) {
                    atFixture.seen(++finished, run);
                    if (finished == after) {
                        forks.snapshot();
                        new ProcessBuilder("kill", "-" + signal, Long.toString(run.pid())).start().waitFor();
                    }
                }
            }
            assertTrue(run.waitFor(60, TimeUnit.SECONDS), String.join("\n", seen));
            assertEquals(exitCode, run.exitValue(), String.join("\n", seen));
            assertTrue(forks.seen() >= after, "the watch saw the run's forks: " + forks.seen());
            assertEquals(List.of(), forks.alive(), "a fork of the interrupted run is still alive");
        }
        return seen;
    }

    /** What a test does as an interrupted run reports a finished fixture. */
    private interface FixtureLine {
        void seen(int finished, Process run) throws Exception;
    }

    @Test
    void aFixtureMadeTwiceAsSlowIsTheOneChangeAndFailsTheGate(@TempDir Path runs) throws Exception {
        List<String> calibration = concat(List.of("--filter=^calib_sleep_"), List.of("--repeat=3",
                "--baseline-runs=1", "--no-startup-profile", "--no-site"));
        BenchEndToEndTest.Run before = benchWith(concat(calibration, List.of("--out=" + runs.resolve("before"))));
        assertEquals(0, before.exitCode(), before.output());
        BenchEndToEndTest.Run after = benchWith(concat(calibration, List.of("--out=" + runs.resolve("after"),
                "--fork-jvm-args=-Dcalib.sleep.factor=2", "--compare=" + runs.resolve("before"),
                "--fail-if-slower=20")));
        assertEquals(3, after.exitCode(), after.output());
        assertTrue(after.output().contains("slower: calib_sleep_250ms"), after.output());
        JsonNode comparison = results(runs.resolve("after")).get("comparison");
        assertEquals(List.of("calib_sleep_250ms"), texts(comparison.get("changed")), comparison.toString());
        assertEquals(List.of(), texts(comparison.get("added")));
        String report = Files.readString(runs.resolve("after").resolve("fixture_benchmark_report.md"));
        assertTrue(report.contains("## Compared with earlier results"), report);
        assertTrue(report.contains("`calib_sleep_250ms` slower (+"), report);

        // a fixture that built before and throws now (a negative factor: Thread.sleep refuses it) fails the gate too
        BenchEndToEndTest.Run broken = benchWith(concat(calibration, List.of("--out=" + runs.resolve("broken"),
                "--fork-jvm-args=-Dcalib.sleep.factor=-1", "--compare=" + runs.resolve("before"),
                "--fail-if-slower=20")));
        assertEquals(3, broken.exitCode(), broken.output());
        assertTrue(broken.output().contains("now failing: calib_sleep_250ms (error) (it built in the earlier run)"),
                broken.output());
        assertTrue(broken.output().contains("1 fail now that built before; exit 3."), broken.output());
    }

    @Test
    void twoShardsAreDisjointCoverTheSelectionAndMergeIntoOneRun(@TempDir Path runs) throws Exception {
        List<String> small = List.of("--filter=calib_sleep|_cfg__|text_corpus");
        Set<String> all = listed(small, null);
        Set<String> first = listed(small, "1/2");
        Set<String> second = listed(small, "2/2");
        assertTrue(!first.isEmpty() && !second.isEmpty(), first + " / " + second);
        Set<String> both = new HashSet<>(first);
        both.retainAll(second);
        assertEquals(Set.of(), both, "disjoint");
        Set<String> union = new TreeSet<>(first);
        union.addAll(second);
        assertEquals(all, union, "together they cover the selection");

        for (String shard : List.of("1/2", "2/2")) {
            BenchEndToEndTest.Run run = benchWith(concat(small, QUICK, List.of("--shard=" + shard,
                    "--out=" + runs.resolve("shard-" + shard.charAt(0)))));
            assertEquals(0, run.exitCode(), run.output());
        }
        BenchEndToEndTest.Run merged = bench("merge", runs.resolve("shard-1") + "," + runs.resolve("shard-2"),
                "--no-site", "--out=" + runs.resolve("merged"));
        assertEquals(0, merged.exitCode(), merged.output());
        assertEquals(all, names(results(runs.resolve("merged")).get("fixtures")));
        BenchEndToEndTest.Run twice = bench("merge", runs.resolve("shard-1") + "," + runs.resolve("shard-1"),
                "--no-site", "--out=" + runs.resolve("twice"));
        assertEquals(2, twice.exitCode(), twice.output());
        assertTrue(twice.output().contains("shard 1/2 is given twice"), twice.output());
    }

    private static Set<String> listed(List<String> selection, String shard) throws Exception {
        List<String> args = new ArrayList<>(List.of("list"));
        args.addAll(selection);
        args.add("--format=json");
        if (shard != null) {
            args.add("--shard=" + shard);
        }
        BenchEndToEndTest.Run run = BenchEndToEndTest.bench(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.output());
        return names(JSON.readTree(run.output().substring(run.output().indexOf('{'))).get("fixtures"));
    }

    private static JsonNode results(Path out) throws Exception {
        return JSON.readTree(out.resolve("fixture_benchmark_results.json").toFile());
    }

    private static Set<String> names(JsonNode fixtures) {
        Set<String> names = new TreeSet<>();
        fixtures.forEach(f -> names.add(f.get("name").asText()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static BenchEndToEndTest.Run benchWith(List<String> args) throws Exception {
        return BenchEndToEndTest.bench(args.toArray(String[]::new));
    }
}
