package dev.fixturebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.RunSettings;
import dev.fixturebench.report.JsonReport;
import dev.fixturebench.report.SampleRuns;
import dev.fixturebench.results.ResultsFile;
import dev.fixturebench.results.ResultsJson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs the command; {@link #out} and {@link #err} then hold what this call printed, and only that. */
    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return BenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** Two real results files, so a combination is refused for what it combines, not for a missing file. */
    private static String[] resultsFiles(Path dir) throws java.io.IOException {
        String text = dev.fixturebench.results.ResultsJson.write(dev.fixturebench.report.SampleRuns.run());
        Path a = Files.writeString(dir.resolve("a.json"), text);
        Path b = Files.writeString(dir.resolve("b.json"), text);
        return new String[] {a.toString(), b.toString()};
    }

    @Test
    void refusesZeroFixturesWithExitCodeTwo() {
        assertEquals(2, run("--max-fixtures=0"));
        assertTrue(err.toString().contains("error: Invalid value for option '--max-fixtures': 0 — it must be a whole"
                + " number of at least 1.\nRun it with --help for the options."), err.toString());
    }

    @Test
    void refusesNegativeAndNonNumericCounts() {
        assertEquals(2, run("--max-fixtures=-3"));
        assertEquals(2, run("--max-fixtures=ten"));
        assertTrue(err.toString().contains("'ten' is not an int"), err.toString());
        assertEquals(2, run("--repeat=0"));
    }

    @Test
    void formatWithoutListIsBadUsage() {
        assertEquals(2, run("--format=json"));
        assertTrue(err.toString().contains("--format chooses how --list prints"), err.toString());
    }

    @Test
    void servingAFolderWithNoSiteOrAPortInUseIsBadUsage(@TempDir Path empty) throws Exception {
        assertEquals(2, run("--serve=0", "--site=" + empty));
        assertTrue(err.toString().contains("No site in " + empty.toAbsolutePath() + ": run fixture-bench first"),
                err.toString());
        Files.writeString(empty.resolve("index.html"), "<!DOCTYPE html><title>a site</title>");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            assertEquals(2, run("--serve=" + taken.getLocalPort(), "--site=" + empty));
            assertTrue(err.toString().contains("is already in use"), err.toString());
        }
        assertEquals(2, run("--serve=70000", "--site=" + empty));
        assertEquals(2, run("--serve", "--no-site"));
        assertEquals(2, run("--site=" + empty, "--no-site"));
    }

    @Test
    void refusesAMalformedTimeout() {
        assertEquals(2, run("--timeout=soon"));
        assertTrue(err.toString().contains("'soon' is not a duration"), err.toString());
    }

    @Test
    void helpExplainsTheOptionsAndExitCodes() {
        assertEquals(0, run("--help"));
        String help = out.toString().replaceAll("\\s+", " ");
        assertTrue(help.contains("--max-fixtures=N"), help);
        assertTrue(help.contains("Default: target/fixture-bench"), help);
        assertTrue(help.contains("2 bad usage"), help);
        assertTrue(help.contains("--no-cds Start every fork without a class-data sharing archive."), help);
        assertTrue(help.contains("fixture-bench --max-fixtures=10 its first 10 fixtures"), help);
    }

    @Test
    void theUsageIsHeadedByTheCommandsName() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().startsWith("Usage: fixture-bench [-hV]"), out.toString());
        assertTrue(out.toString().contains("Examples (from a checkout, write ./jbang bench.java for fixture-bench):"
                + System.lineSeparator() + "  fixture-bench "), out.toString());
    }

    @Test
    void aHomePropertyThatNamesNoCheckoutIsBadUsage(@TempDir Path notACheckout) {
        String before = System.getProperty(Checkout.HOME_PROPERTY);
        System.setProperty(Checkout.HOME_PROPERTY, notACheckout.toString());
        try {
            assertEquals(2, run("--list"));
        } finally {
            if (before == null) {
                System.clearProperty(Checkout.HOME_PROPERTY);
            } else {
                System.setProperty(Checkout.HOME_PROPERTY, before);
            }
        }
        assertTrue(err.toString().contains("-Dfixturebench.home=" + notACheckout + " names no checkout of Fixture"
                + " Bench: " + notACheckout + " has no bench.java."), err.toString());
    }

    @Test
    void aFolderWithoutAPomIsBadUsageAndWritesNothing(@TempDir Path empty) throws Exception {
        Path out = empty.resolve("report");
        assertEquals(2, run("--project=" + empty, "--out=" + out));
        assertTrue(err.toString().contains("has no pom.xml, so it is not a Maven project"), err.toString());
        assertTrue(Files.notExists(out));
    }

    @Test
    void suiteOptionsWithoutWholeSuiteAreBadUsage() {
        assertEquals(2, run("--suite-runs=2"));
        assertTrue(err.toString().contains("error: --suite-runs sets how --whole-suite (or"
                + " --benchmark-suite-overhead) runs the suite; add --whole-suite, or leave --suite-runs out."),
                err.toString());
        assertEquals(2, run("--suite-classes=Orders"));
        assertTrue(err.toString().contains("--suite-classes sets how --whole-suite"), err.toString());
        assertEquals(2, run("--suite-timeout=5m"));
        assertTrue(err.toString().contains("--suite-timeout sets how --whole-suite"), err.toString());
    }

    @Test
    void wholeSuiteAndListAreBadUsageTogether() {
        assertEquals(2, run("--whole-suite", "--list"));
        assertTrue(err.toString().contains("--whole-suite, --setup-show and --benchmark-suite-overhead run the"
                + " suite's tests; --list and --benchmark-startup run none: use one."), err.toString());
        assertEquals(2, run("--setup-show", "--list"));
        assertEquals(2, run("--benchmark-suite-overhead", "--benchmark-startup"));
    }

    @Test
    void zeroFixturesIsOnlyForARunOfTheWholeSuite() {
        assertEquals(2, run("--max-fixtures=0"));
        assertEquals(2, run("--max-fixtures=0", "--list"));
        assertEquals(2, run("--max-fixtures=0", "--benchmark-suite-overhead"));
        assertTrue(err.toString().contains("Invalid value for option '--max-fixtures': 0"), err.toString());
        assertEquals(2, run("--max-fixtures=0", "--whole-suite", "--list"));
        assertTrue(err.toString().endsWith("--list and --benchmark-startup run none: use one.\nRun it with --help for"
                + " the options.\n"), "with --whole-suite 0 is accepted; only --list is refused: " + err);
        assertTrue(run("--help") == 0 && out.toString().replaceAll("\\s+", " ")
                .contains("or 0 with --whole-suite to run the suite alone"), out.toString());
    }

    @Test
    void theOverheadBenchmarkDoesNotGoWithAWholeSuiteRun() {
        assertEquals(2, run("--benchmark-suite-overhead", "--whole-suite", "--no-site"));
        assertTrue(err.toString().contains("--benchmark-suite-overhead measures the recording alone and writes no"
                + " report: leave out --whole-suite and --setup-show."), err.toString());
        assertEquals(2, run("--benchmark-suite-overhead", "--setup-show", "--no-site"));
    }

    @Test
    void refusesZeroSuiteRunsAndMalformedSuiteOptions() {
        assertEquals(2, run("--whole-suite", "--suite-runs=0"));
        assertTrue(err.toString().contains("Invalid value for option '--suite-runs': 0 — it must be a whole number"
                + " of at least 1."), err.toString());
        assertEquals(2, run("--benchmark-suite-overhead", "--suite-runs=-1"));
        assertEquals(2, run("--whole-suite", "--suite-classes=Orders("));
        assertTrue(err.toString().contains("--suite-classes"), err.toString());
        assertEquals(2, run("--whole-suite", "--suite-timeout=soon"));
        assertTrue(err.toString().contains("'soon' is not a duration"), err.toString());
    }

    @Test
    void helpExplainsTheWholeSuiteOptions() {
        assertEquals(0, run("--help"));
        String help = out.toString().replaceAll("\\s+", " ");
        for (String option : new String[] {"--whole-suite", "--setup-show", "--suite-runs=N", "--suite-classes=REGEX",
                "--suite-timeout=DURATION", "--benchmark-suite-overhead"}) {
            assertTrue(help.contains(option), option + " in: " + help);
        }
        assertTrue(help.contains("fixture-bench --whole-suite --max-fixtures=0 the suite run for real"), help);
        assertTrue(help.contains("as pytest's --setup-show does"), help);
    }

    @Test
    void failIfSlowerNeedsACompareAndAPercentageAboveZero() {
        assertEquals(2, run("--fail-if-slower=20"));
        assertTrue(err.toString().contains("error: --fail-if-slower judges a comparison: add --compare=RESULTS, or"
                + " leave --fail-if-slower out."), err.toString());
        for (String pct : new String[] {"0", "-5", "NaN"}) {
            assertEquals(2, run("--compare=earlier.json", "--fail-if-slower=" + pct), pct);
            assertTrue(err.toString().contains("Invalid value for option '--fail-if-slower': "), err.toString());
            assertTrue(err.toString().contains("a percentage above 0"), err.toString());
        }
        assertEquals(2, run("--compare=earlier.json", "--fail-if-slower=ten"));
        assertTrue(err.toString().contains("'ten'"), err.toString());
    }

    @Test
    void resumeFinishesARunAndNothingElse(@TempDir Path dir) throws Exception {
        String[] results = resultsFiles(dir);
        String refusal = "error: --resume finishes an interrupted run: leave out --list, --merge and the --benchmark-…"
                + " options.";
        for (String[] combination : new String[][] {{"--resume", "--list"},
                {"--resume", "--merge=" + results[0] + "," + results[1]}, {"--resume", "--benchmark-startup"},
                {"--resume", "--benchmark-suite-overhead"}}) {
            assertEquals(2, run(combination), String.join(" ", combination));
            assertTrue(err.toString().contains(refusal), String.join(" ", combination) + ": " + err);
        }
    }

    @Test
    void compareGoesWithARunOrAMergeOnly() {
        assertEquals(2, run("--compare=earlier.json", "--list"));
        assertTrue(err.toString().contains("error: --compare sets a run's results against earlier ones"),
                err.toString());
        assertEquals(2, run("--compare=earlier.json", "--benchmark-startup"));
    }

    @Test
    void mergeRunsNothing(@TempDir Path dir) throws Exception {
        String[] results = resultsFiles(dir);
        String merge = "--merge=" + results[0] + "," + results[1];
        String refusal = "error: --merge joins shards' results and runs nothing: leave out --list, --whole-suite,"
                + " --setup-show, --project, --class-path and the --benchmark-… options.";
        for (String[] others : new String[][] {{"--project=" + dir}, {"--class-path=x.jar", "--test-classes=" + dir},
                {"--list"}, {"--whole-suite"}, {"--benchmark-startup"}}) {
            String[] args = new String[others.length + 1];
            args[0] = merge;
            System.arraycopy(others, 0, args, 1, others.length);
            assertEquals(2, run(args), String.join(" ", args));
            assertTrue(err.toString().contains(refusal), String.join(" ", args) + ": " + err);
        }
        assertEquals(2, run(merge, "--shard=1/2"));
        assertTrue(err.toString().contains("error: --shard picks the fixtures a run measures or lists: leave out"
                + " --merge"), err.toString());
    }

    @Test
    void aShardOutOfRangeOrMalformedIsBadUsage() {
        assertEquals(2, run("--shard=3/2"));
        assertTrue(err.toString().contains("--shard"), err.toString());
        assertTrue(err.toString().contains("I/N"), err.toString());
        assertTrue(err.toString().contains("3/2"), err.toString());
        for (String shard : new String[] {"0/2", "1/0", "a/b", "2"}) {
            assertEquals(2, run("--shard=" + shard), shard);
            assertTrue(err.toString().contains("I/N"), err.toString());
        }
        assertEquals(2, run("--shard=1/2", "--benchmark-startup"));
    }

    @Test
    void compareWithResultsThatAreNotThereIsBadUsageBeforeAnyBuild(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Path missing = dir.resolve("missing.json");
        assertEquals(2, run("--project=" + dir, "--out=" + out, "--no-site", "--compare=" + missing));
        assertTrue(err.toString().contains("error: --compare: " + missing + " does not exist"), err.toString());
        assertTrue(Files.notExists(out), "nothing written");
        Path notOurs = Files.writeString(dir.resolve("package.json"), "{\"name\": \"x\"}");
        assertEquals(2, run("--project=" + dir, "--out=" + out, "--no-site", "--compare=" + notOurs));
        assertTrue(err.toString().contains("error: --compare: " + notOurs + " is not a Fixture Bench results file"),
                err.toString());
    }

    @Test
    void resumeWithNoRunToFinishIsBadUsage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertEquals(2, run("--project=" + dir, "--out=" + out, "--no-site", "--resume"));
        assertTrue(err.toString().contains("error: --resume: nothing to resume in " + out), err.toString());
        Files.createDirectories(out);
        com.fasterxml.jackson.databind.node.ObjectNode old = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(ResultsJson.write(SampleRuns.run()));
        old.remove(List.of("format", "started", "catalog"));
        Files.writeString(out.resolve(JsonReport.FILE_NAME), old.toString());
        assertEquals(2, run("--project=" + dir, "--out=" + out, "--no-site", "--resume"));
        assertTrue(err.toString().contains("older Fixture Bench"), err.toString());
    }

    /** The sample run as shard {@code shard}, having measured {@code fixtures} of it. */
    private static RunResult shardRun(String shard, FixtureResult... fixtures) {
        RunResult sample = SampleRuns.run();
        RunSettings settings = new RunSettings("/suite", "JUnit Platform 1.11.4", 3, 5, 120, 0, 1,
                sample.settings().classDataSharing(), List.of(), "0123456789abcdef", "", shard);
        return RunResult.of(Instant.parse("2026-11-26T12:00:00Z"), sample.environment(), settings, sample.suite(),
                sample.baseline(), List.of(fixtures))
                .startedAt(Instant.parse("2026-11-26T11:00:00Z"));
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
        assertEquals(0, run("--merge=" + one + "," + two.resolve(JsonReport.FILE_NAME), "--out=" + out, "--no-site"),
                err.toString());
        assertTrue(this.out.toString().contains("Merged 2 shard(s) of /suite: 4 fixture(s)."), this.out.toString());
        ResultsFile merged = ResultsFile.read(out);
        assertEquals(List.of("calib_sleep_250ms", "gpu_device_buffer", "broken_model", "z_static"),
                merged.run().fixtures().stream().map(f -> f.fixture().name()).toList());
        assertEquals("merged from 1/2 + 2/2", merged.run().settings().shard());
        assertTrue(Files.isRegularFile(out.resolve("fixture_benchmark_report.md")));

        Path again = dir.resolve("merged-again");
        assertEquals(0, run("--merge=" + two, "--merge=" + one, "--out=" + again, "--no-site"), err.toString());
        assertEquals(merged.run().fixtures(), ResultsFile.read(again).run().fixtures(),
                "repeated --merge, in any order");
    }

    @Test
    void mergeWarnsOfMissingShardsAndRefusesOneGivenTwice(@TempDir Path dir) throws Exception {
        Path one = results(dir, "shard-1", shardRun("1/3", sampleResult("z_static")));
        Path three = results(dir, "shard-3", shardRun("3/3", sampleResult("broken_model")));
        assertEquals(0, run("--merge=" + one + "," + three, "--out=" + dir.resolve("out"), "--no-site"),
                err.toString());
        assertTrue(err.toString().contains("warning: --merge: no results of shard(s) 2/3 were given"), err.toString());

        Path copy = results(dir, "shard-1-copy", shardRun("1/3", sampleResult("z_static")));
        assertEquals(2, run("--merge=" + one + "," + copy, "--out=" + dir.resolve("out2"), "--no-site"));
        assertTrue(err.toString().contains("error: --merge: shard 1/3 is given twice: "
                + one.resolve(JsonReport.FILE_NAME) + " and " + copy.resolve(JsonReport.FILE_NAME)), err.toString());
        assertEquals(2, run("--merge=" + dir.resolve("nowhere"), "--out=" + dir.resolve("out3"), "--no-site"));
        assertTrue(err.toString().contains("error: --merge: " + dir.resolve("nowhere") + " does not exist"),
                err.toString());
    }

    @Test
    void aMergedRunComparedWithAnEarlierOneFailsTheGateWhenAFixtureGotSlower(@TempDir Path dir) throws Exception {
        FixtureResult slow = SampleRuns.ok("z_static", "Static", 12.0, 0.5);
        FixtureResult slower = SampleRuns.ok("z_static", "Static", 24.0, 0.5);
        Path earlier = results(dir, "earlier", shardRun("1/1", slow, sampleResult("calib_sleep_250ms")));
        Path one = results(dir, "shard-1", shardRun("1/2", slower));
        Path two = results(dir, "shard-2", shardRun("2/2", sampleResult("calib_sleep_250ms")));
        Path out = dir.resolve("out");
        assertEquals(3, run("--merge=" + one + "," + two, "--out=" + out, "--no-site", "--compare=" + earlier,
                "--fail-if-slower=20"), err.toString());
        assertTrue(err.toString().contains("slower: z_static init 12.0 ms -> 24.0 ms (+100.0 %"), err.toString());
        assertTrue(err.toString().contains("--fail-if-slower=20: 1 fixture(s) got slower than that beyond the noise,"
                + " 0 fail now that built before; exit 3."), err.toString());
        assertTrue(Files.readString(out.resolve(JsonReport.FILE_NAME)).contains("\"comparison\" : {"),
                "the report is written before the gate fails");

        assertEquals(0, run("--merge=" + one + "," + two, "--out=" + dir.resolve("out-150"), "--no-site",
                "--compare=" + earlier, "--fail-if-slower=150"), err.toString());
        assertEquals(0, run("--merge=" + one + "," + two, "--out=" + dir.resolve("out-no-gate"), "--no-site",
                "--compare=" + earlier), err.toString());
    }

    @Test
    void helpExplainsLongRunsComparisonsAndShards() {
        assertEquals(0, run("--help"));
        String help = out.toString().replaceAll("\\s+", " ");
        for (String option : new String[] {"--resume", "--compare=RESULTS", "--fail-if-slower=PCT", "--shard=I/N",
                "--merge=RESULTS"}) {
            assertTrue(help.contains(option), option + " in: " + help);
        }
        assertTrue(help.contains("3 --fail-if-slower: a fixture got slower than the limit"), help);
        assertTrue(help.contains("130 interrupted by SIGINT"), help);
        assertTrue(help.contains("143 interrupted by SIGTERM"), help);
    }

    @Test
    void helpPrintsNoFormattingWarnings() {
        // picocli formats each description with String.format: a lone % makes --help print
        // "[picocli WARN] Could not format ..." on the JVM's standard error for that option
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(0, run("--help"));
        } finally {
            System.setErr(original);
        }
        assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8), "--help printed warnings");
    }
}
