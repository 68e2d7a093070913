package dev.fixturebench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code fixture-bench} in-process; {@link #out} and {@link #err} hold what the last call printed, and only that. */
final class CommandRunner {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return BenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** What the last call printed, its white space folded to single spaces (help text wraps at any width). */
    String outFolded() {
        return out().replaceAll("\\s+", " ");
    }
}
