package dev.fixturebench.examples.junitnative;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * An inverted index of the words in the {@code .txt} files under a directory.
 * {@link #refresh()} re-reads the directory; lookups are case-insensitive.
 */
public final class FileIndex {

    private final Path root;
    private final Map<String, Set<Path>> postings = new TreeMap<>();

    public FileIndex(Path root) {
        this.root = root;
    }

    /** Re-reads every {@code .txt} file under the root; returns how many files it indexed. */
    public int refresh() throws IOException {
        postings.clear();
        try (Stream<Path> files = Files.walk(root)) {
            var texts = files.filter(p -> p.toString().endsWith(".txt")).toList();
            texts.forEach(this::index);
            return texts.size();
        }
    }

    private void index(Path file) {
        try {
            for (String word : Files.readString(file).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    postings.computeIfAbsent(word, w -> new TreeSet<>()).add(root.relativize(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files, relative to the root, that contain {@code word}. */
    public Set<Path> search(String word) {
        return postings.getOrDefault(word.toLowerCase(Locale.ROOT), Set.of());
    }

    /** How many distinct words the index holds. */
    public int vocabularySize() {
        return postings.size();
    }
}
