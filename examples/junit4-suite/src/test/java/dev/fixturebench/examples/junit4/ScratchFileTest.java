package dev.fixturebench.examples.junit4;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * JUnit 4's own {@code TemporaryFolder} rule: {@code folder} creates an empty directory before each test and deletes
 * it after; no fixed cost (a few file-system calls).
 */
public class ScratchFileTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void folderStartsEmpty() {
        assertTrue(folder.getRoot().isDirectory());
        assertEquals(0, folder.getRoot().list().length);
    }

    @Test
    public void fileRoundTrips() throws IOException {
        File file = folder.newFile("note.txt");
        Files.writeString(file.toPath(), "hello", StandardCharsets.UTF_8);
        assertEquals("hello", Files.readString(file.toPath(), StandardCharsets.UTF_8));
    }
}
