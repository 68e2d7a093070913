package dev.fixturebench.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the machine's {@code mvn} in batch mode, its output kept in a log file for error messages. */
final class Maven {

    private static final int TAIL_LINES = 25;

    private final Path workDirectory;

    Maven(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    /** Runs {@code mvn -B -f pom goals...}; fails with the build's last lines when Maven does. */
    void run(Path pom, String what, String... goalsAndProperties) throws Failure, SuiteException, IOException {
        List<String> command = new ArrayList<>(List.of(executable(), "-B", "-f", pom.toString()));
        command.addAll(List.of(goalsAndProperties));
        Path log = Files.createTempFile(workDirectory, "maven-", ".log");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new SuiteException("Cannot run Maven ('" + executable() + "'): " + e.getMessage()
                    + ". Install Maven 3.8+ and put mvn on the PATH.");
        }
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Maven was " + what);
        }
        if (exit != 0) {
            throw new Failure("Maven failed while " + what + " (exit code " + exit + ", command: "
                    + String.join(" ", command) + "). Its last lines:\n" + tail(log)
                    + "\nFix the build so that this command passes, then run Fixture Bench again.",
                    Files.readString(log, StandardCharsets.UTF_8));
        }
    }

    /** Maven failed; the message quotes its last lines, {@link #output()} is everything it printed. */
    static final class Failure extends SuiteException {

        private static final long serialVersionUID = 1L;

        private final String output;

        Failure(String message, String output) {
            super(message);
            this.output = output;
        }

        /** Maven's whole output, to tell one cause of failure from another. */
        String output() {
            return output;
        }
    }

    private static String executable() {
        return System.getProperty("os.name").toLowerCase().contains("win") ? "mvn.cmd" : "mvn";
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }
}
