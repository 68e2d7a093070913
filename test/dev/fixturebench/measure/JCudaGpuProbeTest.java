package dev.fixturebench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.fixturebench.model.Gpu;

class JCudaGpuProbeTest {

    @Test
    void namesTheMissingDriverLibrary() {
        UnsatisfiedLinkError error = new UnsatisfiedLinkError("Error while loading native library \"JCudaDriver\"\n"
                + "java.lang.UnsatisfiedLinkError: /tmp/libJCudaDriver-12.6.0-linux-x86_64.so: libcuda.so.1: cannot"
                + " open shared object file: No such file or directory");
        assertEquals("libcuda.so.1 not found: no NVIDIA driver on this machine", JCudaGpuProbe.reason(error));
    }

    @Test
    void describesTheGpuOrSaysWhyThereIsNone() {
        GpuProbe probe = JCudaGpuProbe.detect();
        Gpu gpu = probe.describe();
        if (gpu.available()) {
            assertNull(gpu.reason());
            assertTrue(probe.usedBytes().isPresent());
        } else {
            assertFalse(gpu.reason().isBlank());
            assertTrue(probe.usedBytes().isEmpty(), "no GPU gives no figure, never a zero");
        }
    }
}
