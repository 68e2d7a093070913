package dev.fixturebench.report;

import java.io.IOException;
import java.nio.file.Path;

import dev.fixturebench.model.RunResult;

/**
 * One view of a run on disk: the Markdown report, the JSON results, the HTML site. Each write replaces the format's
 * previous write of the same run whole, so a reader never meets a half-written view.
 */
public interface ResultFormat {

    /** What users call this view in progress and error lines: {@code Markdown report}, {@code site}, … */
    String name();

    /** Where it writes: a file, or a folder. */
    Path location();

    /** What a user opens to read it: the file itself, or a site's first page of the run. */
    default Path opens() {
        return location();
    }

    /**
     * Whether every state of a run is written in this format, the record a killed run leaves behind; the others may
     * skip states while a run goes on, so rewriting them never takes much of it, and are always given the last.
     */
    default boolean everyState() {
        return false;
    }

    /** Writes {@code run}, replacing what an earlier call wrote. */
    void write(RunResult run) throws IOException;
}
