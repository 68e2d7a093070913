package dev.fixturebench.probe;

import java.util.List;
import java.util.Map;

import dev.fixturebench.api.FixtureExtension;
import dev.fixturebench.probe.ProbeProtocol.Figure;
import dev.fixturebench.probe.ProbeProtocol.Key;
import dev.fixturebench.probe.ProbeProtocol.Result;

import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Measures native JUnit fixtures: runs one test method of a class with every test body skipped, times the lifecycle
 * methods, and reports the figure asked for (see {@link ProbeProtocol.Figure}).
 */
final class JUnitProbe {

    /** The configuration parameter that switches Jupiter's extension auto-detection on. */
    static final String AUTODETECTION = "junit.jupiter.extensions.autodetection.enabled";

    private JUnitProbe() {
    }

    static Map<String, Object> measure(String className, String methodName, String figure) {
        return measure(className, methodName, figure, List.of());
    }

    /** As above; {@code needed}, where given, names what of the fixture API the class asks for (see ApiProbe). */
    static Map<String, Object> measure(String className, String methodName, String figure, List<String> needed) {
        if (!needed.isEmpty()) {
            ApiProbe.defineOnly(needed);
        }
        if (!figure.equals(Figure.METHOD_EXTENSIONS)) {
            // the test's body is skipped and no figure covers its parameters: the fixture API need not build them
            // (a constant of the API, inlined: the API's classes are not loaded here)
            System.setProperty(FixtureExtension.UNBUILT_TEST_PARAMETERS_PROPERTY, "true");
        }
        JUnitTimings.activate(figure);
        Outcome outcome = null;
        for (int run = 0; run <= ProbeMain.warmups(); run++) {
            JUnitTimings.reset();
            if (run == ProbeMain.warmups()) {
                JUnitTimings.profileThisRun();
            }
            // an empty class runs first, so JUnit's own first-class costs (class loading, JIT) are not the fixture's
            outcome = Outcome.execute(List.of(DiscoverySelectors.selectClass(EmptyProbeTest.class),
                    DiscoverySelectors.selectClass(className)), Map.of(AUTODETECTION, "true"),
                    onlyMethod(className, methodName), new SetupWatch(className));
        }
        return withFigures(outcome.report(), figure, className, methodName);
    }

    /**
     * {@code result} with the figures of {@code figure} the timings hold; a run that went well but never reached the
     * fixture is skipped where the framework said why, else an error naming the test and the calls it saw.
     */
    static Map<String, Object> withFigures(Map<String, Object> result, String figure, String className,
                                           String methodName) {
        // strings are joined with + only where it goes wrong: the fork's first such join costs 6-7 ms (the JDK's
        // string concatenation linked), which a fork whose suite code joined none would pay here, after its figures
        Map<String, Object> figures = JUnitTimings.figures(figure);
        result.putAll(figures);
        if (Result.OK.equals(result.get(Key.STATUS)) && figures.get(Key.INIT_MS) == null) {
            String skipped = JUnitTimings.skipReason();
            result.put(Key.STATUS, skipped != null ? Result.SKIPPED : Result.ERROR);
            result.put(Key.ERROR, skipped != null ? skipped : "running " + className + "#" + methodName
                    + " gave no figure for '" + figure + "': the fixture never ran. Lifecycle calls seen: "
                    + figures.get(Key.LIFECYCLE_CALLS));
        }
        return result;
    }

    /** Keeps the one test method to run; containers stay, and the launcher prunes those left empty. */
    private static PostDiscoveryFilter onlyMethod(String className, String methodName) {
        return descriptor -> {
            TestSource source = descriptor.getSource().orElse(null);
            if (!(source instanceof MethodSource)) {
                return FilterResult.included("container");
            }
            MethodSource method = (MethodSource) source;
            boolean wanted = method.getClassName().equals(EmptyProbeTest.class.getName())
                    || method.getClassName().equals(className) && method.getMethodName().equals(methodName);
            return FilterResult.includedIf(wanted, () -> "the measured test", () -> "another test");
        };
    }
}
