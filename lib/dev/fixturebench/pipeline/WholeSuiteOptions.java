package dev.fixturebench.pipeline;

import java.time.Duration;
import java.util.regex.Pattern;

import dev.fixturebench.model.AdviceFloor;

/**
 * How the suite runs for real in one JVM per run (--whole-suite, and the recording overhead benchmark).
 *
 * @param runs      fresh JVMs, one suite run each
 * @param classes   the test classes to run, by a pattern found in the binary name; null for what mvn test runs
 * @param timeout   limit per suite run
 * @param setupShow whether to print each set-up and teardown as the first run goes
 * @param adviceFloor advice saving less than this is not listed one by one, but counted in one line
 */
public record WholeSuiteOptions(int runs, Pattern classes, Duration timeout, boolean setupShow,
                                AdviceFloor adviceFloor) {
}
