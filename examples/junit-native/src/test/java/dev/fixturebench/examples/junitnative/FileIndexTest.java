package dev.fixturebench.examples.junitnative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The word index over a directory of text files that JUnit creates and deletes. */
class FileIndexTest {

    @TempDir
    Path docs;

    private FileIndex index;

    @BeforeEach
    void writeDocuments() throws IOException {
        Files.writeString(docs.resolve("readme.txt"), "The store keeps keys in memory.");
        Files.createDirectories(docs.resolve("ops"));
        Files.writeString(docs.resolve("ops/runbook.txt"), "Restart the server; the store survives.");
        Files.writeString(docs.resolve("ops/notes.md"), "store: not indexed, not a .txt file");
        index = new FileIndex(docs);
        assertEquals(2, index.refresh());
    }

    @Test
    void findsWordInEveryFile() {
        assertEquals(Set.of(Path.of("readme.txt"), Path.of("ops", "runbook.txt")), index.search("STORE"));
    }

    @Test
    void ignoresOtherExtensions() {
        assertTrue(index.search("indexed").isEmpty());
    }

    @Test
    void refreshSeesMovedInFiles(@TempDir Path inbox) throws IOException {
        Path draft = Files.writeString(inbox.resolve("draft.txt"), "Replica lag explained.");
        Files.move(draft, docs.resolve("draft.txt"));
        assertEquals(3, index.refresh());
        assertEquals(Set.of(Path.of("draft.txt")), index.search("replica"));
    }
}
