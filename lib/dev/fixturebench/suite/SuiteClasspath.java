package dev.fixturebench.suite;

import java.nio.file.Path;
import java.util.List;

/**
 * What a fork needs to run a suite: its test class path, the JUnit Platform launcher matching its version where it
 * runs on the Platform, and which test frameworks it has.
 *
 * @param description   how the user named the suite, for reports
 * @param testClasses   the folders holding the suite's compiled test classes, scanned for tests and fixtures
 * @param entries       the suite's test class path, its own output directories first
 * @param launcher      junit-platform-launcher jars of the suite's platform version, when it has the Platform but not them
 * @param frameworks    the suite's test frameworks with their versions, as reports name them
 *                      ({@code JUnit Platform 1.11.4 + JUnit 4.13.2})
 */
public record SuiteClasspath(String description, List<Path> testClasses, List<Path> entries, List<Path> launcher,
                             String frameworks) {

    public SuiteClasspath {
        testClasses = List.copyOf(testClasses);
        entries = List.copyOf(entries);
        launcher = List.copyOf(launcher);
    }
}
