package dev.fixturebench.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.fixturebench.api.FixtureExtension;
import dev.fixturebench.api.Use;
import dev.fixturebench.examples.calibration.CalibrationFixtures;
import dev.fixturebench.examples.calibration.DeviceBuffer;

/** The GPU fixture: skipped with its reason where there is no GPU, checked byte for byte where there is one. */
@ExtendWith(FixtureExtension.class)
class GpuFixtureTest {

    @Test
    void deviceBufferIsAllocatedAndFilled(@Use("gpu_device_buffer") DeviceBuffer buffer) {
        assertEquals(CalibrationFixtures.DEVICE_BYTES, buffer.bytes());
        assertFalse(buffer.deviceName().isBlank());
        byte[] expected = new byte[4096];
        Arrays.fill(expected, (byte) CalibrationFixtures.DEVICE_FILL);
        assertArrayEquals(expected, buffer.readFirst(expected.length));
        long[] memory = DeviceBuffer.memoryInfo();
        assertTrue(memory[1] - memory[0] >= buffer.bytes(), "used device memory covers the buffer");
    }
}
