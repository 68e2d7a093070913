package dev.fixturebench.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.fixturebench.fork.ForkWatcher;
import oshi.SystemInfo;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * Samples a fork's resident set size and the GPU's device memory every few milliseconds while it runs, keeping the
 * peaks; the GPU figure is relative to the use just before the fork started. On Linux the resident pages are read
 * from {@code /proc/PID/statm} (a tenth of the CPU of OSHI's full process reading, which the sampler's own JVM would
 * take from the fork on a small machine); elsewhere OSHI reads them.
 */
public final class PeakSampler {

    private static final long PERIOD_MILLIS = 10;

    private final SystemInfo system = new SystemInfo();
    private final OperatingSystem os = system.getOperatingSystem();
    private final long pageBytes = Files.isReadable(Path.of("/proc/self/statm"))
            ? system.getHardware().getMemory().getPageSize() : -1;
    private final GpuProbe gpu;

    public PeakSampler(GpuProbe gpu) {
        this.gpu = gpu;
    }

    /** The resident set size of process {@code pid} in bytes, or -1 once it is gone. */
    long residentBytes(int pid) {
        if (pageBytes > 0) {
            try {
                String statm = Files.readString(Path.of("/proc/" + pid + "/statm"), StandardCharsets.US_ASCII);
                int from = statm.indexOf(' ') + 1;
                int to = statm.indexOf(' ', from);
                return Long.parseLong(statm.substring(from, to < 0 ? statm.length() : to).strip()) * pageBytes;
            } catch (IOException | RuntimeException gone) {
                return -1;
            }
        }
        OSProcess process = os.getProcess(pid);
        return process == null ? -1 : process.getResidentSetSize();
    }

    /** A recording for one fork: pass it to the forker, read its peaks once the fork has ended. */
    public Peaks newRecording() {
        return new Peaks();
    }

    /** The peaks of one fork. */
    public final class Peaks implements ForkWatcher, ForkWatcher.Watch {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "fixture-bench-sampler");
            thread.setDaemon(true);
            return thread;
        });
        private int pid;
        private OptionalLong gpuBefore = OptionalLong.empty();
        private long peakRss;
        private long peakGpu = -1;

        @Override
        public synchronized Watch watch(long processId) {
            pid = (int) processId;
            gpuBefore = gpu.usedBytes();
            timer.scheduleAtFixedRate(this::sample, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
            return this;
        }

        private synchronized void sample() {
            peakRss = Math.max(peakRss, residentBytes(pid));
            gpu.usedBytes().ifPresent(used -> peakGpu = Math.max(peakGpu, used));
        }

        @Override
        public void stop() {
            timer.shutdownNow();
            try {
                timer.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Peak RSS in bytes; 0 when never sampled. */
        public synchronized long rssBytes() {
            return peakRss;
        }

        /** Peak device memory above the use before the fork; empty without a GPU. */
        public synchronized OptionalLong gpuDeltaBytes() {
            if (gpuBefore.isEmpty() || peakGpu < 0) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Math.max(0, peakGpu - gpuBefore.getAsLong()));
        }
    }
}
