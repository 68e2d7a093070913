package dev.fixturebench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.fixturebench.discovery.DiscoveryException;
import dev.fixturebench.discovery.RulesException;
import dev.fixturebench.suite.SuiteException;

/**
 * Runs a command's steps with a temporary work folder and console progress, and turns the ways they fail into exit
 * codes: a suite that cannot be built or bad rules 2, other failures 1, a signal its own code (130, 143).
 */
final class Guard {

    /** A command's steps, which may fail the ways a run fails. */
    interface Steps {
        int run(Path work, Progress progress) throws SuiteException, RulesException, IOException, DiscoveryException,
                RunInterrupted;
    }

    private Guard() {
    }

    /** Runs {@code steps}; {@code interruption} is the run's signal watch, or null where none is installed. */
    static int run(Console console, Interruption interruption, Steps steps) {
        Path work = null;
        try (Progress progress = Progress.forConsole(System.err)) {
            work = Files.createTempDirectory("fixture-bench-");
            return steps.run(work, progress);
        } catch (SuiteException | RulesException | DiscoveryException | IOException e) {
            if (interruption != null && interruption.happened()) {
                // the signal stopped the build or a fork under it: that is the cause, not the failure it left
                console.err().println(RunInterrupted.MESSAGE);
                return interruption.exitCode();
            }
            console.err().println("error: " + e.getMessage());
            return e instanceof SuiteException || e instanceof RulesException ? 2 : 1;
        } catch (RunInterrupted e) {
            console.err().println(e.getMessage());
            return e.exitCode;
        } finally {
            console.flush();
            deleteQuietly(work);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind costs disk space, not results
        }
    }

    /** A signal before any fixture was measured: nothing to write, the exit code says why. */
    static final class RunInterrupted extends Exception {
        final int exitCode;

        static final String MESSAGE = "Interrupted before any fixture was measured: no results were written, so"
                + " there is nothing to --resume; run again without it.";

        RunInterrupted(int exitCode) {
            super(MESSAGE, null, false, false);
            this.exitCode = exitCode;
        }

        /** Throws when {@code interruption} saw a signal. */
        static void stopIf(Interruption interruption) throws RunInterrupted {
            if (interruption.happened()) {
                throw new RunInterrupted(interruption.exitCode());
            }
        }
    }
}
