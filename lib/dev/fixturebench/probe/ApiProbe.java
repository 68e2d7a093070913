package dev.fixturebench.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fixturebench.api.FixtureDefinition;
import dev.fixturebench.api.FixtureRegistry;
import dev.fixturebench.api.Fixtures;

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

    static Map<String, Object> measure(String fixture) {
        FixtureRegistry.shared().require(fixture);
        for (int i = 0; i < ProbeMain.warmups(); i++) {
            // each launcher run is a new session: the fixture and its dependencies are built and closed afresh
            Measurement.start(fixture);
            ProbeMain.launch(FixtureProbeTest.class, Map.of(ProbeMain.FIXTURE_PARAMETER, fixture));
        }
        Measurement measurement = Measurement.start(fixture);
        Fixtures.listen(measurement);
        Map<String, Object> result = ProbeMain.launch(FixtureProbeTest.class,
                Map.of(ProbeMain.FIXTURE_PARAMETER, fixture));
        result.putAll(measurement.figures());
        if ("ok".equals(result.get("status")) && !measurement.built()) {
            result.put("status", "error");
            result.put("error", "the probe test ran but fixture '" + fixture + "' was never built");
        }
        return result;
    }
}
