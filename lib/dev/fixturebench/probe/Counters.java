package dev.fixturebench.probe;

import java.lang.management.ManagementFactory;

/**
 * The running thread's counters at one instant, or their difference over a span: wall-clock, CPU time, bytes
 * allocated (each -1 where the JVM cannot tell) and classes the JVM loaded.
 */
record Counters(long nanos, long cpuNanos, long allocatedBytes, long classes) {

    /** Read at the start of a span: the clock last, so the other readings stay outside it. */
    static Counters atStart() {
        long cpu = JvmGauges.threadCpuNanos();
        long allocated = JvmGauges.threadAllocatedBytes();
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        return new Counters(System.nanoTime(), cpu, allocated, classes);
    }

    /** Read at the end of a span: the clock first. */
    static Counters atEnd() {
        long now = System.nanoTime();
        long cpu = JvmGauges.threadCpuNanos();
        long allocated = JvmGauges.threadAllocatedBytes();
        return new Counters(now, cpu, allocated, ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
    }

    /** This reading less {@code other}; a counter the JVM cannot read stays -1. */
    Counters minus(Counters other) {
        return new Counters(nanos - other.nanos, difference(cpuNanos, other.cpuNanos),
                difference(allocatedBytes, other.allocatedBytes), classes - other.classes);
    }

    private static long difference(long a, long b) {
        return a < 0 || b < 0 ? -1 : a - b;
    }
}
