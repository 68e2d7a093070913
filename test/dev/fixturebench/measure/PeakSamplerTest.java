package dev.fixturebench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.fixturebench.model.Gpu;

/** The sampler against a fake GPU whose memory use the test drives, and a real process's RSS. */
class PeakSamplerTest {

    private static final long MIB = 1024 * 1024;

    /** A GPU whose used memory is whatever the test sets. */
    private static final class FakeGpu implements GpuProbe {
        final AtomicLong used = new AtomicLong(900 * MIB);
        final java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();

        /** Waits (up to 10 s) until the sampler has read the device's use {@code more} more times. */
        void awaitReads(int more) throws InterruptedException {
            int target = reads.get() + more;
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (reads.get() < target && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
        }

        @Override
        public Gpu describe() {
            return new Gpu(true, "Fake H100", "CUDA 13.0", null);
        }

        @Override
        public OptionalLong usedBytes() {
            reads.incrementAndGet();
            return OptionalLong.of(used.get());
        }
    }

    @Test
    void gpuDeltaIsThePeakAboveTheUseBeforeTheFork() throws Exception {
        FakeGpu gpu = new FakeGpu();
        PeakSampler.Peaks peaks = new PeakSampler(gpu).newRecording();
        peaks.watch(ProcessHandle.current().pid());
        gpu.awaitReads(2);
        gpu.used.set(900 * MIB + 780 * MIB); // the fork's context and buffer
        // held until the sampler has read it, however busy the machine: a 10 ms sampler on two loaded cores can miss
        // a fixed 80 ms window
        gpu.awaitReads(2);
        gpu.used.set(900 * MIB + 10 * MIB); // freed before the fork ends
        gpu.awaitReads(2);
        peaks.stop();
        assertEquals(780 * MIB, peaks.gpuDeltaBytes().orElseThrow());
        assertTrue(peaks.rssBytes() > 16 * MIB, "this JVM's own resident set was sampled: " + peaks.rssBytes());
    }

    @Test
    void aProcesssResidentSetReadsAsOshiReadsIt() {
        // this JVM: its resident set (tens of MiB) is far from its virtual size or its shared pages, the other figures
        // a misread field would give; OSHI reads it just before and just after
        int pid = (int) ProcessHandle.current().pid();
        oshi.software.os.OperatingSystem os = new oshi.SystemInfo().getOperatingSystem();
        long before = os.getProcess(pid).getResidentSetSize();
        long read = new PeakSampler(GpuProbe.none("no GPU in this test")).residentBytes(pid);
        long after = os.getProcess(pid).getResidentSetSize();
        assertTrue(before > 16 * MIB && read >= Math.min(before, after) * 0.95 && read <= Math.max(before, after) * 1.05,
                "read " + read + " bytes, OSHI " + before + " before and " + after + " after");
    }

    @Test
    void withoutAGpuThereIsNoFigureNotAZero() throws Exception {
        PeakSampler.Peaks peaks = new PeakSampler(GpuProbe.none("no GPU in this test")).newRecording();
        peaks.watch(ProcessHandle.current().pid());
        Thread.sleep(30);
        peaks.stop();
        assertTrue(peaks.gpuDeltaBytes().isEmpty());
    }
}
