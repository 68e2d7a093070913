package dev.fixturebench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.fixturebench.api.FixtureExtension;
import dev.fixturebench.api.Use;
import dev.fixturebench.examples.calibration.CalibrationFixtures;
import dev.fixturebench.examples.calibration.RetainedHeap;

/** The calibration fixtures cost what their names say. */
@ExtendWith(FixtureExtension.class)
class CalibrationFixturesTest {

    @Test
    void sleepFixtureSleptAtLeast250ms(@Use("calib_sleep_250ms") Duration slept) {
        assertTrue(slept.compareTo(CalibrationFixtures.SLEEP) >= 0, "slept " + slept);
        assertTrue(slept.compareTo(Duration.ofSeconds(2)) < 0, "slept " + slept);
    }

    @Test
    void heapFixtureRetainsExactly128MiB(@Use("calib_heap_128mib") RetainedHeap heap) {
        assertEquals(128L * 1024 * 1024, heap.bytes());
        assertEquals(128L * 1024 * 1024 / RetainedHeap.CHUNK_BYTES, heap.chunks());
        assertTrue(heap.intact(), "every page still holds its byte");
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        assertTrue(runtime.totalMemory() - runtime.freeMemory() >= heap.bytes(), "the arrays are still reachable");
    }
}
