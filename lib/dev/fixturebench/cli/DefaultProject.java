package dev.fixturebench.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the bundled example suite when no {@code --project} is given: below the current directory (a checkout of
 * Fixture Bench), else beside the {@code ./jbang} wrapper that launched the run.
 */
final class DefaultProject {

    static final String RELATIVE = "examples/model-suite";

    private DefaultProject() {
    }

    static Path locate() {
        Path here = Path.of(RELATIVE);
        if (Files.isDirectory(here)) {
            return here;
        }
        String launcher = System.getenv("JBANG_LAUNCH_CMD");
        if (launcher != null && !launcher.isBlank()) {
            Path parent = Path.of(launcher).toAbsolutePath().getParent();
            if (parent != null && Files.isDirectory(parent.resolve(RELATIVE))) {
                return parent.resolve(RELATIVE);
            }
        }
        return here;
    }
}
