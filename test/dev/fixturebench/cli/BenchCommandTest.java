package dev.fixturebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return BenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
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
}
