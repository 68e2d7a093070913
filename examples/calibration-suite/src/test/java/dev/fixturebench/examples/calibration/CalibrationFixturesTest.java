package dev.fixturebench.examples.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.fixturebench.api.FixtureExtension;
import dev.fixturebench.api.Use;
import dev.fixturebench.examples.calibration.CalibrationFixtures.ChainLink;
import dev.fixturebench.examples.calibration.CalibrationFixtures.CpuBurn;

/** Every calibration fixture costs what its name says. */
@ExtendWith(FixtureExtension.class)
class CalibrationFixturesTest {

    @Test
    void sleeps50ms(@Use("calib_sleep_50ms") Duration slept) {
        assertSlept(50, slept);
    }

    @Test
    void sleeps250ms(@Use("calib_sleep_250ms") Duration slept) {
        assertSlept(250, slept);
    }

    @Test
    void sleeps1000ms(@Use("calib_sleep_1000ms") Duration slept) {
        assertSlept(1000, slept);
    }

    @Test
    void retains16MiB(@Use("calib_heap_16mib") RetainedHeap heap) {
        assertRetains(16, heap);
    }

    @Test
    void retains128MiB(@Use("calib_heap_128mib") RetainedHeap heap) {
        assertRetains(128, heap);
    }

    @Test
    void retains512MiB(@Use("calib_heap_512mib") RetainedHeap heap) {
        assertRetains(512, heap);
    }

    @Test
    void burns200msOfCpu(@Use("calib_cpu_200ms") CpuBurn burn) {
        assertTrue(burn.cpuTime().compareTo(CalibrationFixtures.CPU) >= 0, "burnt " + burn.cpuTime());
        assertTrue(burn.cpuTime().compareTo(Duration.ofMillis(400)) < 0, "burnt " + burn.cpuTime());
        assertTrue(burn.checksum() != 0, "the loop ran");
    }

    @Test
    void chainOfThreeSleeps120ms(@Use("calib_chain_3") ChainLink chain) {
        assertEquals(3, chain.depth());
        assertSlept(120, chain.slept());
    }

    @Test
    void firstLinksAloneSleepLess(@Use("calib_chain_1") ChainLink first, @Use("calib_chain_2") ChainLink second) {
        assertEquals(1, first.depth());
        assertEquals(2, second.depth());
        assertSlept(40, first.slept());
        assertSlept(80, second.slept());
    }

    private static void assertSlept(long millis, Duration slept) {
        assertTrue(slept.compareTo(Duration.ofMillis(millis)) >= 0, "slept " + slept);
        assertTrue(slept.compareTo(Duration.ofMillis(millis + 2000)) < 0, "slept " + slept);
    }

    private static void assertRetains(int mib, RetainedHeap heap) {
        assertEquals(mib * 1024L * 1024L, heap.bytes());
        assertTrue(heap.intact(), "every page still holds its byte");
    }
}
