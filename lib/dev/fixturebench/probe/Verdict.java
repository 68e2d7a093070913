package dev.fixturebench.probe;

import dev.fixturebench.probe.ProbeProtocol.Result;

/**
 * What a JUnit 4 or TestNG run in a fork came to: a failure outranks a skip (the framework's reason kept, and told to
 * the timings), and a run that finished no test is an error naming the framework that ran.
 */
final class Verdict {

    private final String framework;
    private String status = Result.OK;
    private Throwable failure;
    private String skipReason;
    private int testsFinished;

    /** @param framework the framework's name, for the error of a run that finished no test */
    Verdict(String framework) {
        this.framework = framework;
    }

    void fail(Throwable thrown) {
        if (!Result.ERROR.equals(status)) {
            status = Result.ERROR;
            failure = thrown;
        }
    }

    void skip(String reason) {
        JUnitTimings.skipped(reason);
        if (skipReason == null) {
            skipReason = reason;
        }
        if (Result.OK.equals(status)) {
            status = Result.SKIPPED;
        }
    }

    void testFinished() {
        testsFinished++;
    }

    int testsFinished() {
        return testsFinished;
    }

    String status() {
        return Result.OK.equals(status) && testsFinished == 0 ? Result.ERROR : status;
    }

    Throwable failure() {
        if (Result.SKIPPED.equals(status)) {
            return new IllegalStateException(skipReason);
        }
        if (failure == null && testsFinished == 0) {
            return new IllegalStateException(framework + " ran no test: does the selected test exist, and is it"
                    + " enabled?");
        }
        return failure;
    }
}
