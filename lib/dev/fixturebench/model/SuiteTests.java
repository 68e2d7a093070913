package dev.fixturebench.model;

import java.util.List;

/**
 * How the suite's own tests ended in the first run: counted by outcome, with the first failures named.
 *
 * @param passed   tests that passed
 * @param failed   tests that failed (an assertion or an error)
 * @param aborted  tests that aborted (an assumption)
 * @param skipped  tests or classes a condition switched off
 * @param failures up to 20 failed tests, {@code Class#method: message}
 */
public record SuiteTests(int passed, int failed, int aborted, int skipped, List<String> failures) {

    public SuiteTests {
        failures = List.copyOf(failures);
    }
}
