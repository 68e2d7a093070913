package dev.fixturebench.model;

/**
 * One test class in a run of the whole suite (medians over the runs).
 *
 * @param className  binary name
 * @param setupMs    container start to its first test: extensions, {@code @BeforeAll}, a Spring context
 * @param testsMs    first test start to last test end: the tests with their per-test fixtures
 * @param teardownMs last test end to container end: {@code @AfterAll}, closing class-scoped values
 * @param tests      tests that ran
 * @param context    the Spring context it ran with ({@code context-N}), or null
 */
public record ClassTiming(String className, double setupMs, double testsMs, double teardownMs, int tests,
                          String context) {
}
