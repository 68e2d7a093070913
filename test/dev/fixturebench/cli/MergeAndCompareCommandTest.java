package dev.fixturebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.RunSettings;
import dev.fixturebench.report.JsonReport;
import dev.fixturebench.results.ResultsJson;
import dev.fixturebench.results.ResultsFile;
import dev.fixturebench.report.SampleRuns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that read results and run nothing: merge joins shards, compare sets two runs against each other. */
class MergeAndCompareCommandTest {

    private final CommandRunner tool = new CommandRunner();

    /** The sample run as shard {@code shard}, having measured {@code fixtures} of it. */
    private static RunResult shardRun(String shard, FixtureResult... fixtures) {
        RunResult sample = SampleRuns.run();
        RunSettings settings = new RunSettings("/suite", "JUnit Platform 1.11.4",
                SampleRuns.forks(3, 5, 120, 0, 1, List.of()), sample.settings().classDataSharing(), "0123456789abcdef",
                "", shard);
        return RunResult.of(Instant.parse("2026-11-26T12:00:00Z"), sample.environment(), settings, sample.suite(),
                sample.baseline(), List.of(fixtures)).startedAt(Instant.parse("2026-11-26T11:00:00Z"));
    }

    private static FixtureResult sampleResult(String name) {
        return SampleRuns.run().fixtures().stream().filter(f -> f.fixture().name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static Path results(Path dir, String name, RunResult run) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve(JsonReport.FILE_NAME), ResultsJson.write(run));
        return folder;
    }

    @Test
    void mergeJoinsTheShardsResultsIntoOneReport(@TempDir Path dir) throws Exception {
        Path one = results(dir, "shard-1", shardRun("1/2", sampleResult("z_static"), sampleResult("broken_model")));
        Path two = results(dir, "shard-2", shardRun("2/2", sampleResult("calib_sleep_250ms"),
                sampleResult("gpu_device_buffer")));
        Path out = dir.resolve("merged");
        assertEquals(0, tool.run("merge", one.toString(), two.resolve(JsonReport.FILE_NAME).toString(),
                "--out=" + out, "--no-site"), tool.err());
        assertTrue(tool.out().contains("Merged 2 shard(s) of /suite: 4 fixture(s)."), tool.out());
        ResultsFile merged = ResultsFile.read(out);
        assertEquals(List.of("calib_sleep_250ms", "gpu_device_buffer", "broken_model", "z_static"),
                merged.run().fixtures().stream().map(f -> f.fixture().name()).toList());
        assertEquals("merged from 1/2 + 2/2", merged.run().settings().shard());
        assertTrue(Files.isRegularFile(out.resolve("fixture_benchmark_report.md")));

        Path again = dir.resolve("merged-again");
        assertEquals(0, tool.run("merge", two + "," + one, "--out=" + again, "--no-site"), tool.err());
        assertEquals(merged.run().fixtures(), ResultsFile.read(again).run().fixtures(),
                "comma-separated, in any order");
    }

    @Test
    void mergeWarnsOfMissingShardsAndRefusesOneGivenTwice(@TempDir Path dir) throws Exception {
        Path one = results(dir, "shard-1", shardRun("1/3", sampleResult("z_static")));
        Path three = results(dir, "shard-3", shardRun("3/3", sampleResult("broken_model")));
        assertEquals(0, tool.run("merge", one.toString(), three.toString(), "--out=" + dir.resolve("out"),
                "--no-site"), tool.err());
        assertTrue(tool.err().contains("warning: merge: no results of shard(s) 2/3 were given"), tool.err());

        Path copy = results(dir, "shard-1-copy", shardRun("1/3", sampleResult("z_static")));
        assertEquals(2, tool.run("merge", one.toString(), copy.toString(), "--out=" + dir.resolve("out2"),
                "--no-site"));
        assertTrue(tool.err().contains("error: merge: shard 1/3 is given twice: "
                + one.resolve(JsonReport.FILE_NAME) + " and " + copy.resolve(JsonReport.FILE_NAME)), tool.err());
        assertEquals(2, tool.run("merge", dir.resolve("nowhere").toString(), "--out=" + dir.resolve("out3"),
                "--no-site"));
        assertTrue(tool.err().contains("error: merge: " + dir.resolve("nowhere") + " does not exist"), tool.err());
        assertEquals(2, tool.run("merge", "--out=" + dir.resolve("out4")));
        assertTrue(tool.err().contains("Missing required parameter: 'RESULTS'"), tool.err());
    }

    @Test
    void aMergedRunComparedWithAnEarlierOneFailsTheGateWhenAFixtureGotSlower(@TempDir Path dir) throws Exception {
        FixtureResult slow = SampleRuns.ok("z_static", "Static", 12.0, 0.5);
        FixtureResult slower = SampleRuns.ok("z_static", "Static", 24.0, 0.5);
        Path earlier = results(dir, "earlier", shardRun("1/1", slow, sampleResult("calib_sleep_250ms")));
        Path one = results(dir, "shard-1", shardRun("1/2", slower));
        Path two = results(dir, "shard-2", shardRun("2/2", sampleResult("calib_sleep_250ms")));
        Path out = dir.resolve("out");
        assertEquals(3, tool.run("merge", one.toString(), two.toString(), "--out=" + out, "--no-site",
                "--compare=" + earlier, "--fail-if-slower=20"), tool.err());
        assertTrue(tool.err().contains("slower: z_static init 12.0 ms -> 24.0 ms (+100.0 %"), tool.err());
        assertTrue(tool.err().contains("--fail-if-slower=20: 1 fixture(s) got slower than that beyond the noise,"
                + " 0 fail now that built before; exit 3."), tool.err());
        assertTrue(Files.readString(out.resolve(JsonReport.FILE_NAME)).contains("\"comparison\" : {"),
                "the report is written before the gate fails");

        assertEquals(0, tool.run("merge", one.toString(), two.toString(), "--out=" + dir.resolve("out-150"),
                "--no-site", "--compare=" + earlier, "--fail-if-slower=150"), tool.err());
        assertEquals(0, tool.run("merge", one.toString(), two.toString(), "--out=" + dir.resolve("out-no-gate"),
                "--no-site", "--compare=" + earlier), tool.err());
    }

    @Test
    void compareSetsTwoResultsFilesAgainstEachOtherAndGatesWithoutARun(@TempDir Path dir) throws Exception {
        Path before = results(dir, "before", shardRun("1/1", SampleRuns.ok("z_static", "Static", 12.0, 0.5),
                sampleResult("calib_sleep_250ms")));
        Path after = results(dir, "after", shardRun("1/1", SampleRuns.ok("z_static", "Static", 24.0, 0.5),
                sampleResult("gpu_device_buffer")));
        assertEquals(0, tool.run("compare", before.toString(), after.toString()), tool.err());
        assertTrue(tool.out().startsWith("## Compared with earlier results"), tool.out());
        assertTrue(tool.out().contains("z_static"), tool.out());
        assertTrue(tool.out().contains("gpu_device_buffer"), "added: " + tool.out());
        assertTrue(tool.out().contains("calib_sleep_250ms"), "removed: " + tool.out());

        assertEquals(3, tool.run("compare", before.toString(), after.toString(), "--fail-if-slower=20"));
        assertTrue(tool.err().contains("slower: z_static init 12.0 ms -> 24.0 ms (+100.0 %"), tool.err());
        assertEquals(0, tool.run("compare", before.toString(), after.toString(), "--fail-if-slower=150"),
                tool.err());

        assertEquals(0, tool.run("compare", before.toString(), after.toString(), "--format=json"), tool.err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(tool.out());
        assertEquals(before.resolve(JsonReport.FILE_NAME).toString(), json.path("against").asText());
        assertEquals(List.of("gpu_device_buffer"), List.of(json.path("added").get(0).asText()));

        assertEquals(2, tool.run("compare", before.toString(), dir.resolve("missing").toString()));
        assertTrue(tool.err().contains("error: AFTER: " + dir.resolve("missing") + " does not exist"), tool.err());
        assertEquals(2, tool.run("compare", before.toString()));
        assertTrue(tool.err().contains("Missing required parameter: 'AFTER'"), tool.err());
    }
}
