package dev.fixturebench.discovery;

import dev.fixturebench.fork.ProbeCall;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.JavaNames;
import dev.fixturebench.probe.ProbeProtocol.Figure;

/**
 * How each kind of native JUnit fixture is measured. Lifecycle methods are timed one by one; what extensions do
 * (registered extensions, {@code @TempDir}, resolved parameters) can only be timed together, per class or per test.
 */
final class NativeProbes {

    private NativeProbes() {
    }

    static ProbeCall call(NativeFixture fixture) {
        return ProbeCall.nativeFixture(fixture.runClass(), fixture.runMethod(), figure(fixture));
    }

    /** What the figure covers when it is more than one method's time; null for lifecycle methods. */
    static String measuredAs(NativeFixture fixture) {
        switch (fixture.kind()) {
            case BEFORE_ALL: case AFTER_ALL: case BEFORE_EACH: case AFTER_EACH:
                return null;
            case CLASS_EXTENSIONS:
                return "the class's set-up (container start to first test) less its timed lifecycle methods: time,"
                        + " CPU, allocation and classes of that work, heap it holds at the first test, teardown from"
                        + " the last test to the class's end less @AfterAll methods; extensions registered: "
                        + String.join(", ", fixture.extensions().stream().map(JavaNames::simpleName).toList());
            default:
                String owner = JavaNames.simpleName(fixture.runClass());
                return fixture.info().scope() == FixtureScope.CLASS
                        ? "all extension work of " + owner + " before its first test (" + owner + "#<extensions>)"
                        : "all extension work before one test of " + owner;
        }
    }

    private static String figure(NativeFixture fixture) {
        switch (fixture.kind()) {
            case BEFORE_ALL: case AFTER_ALL: case BEFORE_EACH: case AFTER_EACH:
                return Figure.lifecycle(fixture.info().declaredIn(), fixture.signature());
            case CLASS_EXTENSIONS:
                return Figure.CLASS_EXTENSIONS;
            default:
                return fixture.info().scope() == FixtureScope.CLASS ? Figure.CLASS_EXTENSIONS
                        : Figure.METHOD_EXTENSIONS;
        }
    }
}
