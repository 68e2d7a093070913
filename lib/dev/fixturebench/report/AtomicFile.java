package dev.fixturebench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file through a temporary sibling moved into place, so a reader sees the old content or the new, whole; the
 * file gets the mode a plain write would give it (0644 under umask 022), readable by a web server or a colleague.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /** Replaces {@code target} with {@code content}, creating its folder when missing. */
    public static void write(Path target, String content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = partial(folder, target.getFileName().toString(), content);
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * A new sibling holding {@code content}, created as a plain write creates a file (the umask decides its mode, where
     * {@code Files.createTempFile} would make it 0600 whatever the umask).
     */
    private static Path partial(Path folder, String name, String content) throws IOException {
        while (true) {
            Path partial = folder.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current()
                    .nextLong(), 36) + ".part");
            try {
                return Files.writeString(partial, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException taken) {
                // another writer's name: draw again
            } catch (IOException e) {
                Files.deleteIfExists(partial); // a disk that filled up midway leaves no part behind
                throw e;
            }
        }
    }
}
