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

    private static final String AUTODETECTION = "junit.jupiter.extensions.autodetection.enabled";

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
            Outcome outcome = Outcome.execute(selectors, Map.of(), null);
            result = suiteResult(outcome, System.nanoTime() - start);
            return result;
        }
        try (SetupShow show = SetupShow.to(setupShowFile)) {
            SuiteRecorder recorder = new SuiteRecorder(show);
            SuiteRecorder.activate(recorder);
            if (api) {
                ApiSuiteHooks.install(recorder);
            }
            long start = System.nanoTime();
            Outcome outcome = Outcome.execute(selectors, Map.of(AUTODETECTION, "true"), null, recorder);
            long wall = System.nanoTime() - start;
            SuiteRecorder.activate(null);
            result = suiteResult(outcome, wall);
            result.putAll(recorder.figures());
        }
        return result;
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
