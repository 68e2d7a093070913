package dev.fixturebench.probe;

import java.util.List;
import java.util.Map;

import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Measures native JUnit fixtures: runs one test method of a class with every test body skipped, times the lifecycle
 * methods, and reports the figure asked for: {@code lifecycle:CLASS#METHOD}, {@code class_extensions} (the class's
 * set-up not covered by timed methods) or {@code method_extensions} (the same before one test).
 */
final class JUnitProbe {

    private static final String AUTODETECTION = "junit.jupiter.extensions.autodetection.enabled";

    private JUnitProbe() {
    }

    static Map<String, Object> measure(String className, String methodName, String figure) {
        JUnitTimings.activate(figure);
        Outcome outcome = null;
        for (int run = 0; run <= ProbeMain.warmups(); run++) {
            JUnitTimings.reset();
            // an empty class runs first, so JUnit's own first-class costs (class loading, JIT) are not the fixture's
            outcome = Outcome.execute(List.of(DiscoverySelectors.selectClass(EmptyProbeTest.class),
                    DiscoverySelectors.selectClass(className)), Map.of(AUTODETECTION, "true"),
                    onlyMethod(className, methodName), new SetupWatch(className));
        }
        Map<String, Object> result = ProbeMain.report(outcome);
        Map<String, Object> figures = JUnitTimings.figures(figure);
        result.putAll(figures);
        if ("ok".equals(result.get("status")) && figures.get("init_ms") == null) {
            String skipped = JUnitTimings.skipReason();
            result.put("status", skipped != null ? "skipped" : "error");
            result.put("error", skipped != null ? skipped : "running " + className + "#" + methodName
                    + " gave no figure for '" + figure + "': the fixture never ran. Lifecycle calls seen: "
                    + figures.get("lifecycle_calls"));
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
