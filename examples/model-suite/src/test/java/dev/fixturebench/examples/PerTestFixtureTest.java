package dev.fixturebench.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.fixturebench.api.FixtureExtension;
import dev.fixturebench.api.Use;
import dev.fixturebench.examples.calibration.CalibrationFixtures;

/**
 * Five tests of one class that each take the method-scoped {@code calib_sleep_100ms}: a run of the whole suite builds
 * it five times (about 500 ms), where class scope would build it once. None of them changes the value it gets.
 */
@ExtendWith(FixtureExtension.class)
class PerTestFixtureTest {

    @Test
    void first(@Use("calib_sleep_100ms") Duration slept) {
        assertSlept(slept);
    }

    @Test
    void second(@Use("calib_sleep_100ms") Duration slept) {
        assertSlept(slept);
    }

    @Test
    void third(@Use("calib_sleep_100ms") Duration slept) {
        assertSlept(slept);
    }

    @Test
    void fourth(@Use("calib_sleep_100ms") Duration slept) {
        assertSlept(slept);
    }

    @Test
    void fifth(@Use("calib_sleep_100ms") Duration slept) {
        assertSlept(slept);
    }

    private static void assertSlept(Duration slept) {
        assertTrue(slept.compareTo(CalibrationFixtures.SHORT_SLEEP) >= 0, "slept " + slept);
    }
}
