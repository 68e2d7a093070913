package dev.fixturebench.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.fixturebench.model.FixtureInfo;

class UsageTest {

    private static FixtureInfo fixture(String name, String... dependsOn) {
        return new FixtureInfo(name, "dynamic", "session", "", "S", List.of(dependsOn));
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
}
