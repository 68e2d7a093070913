package dev.fixturebench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start as a new user meets it: a fresh non-root account with an empty home and no locale
 * (LANG and LC_* unset, the POSIX locale), from a fresh clone of this checkout's HEAD; on JDK 25 too where the machine
 * has it. Needs root (to make the account) and Maven Central; elsewhere it is skipped, saying why.
 */
@Tag("e2e")
class FreshAccountEndToEndTest {

    private static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    @Test
    void aNewAccountWithoutALocaleRunsTheQuickStartAsWritten(@TempDir Path temp) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/sbin/useradd")),
                "making a throw-away account needs root and useradd");
        String user = "fbfresh" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
        Path clone = temp.resolve("fixture-bench");
        assertEquals(0, run(List.of("git", "clone", "-q", Path.of("").toAbsolutePath().toString(), clone.toString()))
                .exitCode());
        assertEquals(0, run(List.of("useradd", "-m", "-s", "/bin/bash", user)).exitCode());
        try {
            assertEquals(0, run(List.of("chmod", "755", temp.toString())).exitCode());
            assertEquals(0, run(List.of("chown", "-R", user, clone.toString())).exitCode());
            String quickStart = "cd " + clone + " && ./jbang bench.java --max-fixtures=2 --repeat=1 --baseline-runs=1";
            BenchEndToEndTest.Run run = asUser(user, quickStart);
            assertEquals(0, run.exitCode(), run.output());
            assertTrue(run.output().contains("Measured 2 fixture(s)"), run.output());
            assertNoWarningOrMangledText(run.output());
            Path report = clone.resolve("target/fixture-bench/fixture_benchmark_report.md");
            assertTrue(Files.readString(report, StandardCharsets.UTF_8).contains("Baseline start-up:** "),
                    "the report is written, UTF-8");
            if (Files.isExecutable(TEMURIN_25.resolve("bin/java"))) {
                BenchEndToEndTest.Run jdk25 = asUser(user, "export JAVA_HOME=" + TEMURIN_25 + " && " + quickStart
                        + " --out=target/on-jdk-25");
                assertEquals(0, jdk25.exitCode(), jdk25.output());
                assertNoWarningOrMangledText(jdk25.output());
                assertTrue(Files.readString(clone.resolve("target/on-jdk-25/fixture_benchmark_report.md"))
                        .contains("(" + TEMURIN_25 + ")"), "the header names the JDK the forks ran on");
            }
        } finally {
            run(List.of("userdel", "-r", user));
        }
    }

    private static void assertNoWarningOrMangledText(String output) {
        for (String line : output.lines().toList()) {
            assertFalse(line.contains("WARNING") || line.contains("warning:") || line.startsWith("Note:"),
                    "a warning the user did not cause: " + line + "\n" + output);
            assertFalse(line.contains("?") && !line.contains("http"), "text the locale could not show: " + line);
        }
    }

    /** {@code script} in a login shell of {@code user} with no locale set. */
    private static BenchEndToEndTest.Run asUser(String user, String script) throws IOException, InterruptedException {
        return run(List.of("su", "-", user, "-s", "/bin/bash", "-c", "unset LANG LANGUAGE LC_ALL LC_CTYPE LC_MESSAGES;"
                + " umask 022; " + script));
    }

    private static BenchEndToEndTest.Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new BenchEndToEndTest.Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
