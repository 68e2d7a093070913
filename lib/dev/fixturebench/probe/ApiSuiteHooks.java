package dev.fixturebench.probe;

import dev.fixturebench.api.FixtureListener;
import dev.fixturebench.api.FixtureRegistry;
import dev.fixturebench.api.Fixtures;

/**
 * Tells a {@link SuiteRecorder} of every fixture-API build, close and request in a whole-suite fork. Loading this
 * class needs the API, so {@link ProbeMain} checks that the suite has it first.
 */
final class ApiSuiteHooks implements FixtureListener {

    private final SuiteRecorder recorder;

    private ApiSuiteHooks(SuiteRecorder recorder) {
        this.recorder = recorder;
    }

    static void install(SuiteRecorder recorder) {
        Fixtures.listen(new ApiSuiteHooks(recorder));
    }

    @Override
    public void created(String name, long totalNanos, long ownNanos) {
        recorder.built(name, scope(name), totalNanos, ownNanos);
    }

    @Override
    public void closed(String name, long nanos, Throwable failure) {
        recorder.closed(name, scope(name), nanos);
    }

    @Override
    public void resolved(String name) {
        recorder.resolved(name);
    }

    private static String scope(String name) {
        return FixtureRegistry.shared().require(name).scope().label();
    }
}
