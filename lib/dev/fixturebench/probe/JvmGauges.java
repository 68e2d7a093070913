package dev.fixturebench.probe;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Readings of this JVM that the probe takes around a fixture build: live heap, thread CPU time and allocation. */
final class JvmGauges {

    private JvmGauges() {
    }

    /**
     * Bytes of reachable objects: HotSpot's class histogram, which collects fully and counts live objects only.
     * Used heap after GC would also count the dead filler G1 leaves in nearly-full regions it does not compact.
     */
    static long liveHeapBytes() {
        try {
            Object histogram = diagnosticCommand().invoke("gcClassHistogram", new Object[] {new String[0]},
                    new String[] {String[].class.getName()});
            String[] lines = String.valueOf(histogram).strip().split("\n");
            String[] total = lines[lines.length - 1].trim().split("\\s+");
            if (total.length >= 3 && total[0].equals("Total")) {
                return Long.parseLong(total[2]);
            }
        } catch (javax.management.JMException | ReflectiveOperationException | RuntimeException notHotSpot) {
            // fall back below
        }
        return settledHeapUsed();
    }

    private static javax.management.DynamicMBean diagnosticCommand;

    /**
     * HotSpot's DiagnosticCommand MBean, taken straight from the JDK where {@link ProbeMain#JVM_OPTIONS} opened it to
     * the probe (no platform MBean server: building that costs a fork ~50-100 ms), else through the platform server.
     */
    private static synchronized javax.management.DynamicMBean diagnosticCommand() throws ReflectiveOperationException,
            javax.management.JMException {
        if (diagnosticCommand == null) {
            try {
                ClassLoader platform = ClassLoader.getPlatformClassLoader();
                // its provider loads the native library the command needs
                Class.forName("com.sun.management.internal.PlatformMBeanProviderImpl", true, platform);
                java.lang.reflect.Method get = Class.forName("com.sun.management.internal.DiagnosticCommandImpl", true,
                        platform).getDeclaredMethod("getDiagnosticCommandMBean");
                get.setAccessible(true);
                diagnosticCommand = (javax.management.DynamicMBean) get.invoke(null);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError closed) {
                javax.management.MBeanServer server = ManagementFactory.getPlatformMBeanServer();
                javax.management.ObjectName name = new javax.management.ObjectName(
                        "com.sun.management:type=DiagnosticCommand");
                diagnosticCommand = new PlatformServerCommand(server, name);
            }
        }
        return diagnosticCommand;
    }

    /** The DiagnosticCommand MBean reached through the platform MBean server: only {@code invoke} is used. */
    private record PlatformServerCommand(javax.management.MBeanServer server, javax.management.ObjectName name)
            implements javax.management.DynamicMBean {

        @Override
        public Object invoke(String action, Object[] params, String[] signature)
                throws javax.management.MBeanException, javax.management.ReflectionException {
            try {
                return server.invoke(name, action, params, signature);
            } catch (javax.management.InstanceNotFoundException e) {
                throw new javax.management.ReflectionException(e);
            }
        }

        @Override
        public Object getAttribute(String attribute) {
            throw new UnsupportedOperationException(attribute);
        }

        @Override
        public void setAttribute(javax.management.Attribute attribute) {
            throw new UnsupportedOperationException(attribute.getName());
        }

        @Override
        public javax.management.AttributeList getAttributes(String[] attributes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public javax.management.AttributeList setAttributes(javax.management.AttributeList attributes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public javax.management.MBeanInfo getMBeanInfo() {
            throw new UnsupportedOperationException();
        }
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
