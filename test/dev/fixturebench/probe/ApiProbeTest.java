package dev.fixturebench.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.fixturebench.api.FixtureDeclaration;
import dev.fixturebench.api.FixtureRegistry;
import dev.fixturebench.api.LifecycleFixtures;
import dev.fixturebench.api.Scope;
import dev.fixturebench.probe.ProbeProtocol.Key;

/**
 * Discovery tells the tool the method behind each static fixture, and a measuring fork hands what the tool names to
 * the fixture API: classes to read, sources to make, fixtures declared by their methods.
 */
class ApiProbeTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty(FixtureRegistry.HOLDERS_PROPERTY);
        System.clearProperty(FixtureRegistry.SOURCES_PROPERTY);
        System.clearProperty(FixtureRegistry.DECLARED_PROPERTY);
    }

    @Test
    @SuppressWarnings("unchecked")
    void discoveryReportsTheMethodOfAStaticFixture() {
        List<Map<String, Object>> fixtures = (List<Map<String, Object>>) ApiProbe.discover().get(Key.FIXTURES);
        Map<String, Object> perMethod = fixtures.stream().filter(f -> f.get(Key.NAME).equals("lifecycle_method"))
                .findFirst().orElseThrow();
        assertEquals("perMethod", perMethod.get(Key.METHOD), "its @Fixture name differs from its method's");
        assertEquals(LifecycleFixtures.class.getName(), perMethod.get(Key.DECLARED_IN));
    }

    @Test
    void splitsTheOperandsIntoTheRegistrysThreeProperties() {
        String declaration = new FixtureDeclaration("lifecycle_session", Scope.SESSION, "", LifecycleFixtures.class
                .getName(), "session", List.of()).encoded();
        ApiProbe.defineOnly(List.of("ex.Holder", ProbeProtocol.SOURCE_OPERAND + "ex.Source",
                ProbeProtocol.DECLARED_OPERAND + declaration, "ex.Other"));
        assertEquals("ex.Holder,ex.Other,ex.Source", System.getProperty(FixtureRegistry.HOLDERS_PROPERTY),
                "the source too, where a registry of an older API reads holders and makes the sources among them");
        assertEquals("ex.Source", System.getProperty(FixtureRegistry.SOURCES_PROPERTY));
        assertEquals(declaration, System.getProperty(FixtureRegistry.DECLARED_PROPERTY));
        assertTrue(!declaration.contains(";"), "a declaration never holds the separator of declarations");
    }
}
