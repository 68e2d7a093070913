package dev.fixturebench.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.fixturebench.api.FixtureExtension;
import dev.fixturebench.api.Use;

@ExtendWith(FixtureExtension.class)
class HostileFixturesTest {

    @Test
    void theScriptIsJustAName(@Use(HostileFixtures.SCRIPT) String value) {
        assertEquals("text, never markup", value);
    }

    @Test
    void fastOnes(@Use("fast_list") List<Integer> list, @Use("fast_text") String text) {
        assertEquals(3, list.size());
        assertEquals("fast", text);
    }

    @Test
    void slowOne(@Use("slow_sleep_120ms") String value) {
        assertEquals("slow", value);
    }
}
