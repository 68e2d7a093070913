package dev.fixturebench.probe;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fixturebench.api.FixtureDefinition;
import dev.fixturebench.api.FixtureRegistry;
import dev.fixturebench.api.Fixtures;

/**
 * Entry point of every forked JVM: {@code discover FILE}, {@code baseline FILE} or {@code measure FILE NAME}.
 * Writes one JSON object to FILE and exits; it depends only on the JDK, JUnit and the fixture API.
 */
public final class ProbeMain {

    /** Configuration parameter naming the fixture that {@link FixtureProbeTest} builds. */
    public static final String FIXTURE_PARAMETER = "fixturebench.probe.fixture";

    private ProbeMain() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || (args[0].equals("measure") && args.length < 3)) {
            System.err.println("usage: ProbeMain discover|baseline|measure RESULT_FILE [FIXTURE]");
            System.exit(2);
        }
        Path resultFile = Path.of(args[1]);
        Map<String, Object> result;
        int exitCode = 0;
        try {
            switch (args[0]) {
                case "discover":
                    result = discover();
                    break;
                case "baseline":
                    result = run(EmptyProbeTest.class, Map.of());
                    break;
                case "measure":
                    result = measure(args[2]);
                    break;
                default:
                    throw new IllegalArgumentException("unknown probe mode: " + args[0]);
            }
        } catch (Throwable t) {
            result = new LinkedHashMap<>();
            result.put("status", "error");
            result.put("error", stackTrace(t));
            exitCode = 1;
        }
        try {
            write(resultFile, JsonOut.write(result));
        } catch (IOException e) {
            e.printStackTrace();
            exitCode = 1;
        }
        System.out.flush();
        System.err.flush();
        System.exit(exitCode);
    }

    private static Map<String, Object> discover() {
        List<Object> fixtures = new ArrayList<>();
        for (FixtureDefinition definition : FixtureRegistry.shared().definitions()) {
            Map<String, Object> fixture = new LinkedHashMap<>();
            fixture.put("name", definition.name());
            fixture.put("type", definition.origin().generated() ? "dynamic" : "static");
            fixture.put("scope", definition.scope().label());
            fixture.put("category", definition.category());
            fixture.put("declared_in", definition.origin().declaredIn());
            fixture.put("depends_on", new ArrayList<Object>(definition.dependencies()));
            fixtures.add(fixture);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", "ok");
        result.put("fixtures", fixtures);
        return result;
    }

    private static Map<String, Object> measure(String fixture) {
        FixtureRegistry.shared().require(fixture);
        Measurement measurement = Measurement.start(fixture);
        Fixtures.listen(measurement);
        Map<String, Object> result = run(FixtureProbeTest.class, Map.of(FIXTURE_PARAMETER, fixture));
        result.putAll(measurement.figures());
        if ("ok".equals(result.get("status")) && !measurement.built()) {
            result.put("status", "error");
            result.put("error", "the probe test ran but fixture '" + fixture + "' was never built");
        }
        return result;
    }

    private static Map<String, Object> run(Class<?> probeClass, Map<String, String> parameters) {
        Outcome outcome = Outcome.execute(probeClass, parameters);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", outcome.status());
        Throwable failure = outcome.failure();
        boolean skipped = "skipped".equals(outcome.status());
        result.put("error", failure == null ? null : skipped ? failure.getMessage() : stackTrace(failure));
        result.put("jvm_uptime_ms", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        return result;
    }

    static String stackTrace(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static void write(Path file, String json) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(partial, json, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
