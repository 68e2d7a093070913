package dev.fixturebench.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;

import org.junit.jupiter.api.Test;

class UsageTest {

    private static FixtureInfo fixture(String name, String... dependsOn) {
        return new FixtureInfo(name, FixtureType.DYNAMIC, FixtureScope.SESSION, "", "S", List.of(dependsOn));
    }

    @Test
    void countsEachTestOnceThroughDirectUseAndDependencies() {
        List<FixtureInfo> fixtures = List.of(fixture("cfg"), fixture("session", "cfg"), fixture("analysis", "session", "cfg"),
                fixture("orphan"));
        List<TestCase> tests = List.of(
                new TestCase("a.T", "one", List.of("analysis")),
                new TestCase("a.T", "two", List.of("session", "cfg")),
                new TestCase("a.U", "three", List.of("cfg")),
                new TestCase("a.U", "four", List.of()));
        Usage usage = new Usage(tests, fixtures);
        assertEquals(3, usage.usedBy("cfg"), "one via analysis→session→cfg, two directly and via session, three");
        assertEquals(2, usage.usedBy("session"));
        assertEquals(1, usage.usedBy("analysis"));
        assertEquals(0, usage.usedBy("orphan"));
        assertTrue(usage.requestedByName("analysis"));
        assertFalse(usage.requestedByName("orphan"));
    }

    @Test
    void aGeneratedDefinitionNothingRequestsIsAFamilyTemplate() {
        FixtureInfo template = fixture("get_it_session__template");
        FixtureInfo built = fixture("get_it_session__gpt2__setup", "get_it_session__base");
        FixtureInfo base = fixture("get_it_session__base");
        FixtureInfo unusedStatic = new FixtureInfo("spare_server", FixtureType.STATIC, FixtureScope.CLASS, "", "S", List.of());
        List<FixtureInfo> all = List.of(template, built, base, unusedStatic);
        Usage usage = new Usage(List.of(new TestCase("a.T", "one", List.of("get_it_session__gpt2__setup"))), all);
        assertTrue(usage.template(template), "generated and requested by nothing");
        assertFalse(usage.template(base), "requested by another fixture");
        assertFalse(usage.template(built), "requested by a test");
        assertFalse(usage.template(unusedStatic), "hand-written: reported as unused, not dropped");
    }
}
