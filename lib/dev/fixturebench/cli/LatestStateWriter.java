package dev.fixturebench.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.fixturebench.model.RunResult;
import dev.fixturebench.report.ReportWriter;
import dev.fixturebench.report.ResultFormat;

/**
 * Writes the newest state of a run on a thread of its own, so a worker that finishes a fixture hands its state over
 * and goes on measuring instead of waiting for every output to be rewritten. A state a newer one replaced before its
 * turn is skipped; {@link #flush} waits until the newest is written and passes on the first write that failed.
 *
 * <p>It counts what it did ({@link #counts}); with {@code -D}{@value #STATS_PROPERTY}{@code =FILE} it also appends, at
 * {@link #close}, one line per format written (its wall and CPU time) and how long the run waited at the end to FILE,
 * which {@code scripts/writing-benchmark.java} reads.
 */
final class LatestStateWriter implements AutoCloseable {

    /** The system property naming the file the writing figures are appended to; unset, none are written. */
    static final String STATS_PROPERTY = "fixturebench.writing.stats";

    /** What the writer did so far: states handed over, written and replaced before their turn; time spent writing. */
    record Counts(int offered, int written, int skipped, long busyNanos) {
    }

    /**
     * One format's write of one state (or of the last state, {@code -1}, written by {@link #writeLast}): its wall time
     * and the writing thread's CPU time (-1 where the JVM measures none): work told apart from waiting for a core.
     */
    private record Timed(int state, String format, long nanos, long cpuNanos) {
    }

    private final ReportWriter writer;
    private final Path statsFile;
    private final Thread thread;
    private final List<Timed> timings = new ArrayList<>();
    private RunResult pending;
    private boolean writing;
    private boolean closed;
    private IOException failure;
    private int offered;
    private int written;
    private int skipped;
    private long busyNanos;

    LatestStateWriter(ReportWriter writer) {
        this(writer, statsFile());
    }

    /** {@code statsFile}: where to append the writing figures at {@link #close}; null for nowhere. */
    LatestStateWriter(ReportWriter writer, Path statsFile) {
        this.writer = writer;
        this.statsFile = statsFile;
        this.thread = new Thread(this::loop, "fixture-bench-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** The file {@code -Dfixturebench.writing.stats} names, or null. */
    static Path statsFile() {
        String file = System.getProperty(STATS_PROPERTY);
        return file == null || file.isBlank() ? null : Path.of(file);
    }

    /** Hands over {@code state}, the run as it stands now, replacing a state not yet written; fails after a failure. */
    synchronized void offer(RunResult state) throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (pending != null) {
            skipped++;
        }
        offered++;
        pending = state;
        notifyAll();
    }

    /** Waits until every state handed over is written (the newest of them), passing on a failed write. */
    synchronized void flush() throws IOException {
        while ((pending != null || writing) && failure == null) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the results", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** What the writer did so far. */
    synchronized Counts counts() {
        return new Counts(offered, written, skipped, busyNanos);
    }

    private void loop() {
        while (true) {
            RunResult state;
            int number;
            synchronized (this) {
                while (pending == null && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (pending == null) {
                    return;
                }
                state = pending;
                pending = null;
                writing = true;
                number = written + 1;
            }
            List<Timed> timed = new ArrayList<>();
            IOException failed = null;
            try {
                timed = writeTimed(writer, state, number);
            } catch (IOException e) {
                failed = e;
            } catch (RuntimeException e) {
                failed = new IOException("could not write the results: " + e, e);
            }
            synchronized (this) {
                writing = false;
                if (failed == null) {
                    written++;
                }
                timings.addAll(timed);
                timed.forEach(t -> busyNanos += t.nanos());
                if (failed != null && failure == null) {
                    failure = failed;
                }
                notifyAll();
            }
        }
    }

    /** Writes {@code state} in each of the writer's formats, in order, timing each. */
    private static List<Timed> writeTimed(ReportWriter writer, RunResult state, int number) throws IOException {
        List<Timed> timed = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        for (ResultFormat format : writer.formats()) {
            long start = System.nanoTime();
            long startCpu = cpu ? threads.getCurrentThreadCpuTime() : 0;
            new ReportWriter(List.of(format)).write(state); // one format at a time: the same message when it fails
            timed.add(new Timed(number, format.name(), System.nanoTime() - start,
                    cpu ? threads.getCurrentThreadCpuTime() - startCpu : -1));
        }
        return timed;
    }

    /**
     * Writes the run's last state with {@code writer} on the calling thread, after the writer thread is closed, and
     * appends its timing to the {@code -Dfixturebench.writing.stats} file when there is one.
     */
    static void writeLast(ReportWriter writer, RunResult last) throws IOException {
        List<Timed> timed = writeTimed(writer, last, -1);
        Path file = statsFile();
        if (file != null) {
            List<String> lines = new ArrayList<>();
            timed.forEach(t -> lines.add(line(t)));
            append(file, lines);
        }
    }

    /** Writes what is pending, then stops the thread; appends the figures to the stats file when there is one. */
    @Override
    public void close() throws IOException {
        long start = System.nanoTime();
        try {
            flush();
        } finally {
            long waited = System.nanoTime() - start;
            synchronized (this) {
                closed = true;
                notifyAll();
            }
            if (statsFile != null) {
                appendStats(waited);
            }
        }
    }

    private void appendStats(long waitedNanos) throws IOException {
        List<String> lines = new ArrayList<>();
        synchronized (this) {
            lines.add("offered\t" + offered);
            lines.add("written\t" + written);
            lines.add("skipped\t" + skipped);
            lines.add("waited_ns\t" + waitedNanos);
            timings.forEach(t -> lines.add(line(t)));
        }
        append(statsFile, lines);
    }

    /** {@code write STATE FORMAT NANOS CPU_NANOS}, tab-separated; STATE -1 is the last state, written at the end. */
    private static String line(Timed timed) {
        return String.format(Locale.ROOT, "write\t%d\t%s\t%d\t%d", timed.state(), timed.format(), timed.nanos(),
                timed.cpuNanos());
    }

    private static void append(Path file, List<String> lines) throws IOException {
        try {
            Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IOException("could not append the writing figures to " + file + " (-D" + STATS_PROPERTY
                    + "): " + e.getMessage() + "; name a file in a folder that exists and can be written", e);
        }
    }
}
