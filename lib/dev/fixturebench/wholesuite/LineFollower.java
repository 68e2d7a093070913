package dev.fixturebench.wholesuite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Follows a file another process appends lines to, handing each complete line on as it arrives, until closed; on
 * close it hands on what is left. The fork writes its {@code --setup-show} lines this way, apart from the suite's
 * own output.
 */
final class LineFollower implements AutoCloseable {

    private final Path file;
    private final Consumer<String> lines;
    private final Thread thread;
    private final StringBuilder partial = new StringBuilder();
    private volatile boolean closing;

    LineFollower(Path file, Consumer<String> lines) {
        this.file = file;
        this.lines = lines;
        this.thread = new Thread(this::follow, "fixture-bench-setup-show");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void follow() {
        try {
            while (!Files.exists(file)) {
                if (closing) {
                    return;
                }
                Thread.sleep(20);
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8))) {
                char[] buffer = new char[8192];
                while (true) {
                    boolean last = closing;
                    int read = in.read(buffer);
                    if (read > 0) {
                        hand(buffer, read);
                    } else if (last) {
                        break;
                    } else {
                        Thread.sleep(20);
                    }
                }
            }
            if (partial.length() > 0) {
                lines.accept(partial.toString());
            }
        } catch (IOException | InterruptedException e) {
            // the listing is a convenience: the run's figures do not depend on it
        }
    }

    private void hand(char[] buffer, int count) {
        for (int i = 0; i < count; i++) {
            if (buffer[i] == '\n') {
                lines.accept(partial.toString());
                partial.setLength(0);
            } else {
                partial.append(buffer[i]);
            }
        }
    }

    @Override
    public void close() {
        closing = true;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
