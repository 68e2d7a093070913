package dev.fixturebench.probe;

import org.junit.Ignore;
import org.junit.runner.Description;
import org.junit.runner.notification.Failure;
import org.junit.runner.notification.RunListener;

import dev.fixturebench.probe.ProbeProtocol.Result;

/**
 * What a JUnit 4 run in a fork came to, kept as JUnit's notifier reports it: a failure outranks a skip (an
 * {@code @Ignore} or a failed assumption), and a run with no test finished is an error. It also tells the timings
 * where each test starts and ends, which bound the measured class's set-up and teardown.
 */
final class JUnit4Outcome extends RunListener {

    private String status = Result.OK;
    private Throwable failure;
    private String skipReason;
    private int testsFinished;

    @Override
    public void testStarted(Description description) {
        JUnitTimings.testStarted();
    }

    @Override
    public void testFinished(Description description) {
        testsFinished++;
        JUnitTimings.testFinished();
    }

    @Override
    public void testFailure(Failure failed) {
        if (!Result.ERROR.equals(status)) {
            status = Result.ERROR;
            failure = failed.getException();
        }
    }

    @Override
    public void testAssumptionFailure(Failure failed) {
        skip("assumption failed: " + failed.getMessage());
    }

    @Override
    public void testIgnored(Description description) {
        Ignore ignore = description.getAnnotation(Ignore.class);
        String reason = ignore == null || ignore.value().isEmpty() ? "" : ": " + ignore.value();
        skip((description.getMethodName() == null ? "the class " + description.getClassName()
                : description.getMethodName()) + " is @Ignore'd" + reason);
    }

    private void skip(String reason) {
        JUnitTimings.skipped(reason);
        if (skipReason == null) {
            skipReason = reason;
        }
        if (Result.OK.equals(status)) {
            status = Result.SKIPPED;
        }
    }

    String status() {
        return Result.OK.equals(status) && testsFinished == 0 ? Result.ERROR : status;
    }

    Throwable failure() {
        if (Result.SKIPPED.equals(status)) {
            return new IllegalStateException(skipReason);
        }
        if (failure == null && testsFinished == 0) {
            return new IllegalStateException("JUnit 4 ran no test: does the selected test exist?");
        }
        return failure;
    }
}
