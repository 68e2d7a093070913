package dev.fixturebench.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A validated command line.
 *
 * @param project      the suite's Maven project directory
 * @param out          where the report and results go
 * @param maxFixtures  how many fixtures to measure at most, or null for all
 * @param repeat       fresh forks per fixture
 * @param baselineRuns baseline forks
 * @param timeout      limit per fork
 * @param forkJvmArgs  JVM options of every fork
 */
record BenchOptions(Path project, Path out, Integer maxFixtures, int repeat, int baselineRuns, Duration timeout,
                    List<String> forkJvmArgs) {

    BenchOptions {
        forkJvmArgs = List.copyOf(forkJvmArgs);
    }
}
