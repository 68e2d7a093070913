package dev.fixturebench.report;

import java.io.IOException;
import java.util.List;

import dev.fixturebench.model.RunResult;

/**
 * Writes a run in every format it was given, in order, after each measured fixture and at the end, so an interrupted
 * run keeps every finished row in each of them.
 */
public final class ReportWriter {

    private final List<ResultFormat> formats;

    public ReportWriter(List<ResultFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** The formats written, in order. */
    public List<ResultFormat> formats() {
        return formats;
    }

    public void write(RunResult run) throws IOException {
        for (ResultFormat format : formats) {
            try {
                format.write(run);
            } catch (IOException e) {
                throw new IOException("could not write the " + format.name() + " to " + format.location() + ": "
                        + e.getMessage(), e);
            }
        }
    }
}
