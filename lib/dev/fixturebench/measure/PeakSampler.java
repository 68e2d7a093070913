package dev.fixturebench.measure;

import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.fixturebench.fork.ForkWatcher;
import oshi.SystemInfo;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * Samples a fork's resident set size (OSHI) and the GPU's device memory every few milliseconds while it runs,
 * keeping the peaks; the GPU figure is relative to the use just before the fork started.
 */
public final class PeakSampler {

    private static final long PERIOD_MILLIS = 10;

    private final OperatingSystem os = new SystemInfo().getOperatingSystem();
    private final GpuProbe gpu;

    public PeakSampler(GpuProbe gpu) {
        this.gpu = gpu;
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
            OSProcess process = os.getProcess(pid);
            if (process != null) {
                peakRss = Math.max(peakRss, process.getResidentSetSize());
            }
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
