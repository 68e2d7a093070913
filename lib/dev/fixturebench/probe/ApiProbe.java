package dev.fixturebench.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fixturebench.api.FixtureDeclaration;
import dev.fixturebench.api.FixtureDefinition;
import dev.fixturebench.api.FixtureRegistry;
import dev.fixturebench.api.Fixtures;
import dev.fixturebench.probe.ProbeProtocol.Key;
import dev.fixturebench.probe.ProbeProtocol.Origin;
import dev.fixturebench.probe.ProbeProtocol.Result;

/**
 * The probe modes that need the fixture API on the suite's class path: listing its definitions and building one.
 * Loading this class needs the API (its verification resolves API types), so {@link ProbeMain} checks first.
 */
final class ApiProbe {

    private ApiProbe() {
    }

    static Map<String, Object> discover() {
        List<Object> fixtures = new ArrayList<>();
        for (FixtureDefinition definition : FixtureRegistry.shared().definitions()) {
            Map<String, Object> fixture = new LinkedHashMap<>();
            fixture.put(Key.NAME, definition.name());
            fixture.put(Key.TYPE, definition.origin().generated() ? Origin.DYNAMIC : Origin.STATIC);
            fixture.put(Key.SCOPE, definition.scope().label());
            fixture.put(Key.CATEGORY, definition.category());
            fixture.put(Key.DECLARED_IN, definition.origin().declaredIn());
            fixture.put(Key.DEPENDS_ON, new ArrayList<Object>(definition.dependencies()));
            String method = methodOf(definition);
            if (method != null) {
                fixture.put(Key.METHOD, method);
            }
            fixtures.add(fixture);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(Key.STATUS, Result.OK);
        result.put(Key.FIXTURES, fixtures);
        return result;
    }

    /** The method behind {@code definition}; null where none is, or where the suite's API is older than the question. */
    private static String methodOf(FixtureDefinition definition) {
        try {
            return FixtureRegistry.methodName(definition);
        } catch (NoSuchMethodError olderApi) {
            return null; // the tool then has a fork read the fixture's class whole
        }
    }

    /**
     * Makes the fixture registry define what {@code needed} names alone ({@link ProbeProtocol#DECLARED_OPERAND}),
     * instead of scanning the suite's classes.
     */
    static void defineOnly(List<String> needed) {
        List<String> holders = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<String> declared = new ArrayList<>();
        for (String operand : needed) {
            if (operand.startsWith(ProbeProtocol.DECLARED_OPERAND)) {
                declared.add(operand.substring(ProbeProtocol.DECLARED_OPERAND.length()));
            } else if (operand.startsWith(ProbeProtocol.SOURCE_OPERAND)) {
                sources.add(operand.substring(ProbeProtocol.SOURCE_OPERAND.length()));
            } else {
                holders.add(operand);
            }
        }
        // the sources among the holders too: the registry of an older API reads the holders and makes the sources
        // among them, and knows neither other property (nor FixtureDeclaration: no declaration reaches it, as its
        // discovery named no method)
        List<String> read = new ArrayList<>(holders);
        read.addAll(sources);
        System.setProperty(FixtureRegistry.HOLDERS_PROPERTY, String.join(",", read));
        System.setProperty(FixtureRegistry.SOURCES_PROPERTY, String.join(",", sources));
        if (!declared.isEmpty()) {
            System.setProperty(FixtureRegistry.DECLARED_PROPERTY, FixtureDeclaration.joined(declared));
        }
    }

    /** Builds {@code fixture}, defining what {@code needed} names alone where it names anything. */
    static Map<String, Object> measure(String fixture, List<String> needed) {
        if (!needed.isEmpty()) {
            defineOnly(needed);
        }
        FixtureRegistry.shared().require(fixture);
        for (int i = 0; i < ProbeMain.warmups(); i++) {
            // each launcher run is a new session: the fixture and its dependencies are built and closed afresh
            Measurement.start(fixture);
            Outcome.launch(FixtureProbeTest.class, Map.of(ProbeMain.FIXTURE_PARAMETER, fixture));
        }
        Measurement measurement = Measurement.start(fixture);
        measurement.profileBuild();
        Fixtures.listen(measurement);
        Map<String, Object> result = Outcome.launch(FixtureProbeTest.class,
                Map.of(ProbeMain.FIXTURE_PARAMETER, fixture));
        result.putAll(measurement.figures());
        if (Result.OK.equals(result.get(Key.STATUS)) && !measurement.built()) {
            result.put(Key.STATUS, Result.ERROR);
            result.put(Key.ERROR, "the probe test ran but fixture '" + fixture + "' was never built");
        }
        return result;
    }
}
