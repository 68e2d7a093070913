package dev.fixturebench.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import dev.fixturebench.discovery.DiscoveredSuite;
import dev.fixturebench.fork.Forker;
import dev.fixturebench.model.WholeSuite;
import dev.fixturebench.suite.SuiteException;
import dev.fixturebench.wholesuite.TestClasses;
import dev.fixturebench.wholesuite.WholeSuiteBenchmark;

/**
 * The suite run for real, as --whole-suite and the recording overhead benchmark run it: the test classes chosen of
 * those mvn test runs, in forks with the suite's own time limit.
 */
final class SuiteRuns {

    private final WholeSuiteOptions options;

    SuiteRuns(WholeSuiteOptions options) {
        this.options = options;
    }

    /**
     * Runs the selected test classes {@code runs} times, printing the first run's set-ups on {@code out} with
     * --setup-show; a run that fails costs a note in the results.
     */
    WholeSuite record(Preparation.Discovered found, Path work, Progress progress, PrintWriter out)
            throws IOException, SuiteException {
        List<String> classes = classes(found.suite());
        progress.begin("Whole suite: " + classes.size() + " test class(es) in one JVM per run", options.runs());
        Consumer<String> show = null;
        if (options.setupShow()) {
            show = line -> {
                synchronized (out) {
                    out.println(line);
                    out.flush();
                }
            };
        }
        return new WholeSuiteBenchmark(forker(found), work)
                .run(classes, found.suite().fixtures(), options.runs(), options.adviceFloor(), show,
                        progress::step);
    }

    /** Forks for suite runs: the suite's time limit, in the project's folder (the module's) as every fork. */
    Forker forker(Preparation.Discovered found) {
        return found.forker().withTimeout(options.timeout()).withGracefulStop(Duration.ofSeconds(10));
    }

    /** The test classes --suite-classes selects of those discovery kept (what mvn test runs); none is bad usage. */
    List<String> classes(DiscoveredSuite suite) throws SuiteException {
        List<String> classes = TestClasses.select(suite.testClasses(), options.classes());
        if (classes.isEmpty()) {
            Pattern pattern = options.classes();
            throw new SuiteException((pattern == null ? "mvn test runs no test class of this suite (Surefire's"
                    + " includes in the pom, or its defaults: Test*, *Test, *Tests, *TestCase)"
                    : "--suite-classes=" + pattern + " selects no test class")
                    + "; the suite's test classes: " + String.join(", ", suite.testClasses().stream().limit(10)
                    .toList()) + (suite.testClasses().size() > 10 ? ", …" : "")
                    + ". Choose some with --suite-classes=REGEX.");
        }
        return classes;
    }
}
