package dev.fixturebench.pipeline;

import java.io.IOException;

import dev.fixturebench.model.RunResult;
import dev.fixturebench.report.ReportWriter;

/**
 * Writes the newest state of a run on a thread of its own, so a worker that finishes a fixture hands its state over
 * and goes on measuring instead of waiting for every output to be rewritten. A state a newer one replaced before its
 * turn is skipped; {@link #flush} waits until the newest is written and passes on the first write that failed.
 */
final class LatestStateWriter implements AutoCloseable {

    private final ReportWriter writer;
    private final Thread thread;
    private RunResult pending;
    private boolean writing;
    private boolean closed;
    private IOException failure;

    LatestStateWriter(ReportWriter writer) {
        this.writer = writer;
        this.thread = new Thread(this::loop, "fixture-bench-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands over {@code state}, the run as it stands now, replacing a state not yet written; fails after a failure. */
    synchronized void offer(RunResult state) throws IOException {
        if (failure != null) {
            throw failure;
        }
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

    private void loop() {
        while (true) {
            RunResult state;
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
            }
            IOException failed = null;
            try {
                writer.write(state);
            } catch (IOException e) {
                failed = e;
            } catch (RuntimeException e) {
                failed = new IOException("could not write the results: " + e, e);
            }
            synchronized (this) {
                writing = false;
                if (failed != null && failure == null) {
                    failure = failed;
                }
                notifyAll();
            }
        }
    }

    /** Writes what is pending, then stops the thread. */
    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            synchronized (this) {
                closed = true;
                notifyAll();
            }
        }
    }
}
