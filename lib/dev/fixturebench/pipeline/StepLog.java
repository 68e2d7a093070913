package dev.fixturebench.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * With {@code -Dfixturebench.steps=FILE}, a run appends the moment each of its steps starts to FILE, one line each
 * ({@code epoch ms <TAB> step}, the JVM's own start first), so the floor benchmark can split a run's time by step.
 * Without the property it does nothing; a file it cannot write costs the figures, never the run.
 */
final class StepLog {

    /** The system property naming the file. */
    static final String PROPERTY = "fixturebench.steps";

    private static boolean started;

    private StepLog() {
    }

    /** Notes that {@code step} starts now (which ends the step before it). */
    static synchronized void mark(String step) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        if (!started) {
            lines.append(ManagementFactory.getRuntimeMXBean().getStartTime()).append("\tjvm\n");
            started = true;
        }
        lines.append(System.currentTimeMillis()).append('\t').append(step).append('\n');
        try {
            Files.writeString(Path.of(file), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException unwritable) {
            // a diagnostic: the run goes on without it
        }
    }
}
