package dev.fixturebench.report;

import java.io.IOException;
import java.nio.file.Path;

import dev.fixturebench.model.RunResult;
import dev.fixturebench.results.ResultsJson;

/**
 * The JSON peer of the Markdown report and the site: the run's results file in the output folder, rewritten whole.
 * What the file holds, and how, is {@link ResultsJson}'s; this view only says where it goes.
 */
public final class JsonReport implements ResultFormat {

    /** The file it writes in its folder. */
    public static final String FILE_NAME = ResultsJson.FILE_NAME;

    /** The results are the run's record: a killed run leaves every state up to its last, or the one before. */
    @Override
    public boolean everyState() {
        return true;
    }

    private final Path directory;

    /** The results file in {@code directory}. */
    public JsonReport(Path directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "JSON results";
    }

    @Override
    public Path location() {
        return directory.resolve(FILE_NAME);
    }

    @Override
    public void write(RunResult run) throws IOException {
        AtomicFile.write(location(), ResultsJson.write(run));
    }
}
