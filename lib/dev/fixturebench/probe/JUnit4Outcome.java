package dev.fixturebench.probe;

import org.junit.Ignore;
import org.junit.runner.Description;
import org.junit.runner.notification.Failure;
import org.junit.runner.notification.RunListener;

/**
 * What a JUnit 4 run in a fork came to, kept as JUnit's notifier reports it: a failure outranks a skip (an
 * {@code @Ignore} or a failed assumption), and a run with no test finished is an error. It also tells the timings
 * where each test starts and ends, which bound the measured class's set-up and teardown.
 */
final class JUnit4Outcome extends RunListener {

    private final Verdict verdict = new Verdict("JUnit 4");

    @Override
    public void testStarted(Description description) {
        JUnitTimings.testStarted();
    }

    @Override
    public void testFinished(Description description) {
        verdict.testFinished();
        JUnitTimings.testFinished();
    }

    @Override
    public void testFailure(Failure failed) {
        verdict.fail(failed.getException());
    }

    @Override
    public void testAssumptionFailure(Failure failed) {
        verdict.skip("assumption failed: " + failed.getMessage());
    }

    @Override
    public void testIgnored(Description description) {
        Ignore ignore = description.getAnnotation(Ignore.class);
        String reason = ignore == null || ignore.value().isEmpty() ? "" : ": " + ignore.value();
        verdict.skip((description.getMethodName() == null ? "the class " + description.getClassName()
                : description.getMethodName()) + " is @Ignore'd" + reason);
    }

    String status() {
        return verdict.status();
    }

    Throwable failure() {
        return verdict.failure();
    }
}
