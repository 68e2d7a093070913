package dev.fixturebench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import dev.fixturebench.model.RunResult;

/**
 * Writes the Markdown report and the JSON results into the output directory, each through a temporary file moved
 * into place, so a reader never sees a half-written file and an interrupted run keeps every finished row.
 */
public final class ReportWriter {

    private final Path directory;

    public ReportWriter(Path directory) {
        this.directory = directory;
    }

    public void write(RunResult run) throws IOException {
        Files.createDirectories(directory);
        replace(directory.resolve(JsonReport.FILE_NAME), JsonReport.render(run));
        replace(directory.resolve(MarkdownReport.FILE_NAME), MarkdownReport.render(run));
    }

    private static void replace(Path target, String content) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.writeString(partial, content, StandardCharsets.UTF_8);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
