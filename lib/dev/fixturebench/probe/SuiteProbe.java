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
 * Runs test classes for real in this one JVM, the way Maven Surefire runs a suite by default (each framework's
 * classes by that framework), and reports what {@link SuiteRecorder} saw. The suite's own failures are its results,
 * not the probe's: the fork reports ok whenever a test ran. In plain mode nothing of the probe is registered, for the
 * overhead benchmark.
 */
final class SuiteProbe {

    private static final String PARALLEL = "junit.jupiter.execution.parallel.enabled";
    private static final String AUTODETECTION_INCLUDE = "junit.jupiter.extensions.autodetection.include";

    private SuiteProbe() {
    }

    static Map<String, Object> run(Path classesFile, Path setupShowFile, boolean instrumented, boolean api)
            throws IOException {
        Map<String, List<String>> byFramework = Frameworks.partition(
                Files.readAllLines(classesFile, StandardCharsets.UTF_8).stream().map(String::trim)
                        .filter(line -> !line.isEmpty()).toList());
        if (!instrumented) {
            long start = System.nanoTime();
            Runs runs = runAll(byFramework, null);
            return suiteResult(runs, System.nanoTime() - start);
        }
        try (SetupShow show = SetupShow.to(setupShowFile)) {
            SuiteRecorder recorder = new SuiteRecorder(show);
            SuiteRecorder.activate(recorder);
            if (api) {
                ApiSuiteHooks.install(recorder);
            }
            long start = System.nanoTime();
            Runs runs = runAll(byFramework, recorder);
            long wall = System.nanoTime() - start;
            SuiteRecorder.activate(null);
            Map<String, Object> result = suiteResult(runs, wall);
            result.putAll(recorder.figures());
            List<String> notRun = byFramework.get(Frameworks.NONE);
            if (!notRun.isEmpty()) {
                result.put(Suite.NOT_RUN, notRun.size() + " JUnit 4 or TestNG test class(es) not run, as Surefire would"
                        + " not run them: the JUnit Platform is on the class path without the Vintage or TestNG engine ("
                        + String.join(", ", notRun.subList(0, Math.min(5, notRun.size())))
                        + (notRun.size() > 5 ? ", …" : "") + ")");
            }
            return result;
        }
    }

    /** What the frameworks' runs came to: the launcher's outcome where it ran, and the tests the others finished. */
    private record Runs(Outcome platform, int othersFinished) {
    }

    /**
     * Runs each framework's classes with that framework, one after the other: the JUnit Platform's through the
     * launcher, JUnit 4's and TestNG's through their own runners (where Surefire would run JUnit 4 classes through
     * Vintage, the probe's own JUnit 4 runners time their fixtures).
     */
    private static Runs runAll(Map<String, List<String>> byFramework, SuiteRecorder recorder) {
        Outcome platform = null;
        List<String> platformClasses = byFramework.get(Frameworks.PLATFORM);
        if (!platformClasses.isEmpty()) {
            List<DiscoverySelector> selectors = new ArrayList<>();
            platformClasses.forEach(name -> selectors.add(DiscoverySelectors.selectClass(name)));
            platform = recorder == null ? Outcome.execute(selectors, Map.of(PARALLEL, "false"), null)
                    : Outcome.execute(selectors, parameters(), null, new PlatformSuiteListener(recorder));
        }
        int others = 0;
        if (!byFramework.get(Frameworks.JUNIT4).isEmpty()) {
            others += JUnit4Probe.suite(byFramework.get(Frameworks.JUNIT4), recorder);
        }
        if (!byFramework.get(Frameworks.TESTNG).isEmpty()) {
            others += TestNGProbe.suite(byFramework.get(Frameworks.TESTNG), recorder);
        }
        return new Runs(platform, others);
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

    /** The fork's own status is ok once a test ran; the suite's failures are in its tests. */
    private static Map<String, Object> suiteResult(Runs runs, long wallNanos) {
        Map<String, Object> result;
        if (runs.platform() != null) {
            result = runs.platform().report();
        } else {
            result = ProbeMain.report(runs.othersFinished() > 0 ? Result.OK : Result.ERROR,
                    runs.othersFinished() > 0 ? null : new IllegalStateException("no test ran: do the classes exist,"
                            + " and are their tests enabled?"));
        }
        int finished = runs.othersFinished() + (runs.platform() == null ? 0 : runs.platform().testsFinished());
        if (!Result.OK.equals(result.get(Key.STATUS)) && finished > 0) {
            result.put(Key.STATUS, Result.OK);
            result.put(Key.ERROR, null);
        }
        result.put(Suite.WALL_MS, wallNanos / 1e6);
        return result;
    }
}
