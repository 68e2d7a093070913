package dev.fixturebench.fork;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fixturebench.probe.ProbeMain;
import dev.fixturebench.probe.ProbeProtocol;

/**
 * Starts fresh JVMs running {@link ProbeMain} on the suite's class path, one at a time per call, each with a time
 * limit after which it is killed with its whole process tree.
 */
public final class Forker {

    private static final int TAIL_LINES = 40;
    /** How often a fork's end is looked for beside its exit: the marker of its finished shutdown hooks. */
    private static final long EXIT_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final List<String> WRITES_AT_EXIT = List.of("-agent", "-javaagent", "-Xrun", "-Xlog", "-XX:+Print",
            "-XX:StartFlightRecording", "-XX:FlightRecorderOptions", "-XX:ArchiveClassesAtExit",
            "-XX:+AutoCreateSharedArchive", "-XX:DumpLoadedClassList", "-XX:+CITime", "-XX:+LogCompilation",
            "-XX:+DumpPerfMapAtExit", "-XX:+PerfDataSaveToFile",
            // options read from files, which may hold any of these
            "@", "-XX:VMOptionsFile", "-XX:Flags");
    private static final List<String> ENVIRONMENT_OPTIONS = environmentOptions();
    private static final int TAIL_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    /** Set by {@link #stopAll}: from then on no fork starts in this JVM. */
    private static volatile boolean stopped;

    static {
        // an interrupted run (Ctrl-C) must not leave forks behind
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Forker::killTree), "fixture-bench-forks"));
    }

    /** Kills every fork running now, with its whole process tree, and starts no more: the run was interrupted. */
    public static void stopAll() {
        List<Process> running;
        synchronized (LIVE) {
            stopped = true;
            running = List.copyOf(LIVE);
        }
        running.forEach(Forker::killTree);
    }

    /** Numbers the forks of a run, whichever forker starts them, so their files in the work folder never collide. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Path workDirectory;
    private final Path runDirectory;
    private final Duration grace;
    private final Path argumentFile;
    private final Duration timeout;
    private final List<String> extraJvmArgs;
    private final List<Path> classPath;
    /** Whether the forks' options may write at the JVM's very end, so a fork is waited for until it is gone. */
    private final boolean writesAtExit;

    private Forker(Path workDirectory, Path argumentFile, Duration timeout, List<String> extraJvmArgs,
                   List<Path> classPath, boolean writesAtExit) {
        this(workDirectory, workDirectory, argumentFile, timeout, Duration.ZERO, extraJvmArgs, classPath,
                writesAtExit);
    }

    private Forker(Path workDirectory, Path runDirectory, Path argumentFile, Duration timeout, Duration grace,
                   List<String> extraJvmArgs, List<Path> classPath, boolean writesAtExit) {
        this.writesAtExit = writesAtExit || writesAtExit(extraJvmArgs);
        this.runDirectory = runDirectory;
        this.grace = grace;
        this.classPath = List.copyOf(classPath);
        this.workDirectory = workDirectory;
        this.argumentFile = argumentFile;
        this.timeout = timeout;
        this.extraJvmArgs = List.copyOf(extraJvmArgs);
    }

    /** A forker that starts its forks as this one does, with {@code jvmArgs} added (a profiler agent, say). */
    public Forker withJvmArgs(List<String> jvmArgs) {
        List<String> all = new ArrayList<>(extraJvmArgs);
        all.addAll(jvmArgs);
        return new Forker(workDirectory, runDirectory, argumentFile, timeout, grace, all, classPath, writesAtExit);
    }

    /** A forker that starts its forks as this one does, each with {@code limit} as its time limit. */
    public Forker withTimeout(Duration limit) {
        return new Forker(workDirectory, runDirectory, argumentFile, limit, grace, extraJvmArgs, classPath,
                writesAtExit);
    }

    /**
     * A forker whose forks run in {@code directory} (their working directory; the project's folder, as Surefire runs
     * tests), their files still kept in the work folder.
     */
    public Forker inDirectory(Path directory) {
        return new Forker(workDirectory, directory.toAbsolutePath(), argumentFile, timeout, grace, extraJvmArgs,
                classPath, writesAtExit);
    }

    /**
     * A forker whose forks, at their time limit, are first asked to stop (SIGTERM, so their shutdown hooks write
     * what they have) and killed with their whole tree only when still alive after {@code grace}.
     */
    public Forker withGracefulStop(Duration grace) {
        return new Forker(workDirectory, runDirectory, argumentFile, timeout, grace, extraJvmArgs, classPath,
                writesAtExit);
    }

    /** The class path its forks run on, in order. */
    public List<Path> classPath() {
        return classPath;
    }

    /** A forker whose forks run with {@code jvmArgs} on {@code classPath}; {@code name} names its argument file. */
    static Forker create(String name, List<String> jvmArgs, List<Path> classPath, Duration timeout,
                         Path workDirectory) throws IOException {
        List<String> arguments = new ArrayList<>(ProbeMain.JVM_OPTIONS);
        arguments.addAll(jvmArgs);
        arguments.add("-cp");
        arguments.add(String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        Path argumentFile = workDirectory.resolve(name + ".args");
        List<String> quoted = new ArrayList<>();
        for (String argument : arguments) {
            quoted.add('"' + argument.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        Files.write(argumentFile, quoted, StandardCharsets.UTF_8);
        return new Forker(workDirectory, argumentFile, timeout, List.of(), classPath, writesAtExit(jvmArgs));
    }

    /** Runs the probe with {@code probeArguments} after its result file, watched by {@code watcher}. */
    public ForkResult run(String mode, List<String> probeArguments, ForkWatcher watcher) throws IOException {
        int id = SEQUENCE.incrementAndGet();
        Path result = workDirectory.resolve("fork-" + id + "-" + mode + ".json");
        Path output = workDirectory.resolve("fork-" + id + "-" + mode + ".log");
        Path crashReport = workDirectory.resolve("fork-" + id + "-hs_err.log");
        // a crashing fork leaves its fatal error report where the run can read it, one file per fork
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "@" + argumentFile));
        command.addAll(extraJvmArgs);
        command.addAll(List.of("-XX:ErrorFile=" + crashReport, ProbeMain.class.getName(), mode, result.toString()));
        command.addAll(probeArguments);
        long start = System.nanoTime();
        Process process;
        synchronized (LIVE) {
            // started and registered under one lock with stopAll: no fork starts unseen, none after a stop
            if (stopped) {
                throw new IOException("the run was interrupted: no more forks start");
            }
            process = new ProcessBuilder(command).directory(runDirectory.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            LIVE.add(process);
        }
        boolean timedOut;
        Integer markedExit;
        try {
            process.getOutputStream().close();
            ForkWatcher.Watch watch = watcher.watch(process.pid());
            try {
                markedExit = awaitEnd(process,
                        result.resolveSibling(result.getFileName() + ProbeProtocol.EXITED_SUFFIX), timeout,
                        writesAtExit);
                timedOut = markedExit == null && process.isAlive();
            } finally {
                watch.stop();
            }
        } catch (InterruptedException e) {
            killTree(process);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while a fork was running", e);
        } catch (IOException | RuntimeException e) {
            killTree(process);
            throw e;
        } finally {
            if (!process.isAlive()) {
                LIVE.remove(process);
            }
        }
        long wall = System.nanoTime() - start;
        if (timedOut) {
            stopGracefully(process);
            killTree(process);
            LIVE.remove(process);
        }
        String outputTail = tail(output);
        JsonNode probe = null;
        if (Files.exists(result)) {
            try {
                probe = JSON.readTree(result.toFile());
            } catch (JsonProcessingException unreadable) {
                outputTail += "\n(the probe's result file could not be read: " + unreadable.getOriginalMessage() + ")";
            }
        }
        int exit = timedOut ? -1 : markedExit != null ? markedExit : process.exitValue();
        return new ForkResult(exit, wall, timedOut, probe, outputTail,
                Files.exists(crashReport) ? head(crashReport) : null);
    }

    /**
     * Waits until the fork ends or its time limit passes; where the probe marked that its exit has run every shutdown
     * hook, ends it then and returns the exit code it marked (the JVM's own end may still wait for threads blocked in
     * native code). Null when it ended by itself or ran out of time.
     */
    static Integer awaitEnd(Process process, Path exited, Duration timeout, boolean writesAtExit)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            if (process.waitFor(writesAtExit ? left : Math.min(left, EXIT_POLL_NANOS), TimeUnit.NANOSECONDS)) {
                return null;
            }
            Integer code = writesAtExit ? null : markedExit(exited);
            if (code != null) {
                process.destroyForcibly();
                // a JVM past its hooks ends at once; bounded all the same, as a kill at the time limit is
                process.waitFor(10, TimeUnit.SECONDS);
                return code;
            }
        }
    }

    private static Integer markedExit(Path exited) {
        try {
            return Files.exists(exited) ? Integer.valueOf(Files.readString(exited).strip()) : null;
        } catch (IOException | NumberFormatException unreadable) {
            return null;
        }
    }

    /**
     * Whether JVM options may make a fork write at the JVM's very end, after its shutdown hooks: an agent (a profiler
     * writes its file then), logging, a flight recording, a class-data archive dumped at exit, or a diagnostic that
     * prints then; those in {@code JAVA_TOOL_OPTIONS} and its kin included, and any file of options. Such a fork is
     * not ended at its marker.
     */
    static boolean writesAtExit(List<String> jvmArgs) {
        return Stream.concat(jvmArgs.stream(), ENVIRONMENT_OPTIONS.stream())
                .anyMatch(arg -> WRITES_AT_EXIT.stream().anyMatch(arg::startsWith));
    }

    /** The JVM options every fork takes from the environment it inherits from this JVM, read once. */
    private static List<String> environmentOptions() {
        List<String> options = new ArrayList<>();
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                options.addAll(List.of(value.trim().split("\\s+")));
            }
        }
        return List.copyOf(options);
    }

    private void stopGracefully(Process process) {
        if (grace.isZero()) {
            return;
        }
        process.destroy();
        try {
            process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void killTree(Process process) {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String head(Path report) throws IOException {
        List<String> lines = Files.readAllLines(report, StandardCharsets.ISO_8859_1);
        return String.join("\n", lines.subList(0, Math.min(lines.size(), TAIL_LINES)));
    }

    /** The last lines of a fork's output, read from its last 64 KiB only: a suite run may print a great deal. */
    private static String tail(Path output) throws IOException {
        if (!Files.exists(output)) {
            return "";
        }
        byte[] last;
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(output.toFile(), "r")) {
            long from = Math.max(0, file.length() - TAIL_BYTES);
            file.seek(from);
            last = new byte[(int) (file.length() - from)];
            file.readFully(last);
        }
        List<String> lines = new String(last, StandardCharsets.ISO_8859_1).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }
}
