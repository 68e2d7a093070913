package dev.fixturebench.pipeline;

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
 * turn is skipped; {@link #flush} waits until the newest is written and passes on the first write that failed. The
 * results file is written for every state; a format that may skip states ({@link ResultFormat#everyState}) is written
 * only when at least {@value #PACE} times its last write's time has passed since that write began (at most
 * {@value #MAX_GAP_MS} ms), so rewriting it takes no more than about 2 % of a run however many fixtures it has.
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
    private record Timed(int state, String format, long started, long nanos, long cpuNanos) {
    }

    /** A paced format waits this many times its last write's time before it is written again. */
    static final int PACE = 49;

    /** The longest a paced format waits, however long its last write took (the first is the slowest). */
    static final long MAX_GAP_MS = 30_000;

    private final ReportWriter writer;
    private final Path statsFile;
    /** Per paced format: when its last write began and how long it took, in nanoseconds. */
    private final java.util.Map<ResultFormat, long[]> paced = new java.util.HashMap<>();
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
                timed = writeTimed(dueFormats(), state, number);
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

    /** The formats this state is written in: those written for every state, and each paced one whose gap is up. */
    private List<ResultFormat> dueFormats() {
        long now = System.nanoTime();
        List<ResultFormat> due = new ArrayList<>();
        for (ResultFormat format : writer.formats()) {
            long[] last = paced.get(format);
            if (format.everyState() || last == null
                    || now - last[0] >= Math.min(PACE * last[1], MAX_GAP_MS * 1_000_000)) {
                due.add(format);
            }
        }
        return due;
    }

    /** Writes {@code state} in each of {@code formats}, in order, timing each and noting when each paced one ran. */
    private List<Timed> writeTimed(List<ResultFormat> formats, RunResult state, int number) throws IOException {
        List<Timed> timed = writeTimed(new ReportWriter(formats), state, number);
        for (int i = 0; i < timed.size(); i++) {
            ResultFormat format = formats.get(i);
            if (!format.everyState()) {
                paced.put(format, new long[] {timed.get(i).started(), timed.get(i).nanos()});
            }
        }
        return timed;
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
            timed.add(new Timed(number, format.name(), start, System.nanoTime() - start,
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
