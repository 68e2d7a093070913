package dev.fixturebench.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.fixturebench.probe.ProbeProtocol.Key;
import dev.fixturebench.probe.ProbeProtocol.Result;
import dev.fixturebench.probe.ProbeProtocol.Suite;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * Runs test classes for real in this one JVM, the way Maven Surefire runs a suite by default, and reports what
 * {@link SuiteRecorder} saw. The suite's own failures are its results, not the probe's: the fork reports ok whenever
 * the launcher ran. In plain mode nothing of the probe is registered, for the overhead benchmark.
 */
final class SuiteProbe {

    private static final String PARALLEL = "junit.jupiter.execution.parallel.enabled";
    private static final String AUTODETECTION_INCLUDE = "junit.jupiter.extensions.autodetection.include";

    private SuiteProbe() {
    }

    static Map<String, Object> run(Path classesFile, Path setupShowFile, boolean instrumented, boolean api)
            throws IOException {
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (String line : Files.readAllLines(classesFile, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                selectors.add(DiscoverySelectors.selectClass(line.trim()));
            }
        }
        Map<String, Object> result;
        if (!instrumented) {
            long start = System.nanoTime();
            Outcome outcome = Outcome.execute(selectors, Map.of(PARALLEL, "false"), null);
            return suiteResult(outcome, System.nanoTime() - start);
        }
        try (SetupShow show = SetupShow.to(setupShowFile)) {
            SuiteRecorder recorder = new SuiteRecorder(show);
            SuiteRecorder.activate(recorder);
            if (api) {
                ApiSuiteHooks.install(recorder);
            }
            long start = System.nanoTime();
            Outcome outcome = Outcome.execute(selectors, parameters(), null, recorder);
            long wall = System.nanoTime() - start;
            SuiteRecorder.activate(null);
            result = suiteResult(outcome, wall);
            result.putAll(recorder.figures());
        }
        return result;
    }

    /**
     * One test at a time (the recorder follows one thread), and the probe's timer registered by auto-detection; where
     * the suite does not switch auto-detection on itself, only the probe's extensions are auto-detected (JUnit 5.11+
     * reads the include pattern; older versions detect every registered extension).
     */
    private static Map<String, String> parameters() {
        Map<String, String> parameters = new java.util.HashMap<>();
        parameters.put(PARALLEL, "false");
        parameters.put(JUnitProbe.AUTODETECTION, "true");
        if (!suiteAutodetects()) {
            parameters.put(AUTODETECTION_INCLUDE, SuiteProbe.class.getPackageName() + ".*");
        }
        return parameters;
    }

    /** Whether the suite's junit-platform.properties switches extension auto-detection on. */
    private static boolean suiteAutodetects() {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("junit-platform.properties")) {
            if (in == null) {
                return false;
            }
            properties.load(in);
        } catch (IOException unreadable) {
            return false;
        }
        return Boolean.parseBoolean(properties.getProperty(JUnitProbe.AUTODETECTION, "false").trim());
    }

    /** The fork's own status is ok once the launcher ran; the suite's failures are in its tests. */
    private static Map<String, Object> suiteResult(Outcome outcome, long wallNanos) {
        Map<String, Object> result = ProbeMain.report(outcome);
        if (!Result.OK.equals(result.get(Key.STATUS)) && outcome.testsFinished() > 0) {
            result.put(Key.STATUS, Result.OK);
            result.put(Key.ERROR, null);
        }
        result.put(Suite.WALL_MS, wallNanos / 1e6);
        return result;
    }
}
