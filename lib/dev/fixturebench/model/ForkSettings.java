package dev.fixturebench.model;

import java.time.Duration;
import java.util.List;

/**
 * How a run's forks measured, exactly as the run command was told: what its results file records and what a resumed
 * run and the shards of one run must share.
 *
 * @param repeat       fresh forks per fixture
 * @param baselineRuns baseline forks
 * @param timeout      limit per fork
 * @param warmup       in-fork builds run and discarded before the measured one (0: init is the cold build)
 * @param jobs         forks run at the same time
 * @param jvmArgs      the JVM options every fork got, in order ({@code --jvm-arg})
 */
public record ForkSettings(int repeat, int baselineRuns, Duration timeout, int warmup, int jobs,
                           List<String> jvmArgs) {

    public ForkSettings {
        jvmArgs = List.copyOf(jvmArgs);
    }

    /** The time limit in seconds, as the results file writes it. */
    public double timeoutSeconds() {
        return timeout.toMillis() / 1000.0;
    }
}
