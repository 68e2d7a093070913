package dev.fixturebench.examples.calibration;

import java.time.Duration;

import dev.fixturebench.api.Fixture;
import dev.fixturebench.api.Scope;

/** Fixtures whose cost is known in advance, to check Fixture Bench's figures: time, heap and GPU memory. */
public final class CalibrationFixtures {

    /** What {@link #sleep250ms()} sleeps. */
    public static final Duration SLEEP = Duration.ofMillis(250);
    /** What {@link #sleep100ms()} sleeps. */
    public static final Duration SHORT_SLEEP = Duration.ofMillis(100);
    /** What {@link #heap128MiB()} retains: 128 MiB. */
    public static final long HEAP_BYTES = 128L * 1024 * 1024;
    /** What {@link #gpuDeviceBuffer()} allocates on the device: 256 MiB. */
    public static final long DEVICE_BYTES = 256L * 1024 * 1024;
    /** The byte {@link #gpuDeviceBuffer()} fills its buffer with. */
    public static final int DEVICE_FILL = 0x5A;

    private CalibrationFixtures() {
    }

    /**
     * System property that multiplies what {@link #sleep250ms()} sleeps (default 1): a known slowdown, so comparisons
     * and the CI gate can be checked ({@code --fork-jvm-args=-Dcalib.sleep.factor=2}).
     */
    public static final String SLEEP_FACTOR = "calib.sleep.factor";

    /** Sleeps 250 ms (times {@link #SLEEP_FACTOR}) and returns the time actually slept. */
    @Fixture(name = "calib_sleep_250ms", scope = Scope.METHOD, category = "Calibration")
    public static Duration sleep250ms() throws InterruptedException {
        long start = System.nanoTime();
        Thread.sleep(SLEEP.toMillis() * Long.getLong(SLEEP_FACTOR, 1));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Sleeps 100 ms: method-scoped and used by every test of {@code PerTestFixtureTest}, so a run of the whole suite
     * builds it once per test — the known cost behind the whole-suite figures and their scope advice.
     */
    @Fixture(name = "calib_sleep_100ms", scope = Scope.METHOD, category = "Calibration")
    public static Duration sleep100ms() throws InterruptedException {
        long start = System.nanoTime();
        Thread.sleep(SHORT_SLEEP.toMillis());
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Keeps exactly 128 MiB of byte arrays reachable, every page written. */
    @Fixture(name = "calib_heap_128mib", scope = Scope.METHOD, category = "Calibration")
    public static RetainedHeap heap128MiB() {
        return RetainedHeap.allocate(HEAP_BYTES);
    }

    /** 256 MiB of device memory, filled and freed on close; aborts (skipped, with the reason) without a GPU. */
    @Fixture(name = "gpu_device_buffer", scope = Scope.METHOD, category = "GPU")
    public static DeviceBuffer gpuDeviceBuffer() {
        return DeviceBuffer.allocate(DEVICE_BYTES, DEVICE_FILL);
    }
}
