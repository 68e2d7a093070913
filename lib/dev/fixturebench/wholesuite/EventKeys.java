package dev.fixturebench.wholesuite;

import dev.fixturebench.discovery.DiscoveredFixture;
import dev.fixturebench.fork.ProbeCall;
import dev.fixturebench.probe.ProbeProtocol.Figure;
import dev.fixturebench.probe.ProbeProtocol.Mode;
import dev.fixturebench.probe.ProbeProtocol.Suite;

/**
 * Which whole-suite events are a fixture's: an API fixture's builds by name, a lifecycle method's calls by its
 * declaring class and signature, extension work by the test class whose set-up (or whose tests' set-up) it is.
 */
final class EventKeys {

    private EventKeys() {
    }

    /** The event key of {@code fixture}, or null when a suite run records nothing for it. */
    static String of(DiscoveredFixture fixture) {
        ProbeCall call = fixture.probe();
        if (call.mode().equals(Mode.MEASURE)) {
            return Suite.API + call.operands().get(0);
        }
        if (!call.isNative()) {
            return null;
        }
        String runClass = call.operands().get(0);
        String figure = call.operands().get(2);
        String lifecycle = Figure.lifecycleKey(figure);
        if (lifecycle != null) {
            return Suite.CALL + lifecycle;
        }
        if (figure.equals(Figure.CLASS_EXTENSIONS)) {
            return Suite.CLASS_WINDOW + runClass;
        }
        return figure.equals(Figure.METHOD_EXTENSIONS) ? Suite.TEST_WINDOW + runClass : null;
    }
}
