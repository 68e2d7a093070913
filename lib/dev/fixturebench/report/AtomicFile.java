package dev.fixturebench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file through a temporary sibling moved into place, so a reader sees the old content or the new, whole. */
public final class AtomicFile {

    private AtomicFile() {
    }

    /** Replaces {@code target} with {@code content}, creating its folder when missing. */
    public static void write(Path target, String content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        try {
            Files.writeString(partial, content, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
