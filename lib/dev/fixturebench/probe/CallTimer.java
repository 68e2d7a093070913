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

    /**
     * Begins a span of user code that is not one call (a rule's work either side of the statement it wraps, TestNG's
     * work between its listener's calls), to be recorded where {@link #time} records a call when it ends. A
     * {@code teardown} span is the closing work of the fixture under {@code key}.
     */
    static Span begin(String key, String kind, boolean teardown) {
        SuiteRecorder suite = SuiteRecorder.active();
        JUnitTimings.Open open = suite == null && JUnitTimings.active()
                ? JUnitTimings.begin(key, teardown ? JUnitTimings.TEARDOWN : kind) : null;
        return new Span(suite, key, teardown ? "After" + kind : kind, open);
    }

    /** A span of user code begun by {@link #begin}: {@link #end} records it, once. */
    static final class Span {
        private final SuiteRecorder suite;
        private final String key;
        private final String kind;
        private final JUnitTimings.Open open;
        private final long start = System.nanoTime();
        private boolean ended;

        private Span(SuiteRecorder suite, String key, String kind, JUnitTimings.Open open) {
            this.suite = suite;
            this.key = key;
            this.kind = kind;
            this.open = open;
        }

        void end() {
            if (ended) {
                return;
            }
            ended = true;
            if (suite != null) {
                suite.record(key, kind, start, System.nanoTime());
            }
            JUnitTimings.end(open);
        }
    }

    /** Whether the fork runs test bodies: in a whole-suite run they are the tests; a fixture's fork skips them. */
    static boolean runsBodies() {
        return SuiteRecorder.active() != null || !JUnitTimings.active();
    }
}
