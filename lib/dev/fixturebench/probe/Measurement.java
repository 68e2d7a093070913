package dev.fixturebench.probe;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.fixturebench.api.FixtureListener;
import dev.fixturebench.probe.ProbeProtocol.Key;

/**
 * The figures of one fixture build inside a fork: its build and close times as the fixture API reports them,
 * heap retained (live bytes with the fixture alive, minus the same before; where the fork reads the heap), and the
 * bytes allocated, CPU time spent and classes loaded by the building thread.
 */
final class Measurement implements FixtureListener {

    private static final int MIB = 1024 * 1024;
    private static Measurement current;

    private final String fixture;
    private long initNanos = -1;
    private long ownNanos = -1;
    private long dependenciesNanos;
    private long teardownNanos = -1;
    private long heapBefore;
    private long heapAfter;
    private long allocatedBytes = -1;
    private long classesLoaded;
    private long cpuNanos = -1;
    private boolean profiled;
    private String profileError;

    private Measurement(String fixture) {
        this.fixture = fixture;
    }

    static synchronized Measurement start(String fixture) {
        current = new Measurement(fixture);
        return current;
    }

    static synchronized Measurement current() {
        return current;
    }

    /** Profiles this build (not a warm-up's) when the fork's system properties ask for a profile. */
    void profileBuild() {
        profiled = true;
    }

    /**
     * Runs {@code build} with the live heap read before and after it (unless the fork reads none); a profile covers
     * the build alone.
     */
    void around(Runnable build) {
        heapBefore = JvmGauges.LIVE_HEAP ? JvmGauges.liveHeapBytes() : 0;
        long classesBefore = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        long allocatedBefore = JvmGauges.threadAllocatedBytes();
        long cpuBefore = JvmGauges.threadCpuNanos();
        BuildProfiler profiler = profiled ? BuildProfiler.requested() : null;
        if (profiler != null) {
            profiler.start();
        }
        try {
            build.run();
        } finally {
            if (profiler != null) {
                profiler.stop();
                profileError = profiler.error();
            }
        }
        long cpuAfter = JvmGauges.threadCpuNanos();
        cpuNanos = cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore;
        long allocatedAfter = JvmGauges.threadAllocatedBytes();
        classesLoaded = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classesBefore;
        allocatedBytes = allocatedBefore < 0 ? -1 : allocatedAfter - allocatedBefore;
        heapAfter = JvmGauges.LIVE_HEAP ? JvmGauges.liveHeapBytes() : 0;
    }

    boolean built() {
        return initNanos >= 0;
    }

    @Override
    public synchronized void created(String name, long totalNanos, long ownNanos) {
        if (name.equals(fixture)) {
            this.initNanos = totalNanos;
            this.ownNanos = ownNanos;
        } else if (initNanos < 0) {
            dependenciesNanos += ownNanos;
        }
    }

    @Override
    public synchronized void closed(String name, long nanos, Throwable failure) {
        if (name.equals(fixture)) {
            teardownNanos = nanos;
        }
    }

    synchronized Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put(Key.INIT_MS, built() ? initNanos / 1e6 : null);
        figures.put(Key.OWN_INIT_MS, built() ? ownNanos / 1e6 : null);
        figures.put(Key.DEPENDENCIES_INIT_MS, built() ? dependenciesNanos / 1e6 : null);
        figures.put(Key.TEARDOWN_MS, teardownNanos >= 0 ? teardownNanos / 1e6 : null);
        figures.put(Key.HEAP_RETAINED_MIB, built() && JvmGauges.LIVE_HEAP ? (heapAfter - heapBefore) / (double) MIB
                : null);
        figures.put(Key.ALLOCATED_MIB, built() && allocatedBytes >= 0 ? allocatedBytes / (double) MIB : null);
        figures.put(Key.CLASSES_LOADED, built() ? classesLoaded : null);
        figures.put(Key.INIT_CPU_MS, built() && cpuNanos >= 0 ? cpuNanos / 1e6 : null);
        if (profileError != null) {
            figures.put(Key.PROFILE_ERROR, profileError);
        }
        return figures;
    }
}
