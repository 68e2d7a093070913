package dev.fixturebench.probe;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fixturebench.probe.ProbeProtocol.Key;
import dev.fixturebench.probe.ProbeProtocol.Mode;
import dev.fixturebench.probe.ProbeProtocol.Result;

/**
 * Entry point of every forked JVM: {@code discover FILE}, {@code baseline FILE}, {@code archive FILE},
 * {@code measure FILE NAME [DEFINE...]}, {@code junit FILE CLASS METHOD FIGURE [DEFINE...]},
 * {@code junit4|testng FILE CLASS METHOD FIGURE} or a whole-suite mode (each DEFINE: what of the fixture API the fork
 * must define, as {@link ProbeProtocol#DECLARED_OPERAND} says). Writes one JSON object to FILE and exits.
 * It depends only on the JDK and JUnit; the fixture API is touched only in the modes that need it.
 */
public final class ProbeMain {

    /** System property: how many builds to run and discard in the fork before the measured one (default none). */
    public static final String WARMUP_PROPERTY = "fixturebench.warmup";

    /**
     * System property: {@code false} makes the fork read no live heap (each reading a full collection and a walk of
     * the heap) and report no heap figure. The tool asks it of all but the first of a fixture's forks.
     */
    public static final String LIVE_HEAP_PROPERTY = "fixturebench.liveHeap";

    /** Configuration parameter naming the fixture that {@link FixtureProbeTest} builds. */
    public static final String FIXTURE_PARAMETER = "fixturebench.probe.fixture";

    private static final String USAGE = "usage: ProbeMain discover|baseline|archive FILE"
            + " | measure FILE FIXTURE [DEFINE...] | junit FILE CLASS METHOD FIGURE [DEFINE...] | junit4|testng FILE CLASS METHOD FIGURE | resource FILE CLASS [KEY=VALUE...] | suite FILE CLASSES_FILE [SETUP_SHOW_FILE] | plain-suite FILE CLASSES_FILE";

    /**
     * JVM options every fork of the probe starts with: HotSpot's diagnostic command and thread bean opened to it, so
     * the live-heap reading and the thread counters need no platform MBean lookup, and the JDK's shutdown slots
     * exported, so {@link LastHook} can say when the fork's shutdown hooks are done (where the JDK has no such package
     * an option is ignored with a warning).
     */
    public static final List<String> JVM_OPTIONS = List.of(
            "--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED",
            "--add-exports=java.management/sun.management=ALL-UNNAMED",
            "--add-exports=java.base/jdk.internal.access=ALL-UNNAMED");

    private ProbeMain() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Path resultFile = Path.of(args[1]);
        List<String> operands = Arrays.asList(args).subList(2, args.length);
        ExitWatch exitWatch = ExitWatch.install(resultFile);
        LastHook.install(resultFile);
        Map<String, Object> result;
        int exitCode = 0;
        try {
            result = run(args[0], operands);
        } catch (Throwable t) {
            result = new LinkedHashMap<>();
            result.put(Key.STATUS, Failures.status(t));
            result.put(Key.ERROR, stackTrace(t));
            exitCode = 1;
        }
        try {
            if (exitWatch.claim()) {
                write(resultFile, JsonOut.write(result));
            }
        } catch (IOException e) {
            e.printStackTrace();
            exitCode = 1;
        }
        System.out.flush();
        System.err.flush();
        LastHook.exit(exitCode);
    }

    private static Map<String, Object> run(String mode, List<String> operands) throws Throwable {
        switch (mode) {
            case Mode.DISCOVER:
                return apiAvailable() ? ApiProbe.discover() : noApiFixtures();
            case Mode.BASELINE:
                return baseline();
            case Mode.ARCHIVE:
                return ArchiveTraining.run(apiAvailable());
            case Mode.MEASURE:
                require(operands, 1);
                return ApiProbe.measure(operands.get(0), operands.subList(1, operands.size()));
            case Mode.JUNIT:
                require(operands, 3);
                return JUnitProbe.measure(operands.get(0), operands.get(1), operands.get(2),
                        operands.subList(3, operands.size()));
            case Mode.JUNIT4:
                require(operands, 3);
                return JUnit4Probe.measure(operands.get(0), operands.get(1), operands.get(2));
            case Mode.TESTNG:
                require(operands, 3);
                return TestNGProbe.measure(operands.get(0), operands.get(1), operands.get(2));
            case Mode.RESOURCE:
                require(operands, 1);
                return ResourceProbe.measure(operands.get(0), operands.subList(1, operands.size()));
            case Mode.SUITE:
                require(operands, 1);
                return SuiteProbe.run(Path.of(operands.get(0)), operands.size() > 1 ? Path.of(operands.get(1)) : null,
                        true, apiAvailable());
            case Mode.PLAIN_SUITE:
                require(operands, 1);
                return SuiteProbe.run(Path.of(operands.get(0)), null, false, false);
            default:
                throw new IllegalArgumentException("unknown probe mode '" + mode + "'; " + USAGE);
        }
    }

    /** One empty test run by the suite's own framework: the Platform's launcher, JUnit 4 or TestNG. */
    static Map<String, Object> baseline() {
        String framework = Frameworks.forBaseline();
        if (Frameworks.PLATFORM.equals(framework)) {
            return Outcome.launch(EmptyProbeTest.class, Map.of());
        }
        if (Frameworks.JUNIT4.equals(framework)) {
            return JUnit4Probe.baseline();
        }
        if (Frameworks.TESTNG.equals(framework)) {
            return TestNGProbe.baseline();
        }
        throw new IllegalStateException("the class path has no test framework the probe can run an empty test with:"
                + " neither JUnit Jupiter's engine on the Platform, JUnit 4 nor TestNG");
    }

    /** Whether the suite uses the fixture API; asked without loading {@link ApiProbe}, which needs it. */
    private static boolean apiAvailable() {
        try {
            Class.forName("dev.fixturebench.api.FixtureRegistry", false, ProbeMain.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }

    private static Map<String, Object> noApiFixtures() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(Key.STATUS, Result.OK);
        result.put(Key.FIXTURES, List.of());
        return result;
    }

    private static void require(List<String> operands, int count) {
        if (operands.size() < count) {
            throw new IllegalArgumentException(USAGE);
        }
    }

    static int warmups() {
        return Integer.getInteger(WARMUP_PROPERTY, 0);
    }

    /** A fork's result: {@code status}, refined to {@code oom} by the failure, its error text, the JVM's uptime. */
    static Map<String, Object> report(String status, Throwable failure) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(Key.STATUS, status);
        boolean skipped = Result.SKIPPED.equals(status);
        if (failure != null && !skipped) {
            result.put(Key.STATUS, Failures.status(failure));
        }
        result.put(Key.ERROR, failure == null ? null : skipped ? failure.getMessage()
                : Failures.hint(stackTrace(failure)));
        result.put(Key.JVM_UPTIME_MS, ManagementFactory.getRuntimeMXBean().getUptime());
        return result;
    }

    static String stackTrace(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** Writes {@code text} to {@code file} whole or not at all: into a file beside it, then moved into its place. */
    static void write(Path file, String text) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
