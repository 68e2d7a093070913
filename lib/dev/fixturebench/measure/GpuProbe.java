package dev.fixturebench.measure;

import java.util.OptionalLong;

import dev.fixturebench.model.Gpu;

/**
 * Reads device memory in use on the GPU that forks run on; implementations never make up a figure.
 * Without a GPU, {@link #usedBytes()} is empty and {@link #describe()} says why.
 */
public interface GpuProbe {

    /** The device and driver, or the reason there is none. */
    Gpu describe();

    /** Device memory in use right now, by every process; empty without a GPU. */
    OptionalLong usedBytes();

    /** A probe for a machine without a usable GPU. */
    static GpuProbe none(String reason) {
        Gpu gpu = Gpu.unavailable(reason);
        return new GpuProbe() {
            @Override
            public Gpu describe() {
                return gpu;
            }

            @Override
            public OptionalLong usedBytes() {
                return OptionalLong.empty();
            }
        };
    }
}
