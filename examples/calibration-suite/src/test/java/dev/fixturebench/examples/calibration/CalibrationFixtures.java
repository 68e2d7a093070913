package dev.fixturebench.examples.calibration;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

import dev.fixturebench.api.Fixture;
import dev.fixturebench.api.Scope;
import dev.fixturebench.api.Use;

/**
 * Fixtures whose cost is known in advance, for scripts/accuracy.java: wall time (sleep), CPU time (a busy loop on
 * the calling thread), retained heap, and a dependency chain whose last link costs the sum of all three.
 */
public final class CalibrationFixtures {

    /** What each link of the chain sleeps. */
    public static final Duration CHAIN_LINK = Duration.ofMillis(40);
    /** What {@link #cpu200ms()} burns of its own thread's CPU time. */
    public static final Duration CPU = Duration.ofMillis(200);

    private CalibrationFixtures() {
    }

    /** One link of the chain: its depth and the time slept by it and every link before it. */
    public record ChainLink(int depth, Duration slept) {
    }

    /** What the CPU fixture did: the thread CPU time it used, and a checksum so the loop is not optimised away. */
    public record CpuBurn(Duration cpuTime, long checksum) {
    }

    @Fixture(name = "calib_sleep_50ms", scope = Scope.METHOD, category = "Calibration")
    public static Duration sleep50ms() throws InterruptedException {
        return sleep(Duration.ofMillis(50));
    }

    @Fixture(name = "calib_sleep_250ms", scope = Scope.METHOD, category = "Calibration")
    public static Duration sleep250ms() throws InterruptedException {
        return sleep(Duration.ofMillis(250));
    }

    @Fixture(name = "calib_sleep_1000ms", scope = Scope.METHOD, category = "Calibration")
    public static Duration sleep1000ms() throws InterruptedException {
        return sleep(Duration.ofMillis(1000));
    }

    @Fixture(name = "calib_heap_16mib", scope = Scope.METHOD, category = "Calibration")
    public static RetainedHeap heap16MiB() {
        return RetainedHeap.allocateMiB(16);
    }

    @Fixture(name = "calib_heap_128mib", scope = Scope.METHOD, category = "Calibration")
    public static RetainedHeap heap128MiB() {
        return RetainedHeap.allocateMiB(128);
    }

    @Fixture(name = "calib_heap_512mib", scope = Scope.METHOD, category = "Calibration")
    public static RetainedHeap heap512MiB() {
        return RetainedHeap.allocateMiB(512);
    }

    /** Busy-loops on the calling thread until it has used 200 ms of CPU time: 200 ms of wall while a core is free. */
    @Fixture(name = "calib_cpu_200ms", scope = Scope.METHOD, category = "Calibration")
    public static CpuBurn cpu200ms() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        if (start < 0) {
            throw new IllegalStateException("this JVM does not measure thread CPU time");
        }
        long target = start + CPU.toNanos();
        long checksum = 17;
        long now;
        do {
            for (int i = 0; i < 10_000; i++) {
                checksum = checksum * 31 + (checksum >>> 7) + i;
            }
            now = threads.getCurrentThreadCpuTime();
        } while (now < target);
        return new CpuBurn(Duration.ofNanos(now - start), checksum);
    }

    @Fixture(name = "calib_chain_1", scope = Scope.METHOD, category = "Calibration")
    public static ChainLink chain1() throws InterruptedException {
        return new ChainLink(1, sleep(CHAIN_LINK));
    }

    @Fixture(name = "calib_chain_2", scope = Scope.METHOD, category = "Calibration")
    public static ChainLink chain2(@Use("calib_chain_1") ChainLink previous) throws InterruptedException {
        return new ChainLink(2, previous.slept().plus(sleep(CHAIN_LINK)));
    }

    @Fixture(name = "calib_chain_3", scope = Scope.METHOD, category = "Calibration")
    public static ChainLink chain3(@Use("calib_chain_2") ChainLink previous) throws InterruptedException {
        return new ChainLink(3, previous.slept().plus(sleep(CHAIN_LINK)));
    }

    /** Sleeps {@code duration} and returns the time actually slept. */
    private static Duration sleep(Duration duration) throws InterruptedException {
        long start = System.nanoTime();
        Thread.sleep(duration.toMillis());
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
