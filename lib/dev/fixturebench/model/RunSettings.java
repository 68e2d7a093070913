package dev.fixturebench.model;

/**
 * How a run measured.
 *
 * @param suite            the suite's project directory or class path description
 * @param junitPlatform    the suite's JUnit Platform version the forks ran
 * @param repeat           fresh forks per fixture
 * @param baselineRuns     baseline forks
 * @param timeoutSeconds   limit per fork
 * @param warmup           in-fork builds run and discarded before the measured one (0: init is the cold build)
 * @param jobs             forks run at the same time
 * @param classDataSharing whether the forks started from a class-data sharing archive, and why or why not
 */
public record RunSettings(String suite, String junitPlatform, int repeat, int baselineRuns, double timeoutSeconds,
                          int warmup, int jobs, ClassDataSharing classDataSharing) {
}
