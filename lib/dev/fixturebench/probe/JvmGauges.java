package dev.fixturebench.probe;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Readings of this JVM that the probe takes around a fixture build: live heap, thread CPU time and allocation. */
final class JvmGauges {

    private JvmGauges() {
    }

    /**
     * Starts building the platform MBean server, which the first live-heap reading needs (tens of ms), on a daemon
     * thread, so it overlaps the launcher's start where a core is free; a reading waits for it (the factory locks).
     */
    static void prepareInBackground() {
        Thread thread = new Thread(() -> {
            try {
                ManagementFactory.getPlatformMBeanServer();
            } catch (RuntimeException | LinkageError unavailable) {
                // the reading falls back, or fails, where it is taken
            }
        }, "fixture-bench-gauges");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Bytes of reachable objects: HotSpot's class histogram, which collects fully and counts live objects only.
     * Used heap after GC would also count the dead filler G1 leaves in nearly-full regions it does not compact.
     */
    static long liveHeapBytes() {
        try {
            Object histogram = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            String[] lines = String.valueOf(histogram).strip().split("\n");
            String[] total = lines[lines.length - 1].trim().split("\\s+");
            if (total.length >= 3 && total[0].equals("Total")) {
                return Long.parseLong(total[2]);
            }
        } catch (javax.management.JMException | RuntimeException notHotSpot) {
            // fall back below
        }
        return settledHeapUsed();
    }

    /** Used heap after full collections, repeated until it stops shrinking. */
    static long settledHeapUsed() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        long used = 0;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = memory.getHeapMemoryUsage().getUsed();
            if (used >= previous - 64 * 1024) {
                break;
            }
            previous = used;
        }
        return used;
    }

    static long threadCpuNanos() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    }

    static long threadAllocatedBytes() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads instanceof com.sun.management.ThreadMXBean) {
            com.sun.management.ThreadMXBean sun = (com.sun.management.ThreadMXBean) threads;
            if (sun.isThreadAllocatedMemorySupported() && sun.isThreadAllocatedMemoryEnabled()) {
                return sun.getCurrentThreadAllocatedBytes(); // JDK 14+; Thread.getId() is deprecated from 19
            }
        }
        return -1;
    }
}
