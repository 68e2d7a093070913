package dev.fixturebench.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import dev.fixturebench.suite.SuiteException;

/**
 * One run at a time per output folder: an OS file lock on {@code <out>/.fixture-bench-run.lock}, holding the owner's
 * PID, released when the run ends however it ends (the OS drops it with the process). A second run refuses.
 */
final class OutputLock implements AutoCloseable {

    static final String FILE_NAME = ".fixture-bench-run.lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final Path folder;
    private final boolean created;

    private OutputLock(FileChannel channel, FileLock lock, Path folder, boolean created) {
        this.channel = channel;
        this.lock = lock;
        this.folder = folder;
        this.created = created;
    }

    /** Takes the lock of {@code out}, creating the folder; another run holding it is bad usage, naming its PID. */
    static OutputLock acquire(Path out) throws IOException, SuiteException {
        boolean created = !Files.exists(out);
        Files.createDirectories(out);
        Path file = out.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException sameJvm) {
            channel.close();
            throw new SuiteException("this JVM already runs Fixture Bench on " + out.toAbsolutePath().normalize()
                    + ": give this run another --out.");
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String owner = Files.readString(file, StandardCharsets.UTF_8).trim();
            channel.close();
            throw new SuiteException("another Fixture Bench run" + (owner.isEmpty() ? "" : " (PID " + owner + ")")
                    + " is writing to " + out.toAbsolutePath().normalize() + ": wait for it to end, or give this one"
                    + " another --out.");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        return new OutputLock(channel, lock, out, created);
    }

    /** Releases the lock; a folder this run created and left holding nothing but the lock file goes too. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
        if (created) {
            try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
                if (entries.allMatch(p -> p.getFileName().toString().equals(FILE_NAME))) {
                    Files.deleteIfExists(folder.resolve(FILE_NAME));
                    Files.deleteIfExists(folder);
                }
            }
        }
    }
}
