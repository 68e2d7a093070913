package dev.fixturebench.probe;

/**
 * Where a call of user code that a framework's probe intercepts is timed: by the whole-suite recorder when the fork
 * runs the suite, by the native-fixture timings when it measures one fixture, else not at all.
 */
final class CallTimer {

    private CallTimer() {
    }

    /** Runs {@code call} under {@code key}, a call of {@code kind} ({@code BeforeEach}, {@code BeforeClass}, …). */
    static <T> T time(String key, String kind, JUnitTimings.Call<T> call) throws Throwable {
        SuiteRecorder suite = SuiteRecorder.active();
        if (suite != null) {
            return suite.time(key, kind, call);
        }
        if (!JUnitTimings.active()) {
            return call.run();
        }
        return JUnitTimings.time(key, kind, call);
    }

    /** Whether the fork runs test bodies: in a whole-suite run they are the tests; a fixture's fork skips them. */
    static boolean runsBodies() {
        return SuiteRecorder.active() != null || !JUnitTimings.active();
    }
}
