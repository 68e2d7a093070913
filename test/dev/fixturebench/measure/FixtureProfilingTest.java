package dev.fixturebench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FixtureProfilingTest {

    @Test
    void aSafeNameIsKeptAsItIs() {
        assertEquals("fixture_calib_sleep_250ms_wall_speedscope.json",
                FixtureProfiling.fileName("calib_sleep_250ms", "wall"));
    }

    @Test
    void unsafeCharactersBecomeUnderscoresAndTheOriginalIsHashedSoNamesNeverCollide() {
        String slashed = FixtureProfiling.fileName("db/../etc:x y", "cpu");
        assertTrue(slashed.matches("fixture_db_\\.\\._etc_x_y_[0-9a-f]{8}_cpu_speedscope\\.json"), slashed);
        assertNotEquals(FixtureProfiling.fileName("a/b", "wall"), FixtureProfiling.fileName("a_b", "wall"));
        assertNotEquals(FixtureProfiling.fileName("a/b", "wall"), FixtureProfiling.fileName("a:b", "wall"));
    }
}
