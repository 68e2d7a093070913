package dev.fixturebench.probe;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Readings of this JVM that the probe takes around a fixture build: live heap, thread CPU time and allocation. */
final class JvmGauges {

    /** Whether this fork reads the live heap at all ({@link ProbeMain#LIVE_HEAP_PROPERTY}). */
    static final boolean LIVE_HEAP = !"false".equals(System.getProperty(ProbeMain.LIVE_HEAP_PROPERTY));

    private JvmGauges() {
    }

    /**
     * Bytes of reachable objects: HotSpot's class histogram, which collects fully and counts live objects only.
     * Used heap after GC would also count the dead filler G1 leaves in nearly-full regions it does not compact.
     */
    static long liveHeapBytes() {
        try {
            // the last line alone: splitting the whole table (thousands of classes) cost 0.7 ms a reading
            String table = histogram().run().strip();
            String[] total = table.substring(table.lastIndexOf('\n') + 1).trim().split("\\s+");
            if (total.length >= 3 && total[0].equals("Total")) {
                return Long.parseLong(total[2]);
            }
        } catch (Exception notHotSpot) {
            // fall back below
        }
        return settledHeapUsed();
    }

    /** HotSpot's {@code GC.class_histogram}, as text. */
    private interface Histogram {
        String run() throws Exception;
    }

    private static Histogram histogram;

    /**
     * The histogram straight from the JDK's DiagnosticCommand where {@link ProbeMain#JVM_OPTIONS} opened it to the
     * probe (13-24 ms the first time), else through the platform MBean server (building it costs a fork 50-100 ms).
     */
    private static synchronized Histogram histogram() throws javax.management.JMException {
        if (histogram == null) {
            try {
                ClassLoader platform = ClassLoader.getPlatformClassLoader();
                // its provider loads the native library the command needs
                Class.forName("com.sun.management.internal.PlatformMBeanProviderImpl", true, platform);
                Class<?> type = Class.forName("com.sun.management.internal.DiagnosticCommandImpl", true, platform);
                java.lang.reflect.Method get = type.getDeclaredMethod("getDiagnosticCommandMBean");
                java.lang.reflect.Method execute = type.getDeclaredMethod("executeDiagnosticCommand", String.class);
                get.setAccessible(true);
                execute.setAccessible(true);
                Object command = get.invoke(null);
                histogram = () -> (String) execute.invoke(command, "GC.class_histogram");
            } catch (ReflectiveOperationException | RuntimeException | LinkageError closed) {
                javax.management.MBeanServer server = ManagementFactory.getPlatformMBeanServer();
                javax.management.ObjectName name = new javax.management.ObjectName(
                        "com.sun.management:type=DiagnosticCommand");
                histogram = () -> String.valueOf(server.invoke(name, "gcClassHistogram",
                        new Object[] {new String[0]}, new String[] {String[].class.getName()}));
            }
        }
        return histogram;
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

    /**
     * The platform's thread bean, made once: straight from the JDK where {@link ProbeMain#JVM_OPTIONS} export it
     * (3.5-4 ms in a fresh JVM), else through {@link ManagementFactory}, which first finds and streams every platform
     * MBean provider (28-32 ms in a fresh JVM, ~5.5 ms in a fork; each later call streams them again).
     */
    private static final class Threads {
        static final java.lang.management.ThreadMXBean BEAN = make();

        private static java.lang.management.ThreadMXBean make() {
            try {
                Object vm = Class.forName("sun.management.ManagementFactoryHelper").getMethod("getVMManagement")
                        .invoke(null);
                java.lang.reflect.Constructor<?> made = Class.forName("com.sun.management.internal.HotSpotThreadImpl")
                        .getDeclaredConstructor(Class.forName("sun.management.VMManagement"));
                made.setAccessible(true);
                return (java.lang.management.ThreadMXBean) made.newInstance(vm);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError closed) {
                return ManagementFactory.getThreadMXBean();
            }
        }
    }

    static long threadCpuNanos() {
        java.lang.management.ThreadMXBean threads = Threads.BEAN;
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    }

    static long threadAllocatedBytes() {
        java.lang.management.ThreadMXBean threads = Threads.BEAN;
        if (threads instanceof com.sun.management.ThreadMXBean) {
            com.sun.management.ThreadMXBean sun = (com.sun.management.ThreadMXBean) threads;
            if (sun.isThreadAllocatedMemorySupported() && sun.isThreadAllocatedMemoryEnabled()) {
                return sun.getCurrentThreadAllocatedBytes(); // JDK 14+; Thread.getId() is deprecated from 19
            }
        }
        return -1;
    }
}
