package dev.fixturebench.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One way to profile a JVM from its start: the JVM options that record into a raw file, each sample with its thread,
 * and the reader that turns that file into {@link Stacks}. {@link #startup} lists them best first: async-profiler's {@code cpu} event, its
 * {@code itimer} event, then JDK Flight Recorder.
 *
 * @param profiler     {@code async-profiler} or {@code JFR}
 * @param event        what it samples
 * @param intervalMs   its sampling interval, in ms
 * @param rawExtension the raw file's extension: {@code collapsed.txt} or {@code jfr}
 * @param library      async-profiler's native library, or null for JFR
 */
public record Recorder(String profiler, String event, double intervalMs, String rawExtension, Path library) {

    /** Samples per ms of CPU: 1 ms gives a ~0.3 s start-up several hundred samples across the JVM's threads. */
    public static final double ASYNC_INTERVAL_MS = 1;
    /** JFR's smallest useful period; it samples Java threads only, so a start-up gives fewer samples than async. */
    public static final double JFR_INTERVAL_MS = 1;

    /** The JVM options that record a profile into {@code raw} from the JVM's start. */
    public List<String> jvmArgs(Path raw) {
        if (library == null) {
            return List.of("-XX:StartFlightRecording:filename=" + raw + ",settings=profile,jdk.ExecutionSample#period="
                    + (long) intervalMs + "ms");
        }
        return List.of("-agentpath:" + library + "=start,event=" + event + ",interval=" + (long) intervalMs
                + "ms,collapsed,ann,threads,file=" + raw);
    }

    /** The stacks recorded in {@code raw}. */
    public Stacks read(Path raw) throws IOException {
        return library == null ? JfrStacks.read(raw) : CollapsedStacks.read(raw);
    }

    /** A line for the report: {@code async-profiler (event=cpu, every 1 ms)}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s (event=%s, every %s ms)", profiler, event,
                java.math.BigDecimal.valueOf(intervalMs).stripTrailingZeros().toPlainString());
    }

    /**
     * The recorders to try, best first, with async-profiler's library extracted into {@code work}; where this OS or
     * architecture has none in the jar, JFR alone, and {@code notes} says why.
     */
    public static List<Recorder> startup(Path work, List<String> notes) {
        List<Recorder> recorders = new ArrayList<>();
        String resource = nativeLibrary();
        if (resource == null) {
            notes.add("async-profiler has no library for " + System.getProperty("os.name") + "/"
                    + System.getProperty("os.arch"));
        } else {
            try (InputStream in = Recorder.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    notes.add("async-profiler's " + resource + " is not on the tool's class path"
                            + " (tools.profiler:async-profiler missing)");
                } else {
                    Path library = work.resolve("async-profiler").resolve(resource);
                    Files.createDirectories(library.getParent());
                    Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
                    recorders.add(new Recorder("async-profiler", "cpu", ASYNC_INTERVAL_MS, "collapsed.txt", library));
                    recorders.add(new Recorder("async-profiler", "itimer", ASYNC_INTERVAL_MS, "collapsed.txt", library));
                }
            } catch (IOException e) {
                notes.add("async-profiler's library could not be extracted: " + e.getMessage());
            }
        }
        recorders.add(new Recorder("JFR", JfrStacks.EVENT, JFR_INTERVAL_MS, "jfr", null));
        return recorders;
    }

    /** The jar entry of async-profiler's library for this OS and architecture, or null when it has none. */
    static String nativeLibrary() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if (os.contains("mac")) {
            return "macos/libasyncProfiler.so";
        }
        if (os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"))) {
            return "linux-x64/libasyncProfiler.so";
        }
        if (os.contains("linux") && arch.equals("aarch64")) {
            return "linux-arm64/libasyncProfiler.so";
        }
        return null;
    }
}
