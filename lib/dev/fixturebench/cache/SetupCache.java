package dev.fixturebench.cache;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The folder that keeps what a run's set-up made for the next run with the same inputs: one folder per entry, named by
 * the {@link Fingerprint} of all it depends on, built beside its place and renamed into it whole, or not there at all.
 * A cache that cannot be read or written is a warning, never a failure: the run builds what it needs itself.
 */
public final class SetupCache {

    /** The folder's name under the user's cache folder. */
    public static final String FOLDER_NAME = "fixture-bench";
    /** Entries not used for this long go when another of their kind is stored. */
    static final Duration UNUSED = Duration.ofDays(30);
    /** Folders a killed run left half-built, removed once they are this old (no run builds one for so long). */
    static final Duration ABANDONED = Duration.ofDays(1);
    private static final String PART = ".part";
    private static final String TRASH = ".trash";

    private final Path root;
    private final Consumer<String> warnings;
    private final Set<String> warned = new HashSet<>();

    private SetupCache(Path root, Consumer<String> warnings) {
        this.root = root;
        this.warnings = warnings;
    }

    /** No cache ({@code --no-cache}): nothing found, nothing stored. */
    public static SetupCache off() {
        return new SetupCache(null, message -> { });
    }

    /** The cache in {@code root}; what cannot be read or written there goes to {@code warnings}, once each. */
    public static SetupCache at(Path root, Consumer<String> warnings) {
        return new SetupCache(root.toAbsolutePath().normalize(), warnings);
    }

    /** The cache in the user's cache folder ({@link #folder}), warning to {@code warnings}. */
    public static SetupCache standard(Consumer<String> warnings) {
        return at(folder(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home")), warnings);
    }

    /**
     * {@code $XDG_CACHE_HOME/fixture-bench} when that variable is an absolute path (the XDG rule: a relative one is
     * ignored), else {@code ~/.cache/fixture-bench} in {@code home}.
     */
    public static Path folder(String xdgCacheHome, String home) {
        if (xdgCacheHome != null && !xdgCacheHome.isBlank() && Path.of(xdgCacheHome).isAbsolute()) {
            return Path.of(xdgCacheHome).resolve(FOLDER_NAME);
        }
        return Path.of(home, ".cache", FOLDER_NAME);
    }

    /** Whether this cache is used at all (not {@code --no-cache}). */
    public boolean on() {
        return root != null;
    }

    /** Its folder, where it is on. */
    public Optional<Path> root() {
        return Optional.ofNullable(root);
    }

    /** The whole entry of {@code kind} named {@code key}, or empty; a hit marks it used (see {@link #UNUSED}). */
    public Optional<Path> find(String kind, String key) {
        if (root == null) {
            return Optional.empty();
        }
        Path entry = root.resolve(kind).resolve(key);
        if (!Files.isDirectory(entry)) {
            return Optional.empty();
        }
        try {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
        } catch (IOException readOnly) {
            // still usable; it may be pruned sooner
        }
        return Optional.of(entry);
    }

    /** What fills a new entry's folder; what it throws leaves no entry. */
    @FunctionalInterface
    public interface Filler {
        void fill(Path folder) throws IOException;
    }

    /**
     * Stores the entry of {@code kind} named {@code key}: {@code filler} fills a fresh folder beside it, which is then
     * renamed into place. Returns the entry's folder: this one, or the one another run stored first. Throws what
     * {@code filler} throws, or an {@link IOException} saying why the cache could not be written.
     */
    public Path store(String kind, String key, Filler filler) throws IOException {
        if (root == null) {
            throw new IOException("the cache is off (--no-cache)");
        }
        Path folder = root.resolve(kind);
        Path entry = folder.resolve(key);
        Files.createDirectories(folder);
        Path partial = fresh(folder, key, PART);
        try {
            filler.fill(partial);
            try {
                Files.move(partial, entry, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException taken) {
                if (!Files.isDirectory(entry)) {
                    throw taken;
                }
                // another run stored the same entry first: the same inputs made it, so it serves as well
            }
        } finally {
            delete(partial);
        }
        prune(folder, entry);
        return entry;
    }

    /** Removes {@code entry}, found unreadable or not matching what its name promised, so it can be built again. */
    public void discard(Path entry) {
        try {
            Path trash = fresh(entry.getParent(), entry.getFileName().toString(), TRASH);
            Files.delete(trash);
            Files.move(entry, trash, StandardCopyOption.ATOMIC_MOVE);
            delete(trash);
        } catch (IOException e) {
            warn("the cache entry " + entry + " could not be removed (" + e.getMessage() + "): delete it by hand");
        }
    }

    /**
     * Tells the user, once per message, that the cache could not be used for something: the run goes on without it.
     */
    public void warn(String message) {
        if (warned.add(message)) {
            warnings.accept("warning: " + message + "; the run goes on without the cache there (" + root
                    + "; --no-cache skips it)");
        }
    }

    /** A new empty folder in {@code folder} for {@code key}, hidden, its name drawn until free. */
    private static Path fresh(Path folder, String key, String suffix) throws IOException {
        while (true) {
            Path candidate = folder.resolve("." + key + "." + Long.toUnsignedString(ThreadLocalRandom.current()
                    .nextLong(), 36) + suffix);
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException taken) {
                // draw again
            }
        }
    }

    /** Removes the entries of {@code folder} unused for {@link #UNUSED} and half-built ones abandoned, never {@code kept}. */
    private void prune(Path folder, Path kept) {
        Instant now = Instant.now();
        List<Path> entries;
        try (Stream<Path> listed = Files.list(folder)) {
            entries = listed.toList();
        } catch (IOException unreadable) {
            return;
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            boolean hidden = name.startsWith(".");
            Duration limit = hidden ? ABANDONED : UNUSED;
            try {
                if (!entry.equals(kept) && Files.getLastModifiedTime(entry).toInstant().plus(limit).isBefore(now)) {
                    delete(entry);
                }
            } catch (IOException gone) {
                // another run removed it
            }
        }
    }

    private static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // what stays is hidden, and pruned later
        }
    }
}
