package dev.fixturebench.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fixturebench.cache.SetupCache;

/**
 * Real jte templates compiled into a real cache folder: a second run loads them without compiling, a changed template
 * is compiled again (never the old one served), and a broken entry is rebuilt.
 */
class TemplatesTest {

    @TempDir
    Path disk;

    private Path templates() throws IOException {
        Path folder = Files.createDirectories(disk.resolve("templates"));
        Files.writeString(folder.resolve("hello.jte"), "@param String name\nHello ${name}!");
        return folder;
    }

    private List<Path> entries() throws IOException {
        Path folder = disk.resolve("cache/templates");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }

    private SetupCache cache() {
        return SetupCache.at(disk.resolve("cache"), message -> { });
    }

    @Test
    void aSecondRunRendersFromTheCompiledClassesTheCacheKeeps() throws IOException {
        Path folder = templates();
        Templates first = new Templates(folder, disk.resolve("run1"), cache());
        assertEquals("Hello &lt;b&gt;!", first.render("hello.jte", "<b>"));
        assertEquals(1, entries().size());
        assertFalse(Files.exists(disk.resolve("run1")), "compiled into the cache, not the run's folder");
        Path entry = entries().get(0);
        long classes;
        try (Stream<Path> files = Files.walk(entry)) {
            classes = files.filter(f -> f.toString().endsWith(".class")).count();
        }
        assertTrue(classes > 0);

        try (Stream<Path> files = Files.walk(entry)) {
            Files.delete(files.filter(f -> f.toString().endsWith(".java")).findFirst().orElseThrow());
        }
        Templates second = new Templates(folder, disk.resolve("run2"), cache());
        assertEquals("Hello &lt;b&gt;!", second.render("hello.jte", "<b>"), "from the classes alone");
        assertEquals(List.of(entry), entries());
        assertFalse(Files.exists(disk.resolve("run2")), "nothing compiled");
    }

    @Test
    void aChangedTemplateIsCompiledAgain() throws IOException {
        Path folder = templates();
        new Templates(folder, disk.resolve("run1"), cache());
        Files.writeString(folder.resolve("hello.jte"), "@param String name\nGood morning ${name}.");
        assertEquals("Good morning Ann.", new Templates(folder, disk.resolve("run2"), cache()).render("hello.jte",
                "Ann"));
        assertEquals(2, entries().size());
    }

    @Test
    void aBrokenEntryIsRebuiltAndNoCacheCompilesIntoTheRunsFolder() throws IOException {
        Path folder = templates();
        new Templates(folder, disk.resolve("run1"), cache());
        Path entry = entries().get(0);
        List<Path> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(entry)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(classes::add);
        }
        for (Path file : classes) {
            Files.delete(file);
        }
        assertEquals("Hello Bo!", new Templates(folder, disk.resolve("run2"), cache()).render("hello.jte", "Bo"));
        assertEquals(List.of(entry), entries(), "rebuilt under the same name");
        assertEquals("Hello Bo!", new Templates(folder, disk.resolve("run3"), SetupCache.off()).render("hello.jte",
                "Bo"));
        assertTrue(Files.isDirectory(disk.resolve("run3")), "--no-cache: compiled in the run's own folder");
    }

    @Test
    void aTemplateThatDoesNotCompileFailsAndLeavesNoEntry() throws IOException {
        Path folder = templates();
        Files.writeString(folder.resolve("broken.jte"), "@param String name\n${name.noSuchMethod()}");
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new Templates(folder, disk.resolve("run1"), cache()));
        assertTrue(failure.getMessage().startsWith("the site's templates in " + folder + " do not compile: "),
                failure.getMessage());
        assertEquals(List.of(), entries(), "nothing half-built left either");
    }
}
