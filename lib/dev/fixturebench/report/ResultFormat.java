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

    /** Writes {@code run}, replacing what an earlier call wrote. */
    void write(RunResult run) throws IOException;
}
