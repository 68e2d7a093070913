package dev.fixturebench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.StartupProfile;
import dev.fixturebench.profile.StartupSummary;

/**
 * Writes the Markdown report and the JSON results into the output directory, each through a temporary file moved
 * into place, so a reader never sees a half-written file and an interrupted run keeps every finished row.
 */
public final class ReportWriter {

    private final Path directory;
    private String whereStartupGoes;

    public ReportWriter(Path directory) {
        this.directory = directory;
    }

    public void write(RunResult run) throws IOException {
        Files.createDirectories(directory);
        replace(directory.resolve(JsonReport.FILE_NAME), JsonReport.render(run));
        replace(directory.resolve(MarkdownReport.FILE_NAME), MarkdownReport.render(run) + whereStartupGoes(run));
    }

    /** The start-up profile's summary tables, read once, after the report; a profile it cannot read says why. */
    private String whereStartupGoes(RunResult run) {
        StartupProfile profile = run.startupProfile();
        if (profile == null || !profile.recorded()) {
            return "";
        }
        if (whereStartupGoes == null) {
            try {
                whereStartupGoes = "\n" + StartupSummary.read(directory.resolve(profile.file())).toMarkdown(10);
            } catch (IllegalArgumentException e) {
                whereStartupGoes = "\n## Where start-up goes\n\nNot summarised: " + e.getMessage() + "\n";
            }
        }
        return whereStartupGoes;
    }

    private static void replace(Path target, String content) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.writeString(partial, content, StandardCharsets.UTF_8);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
