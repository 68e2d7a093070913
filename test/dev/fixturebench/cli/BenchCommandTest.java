package dev.fixturebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.fixturebench.pipeline.Checkout;
import dev.fixturebench.report.JsonReport;
import dev.fixturebench.results.ResultsJson;
import dev.fixturebench.report.SampleRuns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command tree as a user meets it: run by default, one command per job, each with its own help, bad usage as 2. */
class BenchCommandTest {

    private final CommandRunner tool = new CommandRunner();

    @Test
    void noCommandRunsTheRunCommand() {
        assertEquals(2, tool.run("--max-fixtures=0"));
        assertEquals("error: Invalid value for option '--max-fixtures': 0 — it must be a whole number of at least 1."
                + "\nRun it with --help for the options.\n", tool.err());
        assertEquals(2, tool.run("run", "--max-fixtures=0"));
        assertTrue(tool.err().startsWith("error: Invalid value for option '--max-fixtures': 0"), tool.err());
    }

    @Test
    void theTopHelpIsShortAndNamesEveryCommand() {
        assertEquals(0, tool.run("--help"));
        assertTrue(tool.out().startsWith("Usage: fixture-bench [-hV] [COMMAND]"), tool.out());
        long lines = tool.out().lines().count();
        assertTrue(lines < 60, lines + " lines: " + tool.out());
        for (String command : List.of("run", "list", "serve", "compare", "merge", "startup", "suite-overhead",
                "profile")) {
            assertTrue(tool.out().contains(System.lineSeparator() + "  " + command + " "), command + ": " + tool.out());
        }
        assertTrue(tool.outFolded().contains("fixture-bench --max-fixtures=10 its first 10 fixtures"), tool.out());
    }

    @Test
    void eachCommandsHelpShowsOnlyItsOwnOptionsAndTheExitCodes() {
        Map<String, List<String>> own = Map.of(
                "run", List.of("--repeat=N", "--filter=REGEX", "--whole-suite", "--compare=RESULTS", "--no-cds",
                        "--[no-]startup-profile", "--fixture-profiles", "--jvm-arg=ARG", "--resume"),
                "list", List.of("--format=FORMAT", "--filter=REGEX", "--shard=I/N", "--project=DIR"),
                "serve", List.of("--port=PORT", "--site=DIR"),
                "compare", List.of("BEFORE", "AFTER", "--fail-if-slower=PCT"),
                "merge", List.of("RESULTS...", "--compare=RESULTS", "--no-site"),
                "startup", List.of("--runs=N", "--[no-]startup-profile", "--no-cds", "--jvm-arg=ARG"),
                "suite-overhead", List.of("--pairs=N", "--suite-classes=REGEX"));
        Map<String, List<String>> others = Map.of(
                "run", List.of("--port", "--pairs", "--format"),
                "list", List.of("--repeat", "--whole-suite", "--compare", "--no-cds", "--out", "--resume"),
                "serve", List.of("--filter", "--repeat", "--no-site", "--compare"),
                "compare", List.of("--project", "--out", "--repeat", "--filter"),
                "merge", List.of("--project", "--repeat", "--filter", "--shard", "--whole-suite"),
                "startup", List.of("--filter", "--repeat", "--whole-suite", "--compare", "--site"),
                "suite-overhead", List.of("--filter", "--repeat", "--whole-suite", "--compare", "--site"));
        for (var command : own.entrySet()) {
            assertEquals(0, tool.run(command.getKey(), "--help"), command.getKey());
            String help = tool.outFolded();
            for (String option : command.getValue()) {
                assertTrue(help.contains(option), command.getKey() + " --help lacks " + option + ": " + help);
            }
            var spec = BenchCommand.commandLine().getSubcommands().get(command.getKey()).getCommandSpec();
            for (String option : others.get(command.getKey())) {
                assertFalse(spec.optionsMap().containsKey(option), command.getKey() + " takes another command's "
                        + option);
            }
            assertTrue(help.contains("Exit codes: 0 the command finished"), command.getKey() + ": " + help);
            assertTrue(help.contains("2 bad usage"), command.getKey() + ": " + help);
        }
        assertEquals(0, tool.run("run", "--help"));
        assertTrue(tool.outFolded().contains("130 interrupted by SIGINT"), tool.out());
        assertTrue(tool.outFolded().contains("3 --fail-if-slower"), tool.out());
        assertEquals(0, tool.run("list", "--help"));
        assertFalse(tool.outFolded().contains("3 --fail-if-slower"), "list has no gate: " + tool.out());
        assertEquals(0, tool.run("profile", "summarize", "--help"));
        assertTrue(tool.outFolded().contains("--top=N"), tool.out());
    }

    @Test
    void theFlatCommandsOptionsNameTheirNewSpelling() {
        Map<String, String> former = Map.of("--list", "fixture-bench list", "--serve=0", "fixture-bench serve",
                "--merge=a.json", "fixture-bench merge RESULTS...", "--benchmark-startup", "fixture-bench startup",
                "--benchmark-suite-overhead", "fixture-bench suite-overhead",
                "--summarize-profile=p.json", "fixture-bench profile summarize FILE",
                "--profile", "fixture-bench run --fixture-profiles",
                "--no-profile", "fixture-bench run --no-startup-profile");
        for (var spelling : former.entrySet()) {
            assertEquals(2, tool.run("--max-fixtures=2", spelling.getKey()), spelling.getKey());
            assertTrue(tool.err().contains(" is now written " + spelling.getValue() + " (one command per job"),
                    spelling.getKey() + ": " + tool.err());
        }
    }

    @Test
    void refusesNegativeAndNonNumericCountsAndMalformedValues() {
        assertEquals(2, tool.run("--max-fixtures=-3"));
        assertEquals(2, tool.run("--max-fixtures=ten"));
        assertTrue(tool.err().contains("'ten' is not an int"), tool.err());
        assertEquals(2, tool.run("--repeat=0"));
        assertEquals(2, tool.run("--timeout=soon"));
        assertTrue(tool.err().contains("'soon' is not a duration"), tool.err());
        assertEquals(2, tool.run("--whole-suite", "--suite-runs=0"));
        assertTrue(tool.err().contains("Invalid value for option '--suite-runs': 0 — it must be a whole number"
                + " of at least 1."), tool.err());
        assertEquals(2, tool.run("--whole-suite", "--suite-classes=Orders("));
        assertTrue(tool.err().contains("--suite-classes"), tool.err());
        assertEquals(2, tool.run("--fork-jvm-args=-Dx='a b"));
        assertTrue(tool.err().contains("quote"), tool.err());
        assertEquals(2, tool.run("list", "--format=yaml"));
        assertEquals(2, tool.run("startup", "--runs=0"));
        assertEquals(2, tool.run("suite-overhead", "--pairs=0"));
    }

    @Test
    void zeroFixturesIsOnlyForARunOfTheWholeSuite() throws Exception {
        assertEquals(2, tool.run("list", "--max-fixtures=0"));
        assertTrue(tool.err().contains("Invalid value for option '--max-fixtures': 0"), tool.err());
        RunCommand run = RunOptionPairsTest.parsed("--whole-suite", "--max-fixtures=0");
        assertEquals(0, run.options().selection().maxFixtures());
    }

    @Test
    void optionsThatGoOnlyWithAnotherAreRefusedWithoutIt() {
        assertEquals(2, tool.run("--suite-runs=2"));
        assertTrue(tool.err().contains("Missing required argument(s): ([--whole-suite] [--setup-show])"), tool.err());
        assertEquals(2, tool.run("--fail-if-slower=20"));
        assertTrue(tool.err().contains("Missing required argument(s): --compare=RESULTS"), tool.err());
        assertEquals(2, tool.run("--class-path=x.jar"));
        assertTrue(tool.err().contains("Missing required argument(s): --test-classes=DIR"), tool.err());
        assertEquals(2, tool.run("--module=core"));
        assertTrue(tool.err().contains("Missing required argument(s): --project=DIR"), tool.err());
        assertEquals(2, tool.run("--site=x", "--no-site"));
        assertTrue(tool.err().contains("--site=DIR, --no-site are mutually exclusive"), tool.err());
        assertEquals(2, tool.run("--project=.", "--class-path=x.jar", "--test-classes=y"));
        assertTrue(tool.err().contains("are mutually exclusive"), tool.err());
        for (String pct : new String[] {"0", "-5", "NaN", "ten"}) {
            assertEquals(2, tool.run("--compare=earlier.json", "--fail-if-slower=" + pct), pct);
            assertTrue(tool.err().contains("Invalid value for option '--fail-if-slower': "), tool.err());
        }
    }

    @Test
    void aShardOutOfRangeOrMalformedIsBadUsage() {
        assertEquals(2, tool.run("--shard=3/2"));
        assertTrue(tool.err().contains("--shard") && tool.err().contains("I/N") && tool.err().contains("3/2"),
                tool.err());
        for (String shard : new String[] {"0/2", "1/0", "a/b", "2"}) {
            assertEquals(2, tool.run("list", "--shard=" + shard), shard);
            assertTrue(tool.err().contains("I/N"), tool.err());
        }
    }

    @Test
    void aHomePropertyThatNamesNoCheckoutIsBadUsage(@TempDir Path notACheckout) {
        String before = System.getProperty(Checkout.HOME_PROPERTY);
        System.setProperty(Checkout.HOME_PROPERTY, notACheckout.toString());
        try {
            assertEquals(2, tool.run("list"));
        } finally {
            if (before == null) {
                System.clearProperty(Checkout.HOME_PROPERTY);
            } else {
                System.setProperty(Checkout.HOME_PROPERTY, before);
            }
        }
        assertTrue(tool.err().contains("-Dfixturebench.home=" + notACheckout + " names no checkout of Fixture"
                + " Bench: " + notACheckout + " has no bench.java."), tool.err());
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsBadUsageBeforeAnyWork(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        assertEquals(2, tool.run("--out=" + file));
        assertTrue(tool.err().contains("error: --out=" + file + ": " + file + " is a file, not a folder. Name a folder"),
                tool.err());
        assertEquals(2, tool.run("--out=" + file.resolve("inside")));
        assertTrue(tool.err().contains("is a file, not a folder, so no folder can be made inside it"), tool.err());
        assertEquals(2, tool.run("--site=" + file));
        assertTrue(tool.err().contains("error: --site=" + file + ": "), tool.err());
        assertEquals(2, tool.run("merge", "a.json", "--out=" + file));
        assertTrue(tool.err().contains("error: --out=" + file), tool.err());
        assertEquals(2, tool.run("--out=/proc/forbidden"));
        assertTrue(tool.err().contains("error: --out=/proc/forbidden: /proc cannot be written ("), tool.err());
        assertTrue(tool.err().contains("no permission, or a read-only file system). Name a folder this account can"
                + " write in."), tool.err());
        assertEquals(2, tool.run("--project=" + file));
        assertTrue(tool.err().contains("error: --project=" + file + " is a file, not a folder: pass the folder that"
                + " holds the suite's pom.xml."), tool.err());
        assertEquals(2, tool.run("list", "--project=" + dir.resolve("missing")));
        assertTrue(tool.err().contains(" does not exist: pass the folder"), tool.err());
    }

    @Test
    void aFolderWithoutAPomIsBadUsageAndWritesNothing(@TempDir Path empty) {
        Path out = empty.resolve("report");
        assertEquals(2, tool.run("--project=" + empty, "--out=" + out));
        assertTrue(tool.err().contains("has no pom.xml, so it is not a Maven project"), tool.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void compareWithResultsThatAreNotThereIsBadUsageBeforeAnyBuild(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Path missing = dir.resolve("missing.json");
        assertEquals(2, tool.run("--project=" + dir, "--out=" + out, "--no-site", "--compare=" + missing));
        assertTrue(tool.err().contains("error: --compare: " + missing + " does not exist"), tool.err());
        assertTrue(Files.notExists(out), "nothing written");
        Path notOurs = Files.writeString(dir.resolve("package.json"), "{\"name\": \"x\"}");
        assertEquals(2, tool.run("--project=" + dir, "--out=" + out, "--no-site", "--compare=" + notOurs));
        assertTrue(tool.err().contains("error: --compare: " + notOurs + " is not a Fixture Bench results file"),
                tool.err());
    }

    @Test
    void resumeWithNoRunToFinishIsBadUsage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertEquals(2, tool.run("--project=" + dir, "--out=" + out, "--no-site", "--resume"));
        assertTrue(tool.err().contains("error: --resume: nothing to resume in " + out), tool.err());
        Files.createDirectories(out);
        com.fasterxml.jackson.databind.node.ObjectNode old = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(ResultsJson.write(SampleRuns.run()));
        old.remove(List.of("format", "started", "catalog"));
        Files.writeString(out.resolve(JsonReport.FILE_NAME), old.toString());
        assertEquals(2, tool.run("--project=" + dir, "--out=" + out, "--no-site", "--resume"));
        assertTrue(tool.err().contains("older Fixture Bench"), tool.err());
    }

    @Test
    void servingAFolderWithNoSiteOrAPortInUseIsBadUsage(@TempDir Path empty) throws Exception {
        assertEquals(2, tool.run("serve", "--port=0", "--site=" + empty));
        assertTrue(tool.err().contains("No site in " + empty.toAbsolutePath() + ": run fixture-bench first"),
                tool.err());
        Files.writeString(empty.resolve("index.html"), "<!DOCTYPE html><title>a site</title>");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            assertEquals(2, tool.run("serve", "--port=" + taken.getLocalPort(), "--site=" + empty));
            assertTrue(tool.err().contains("is already in use"), tool.err());
        }
        assertEquals(2, tool.run("serve", "--port=70000", "--site=" + empty));
        assertEquals(2, tool.run("serve", "--no-site"));
    }

    @Test
    void helpPrintsNoFormattingWarnings() {
        // picocli formats each description with String.format: a lone % makes --help print
        // "[picocli WARN] Could not format ..." on the JVM's standard error for that option
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String command : List.of("run", "list", "serve", "compare", "merge", "startup", "suite-overhead",
                    "profile")) {
                assertEquals(0, tool.run(command, "--help"), command);
            }
            assertEquals(0, tool.run("--help"));
        } finally {
            System.setErr(original);
        }
        assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8), "--help printed warnings");
    }
}
