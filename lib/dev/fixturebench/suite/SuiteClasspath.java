package dev.fixturebench.suite;

import java.nio.file.Path;
import java.util.List;

/**
 * What a fork needs to run a suite: its test class path and the JUnit Platform launcher matching its version.
 *
 * @param description   how the user named the suite, for reports
 * @param testClasses   the folders holding the suite's compiled test classes, scanned for tests and fixtures
 * @param entries       the suite's test class path, its own output directories first
 * @param launcher      junit-platform-launcher jars of the suite's platform version, when not already in entries
 * @param junitPlatform the suite's JUnit Platform version
 */
public record SuiteClasspath(String description, List<Path> testClasses, List<Path> entries, List<Path> launcher,
                             String junitPlatform) {

    public SuiteClasspath {
        testClasses = List.copyOf(testClasses);
        entries = List.copyOf(entries);
        launcher = List.copyOf(launcher);
    }
}
