package dev.fixturebench.measure;

import dev.fixturebench.model.Environment;
import dev.fixturebench.model.Gpu;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;

/** Describes the machine: the Java runtime the forks use, the OS and CPU (OSHI), and the GPU. */
public final class EnvironmentProbe {

    private EnvironmentProbe() {
    }

    public static Environment describe(Gpu gpu) {
        SystemInfo system = new SystemInfo();
        CentralProcessor processor = system.getHardware().getProcessor();
        String java = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.home") + ")";
        String os = system.getOperatingSystem() + " " + System.getProperty("os.arch");
        String cpu = processor.getProcessorIdentifier().getName().strip() + ", "
                + processor.getLogicalProcessorCount() + " logical cores";
        return new Environment(java, os, cpu, gpu);
    }
}
