package dev.fixturebench.model;

/**
 * What one fixture cost a real run of the suite: how often it was built, in all and per build, and how many tests
 * used it. With several suite runs, each figure is the median over the runs (the per-build median over every build).
 *
 * @param builds       times it was built in one run
 * @param totalMs      time spent building it in one run: its own build, not the fixtures it depends on
 * @param medianMs     the median build
 * @param teardownMs   time spent closing it in one run; 0 when nothing was closed
 * @param tests        tests that used it, directly or through a fixture that depends on it
 * @param classes      test classes it was built for
 */
public record InSuite(int builds, double totalMs, double medianMs, double teardownMs, int tests, int classes) {
}
