package dev.fixturebench.pipeline;

import java.io.PrintWriter;

/**
 * Where a command talks to the user: results on {@code out}, progress, warnings and errors on {@code err}.
 *
 * @param out what the command prints as its result
 * @param err progress, warnings and errors
 */
public record Console(PrintWriter out, PrintWriter err) {

    void flush() {
        err.flush();
        out.flush();
    }
}
