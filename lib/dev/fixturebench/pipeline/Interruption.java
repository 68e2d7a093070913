package dev.fixturebench.pipeline;

import java.io.PrintWriter;

import dev.fixturebench.fork.Forker;

import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM during a run: instead of dying at once, the run stops its forks (whole process trees),
 * starts no more, notes the signal, and lets the pipeline write what finished and exit 130 or 143. Any later signal
 * while it writes is ignored (SIGKILL, as ever, is not caught).
 */
final class Interruption {

    private volatile Signal signal;

    private Interruption() {
    }

    /** Catches SIGINT and SIGTERM from now on, telling {@code err} what happens. */
    static Interruption install(PrintWriter err) {
        Interruption interruption = new Interruption();
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), caught -> interruption.caught(caught, err));
            } catch (IllegalArgumentException unsupported) {
                // a platform without this signal: the JVM's default handling stays
            }
        }
        return interruption;
    }

    private void caught(Signal caught, PrintWriter err) {
        if (signal != null) {
            return;
        }
        signal = caught;
        synchronized (err) {
            err.println();
            err.println("Interrupted (SIG" + caught.getName() + "): stopping the forks and starting no more, then"
                    + " writing the fixtures that finished, the rest skipped (interrupted).");
            err.flush();
        }
        Forker.stopAll();
    }

    /** Whether a signal came. */
    boolean happened() {
        return signal != null;
    }

    /** How every interrupted fixture's reason starts. */
    static final String REASON_PREFIX = "interrupted (SIG";

    /** What the skipped fixtures' reason says. */
    String reason() {
        return REASON_PREFIX + signal.getName() + ") before it was measured";
    }

    /** 128 + the signal's number: 130 for SIGINT, 143 for SIGTERM. */
    int exitCode() {
        return 128 + signal.getNumber();
    }
}
