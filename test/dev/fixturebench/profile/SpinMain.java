package dev.fixturebench.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A tiny real workload for the profile tests' forks: loads a few JDK classes and spins until its thread has had 0.3 s
 * of CPU — CPU time, not wall-clock, so on busy shared cores the spin still outweighs the JVM's own start-up work in a
 * CPU profile, as it does on a quiet machine.
 */
public final class SpinMain {

    private SpinMain() {
    }

    /** Runs this workload in a fresh JVM recording with {@code recorder} into {@code raw}; fails when the fork does. */
    static void forkUnder(Recorder recorder, Path raw, Path work) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(recorder.jvmArgs(raw));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SpinMain.class.getName()));
        Process fork = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("fork.log").toFile()).start();
        assertTrue(fork.waitFor(60, TimeUnit.SECONDS), "the profiled fork ends");
        assertEquals(0, fork.exitValue(), Files.readString(work.resolve("fork.log")));
    }

    public static void main(String... args) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + 300_000_000L;
        double sink = 0;
        StringBuilder text = new StringBuilder();
        while (threads.getCurrentThreadCpuTime() < end) {
            for (int i = 0; i < 10_000; i++) {
                sink += Math.sqrt(i) * Math.sin(i);
            }
            text.setLength(0);
            text.append(java.time.LocalDateTime.now()).append(sink);
        }
        System.out.println(text.length() > 0 ? "spun" : "");
    }
}
