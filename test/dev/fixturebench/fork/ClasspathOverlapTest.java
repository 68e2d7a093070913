package dev.fixturebench.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check that decides whether a suite's folders may move after the jars: real jars and folders on disk. */
class ClasspathOverlapTest {

    @TempDir
    Path dir;

    private Path jar(String name, String... entries) throws IOException {
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("com/"));
            out.closeEntry();
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                out.write(entry.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private Path folder(String name, String... files) throws IOException {
        Path folder = dir.resolve(name);
        for (String file : files) {
            Path path = folder.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, file);
        }
        return Files.createDirectories(folder);
    }

    @Test
    void foldersAndJarsWithDistinctEntriesDoNotClash() throws IOException {
        Path classes = folder("test-classes", "com/example/AppTest.class", "fixtures/table.csv");
        Path lib = jar("lib.jar", "com/example/App.class", "com/example/table.csv", "META-INF/MANIFEST.MF");
        assertEquals(Optional.empty(), ClasspathOverlap.find(List.of(classes), List.of(lib)));
    }

    @Test
    void aManifestOrModuleDescriptorInAFolderIsNoClashSinceEachJarReadsItsOwn() throws IOException {
        // a bundle plugin writes target/classes/META-INF/MANIFEST.MF, as jsoup's build does
        Path classes = folder("classes", "META-INF/MANIFEST.MF", "module-info.class", "org/jsoup/Jsoup.class");
        Path lib = jar("lib.jar", "META-INF/MANIFEST.MF", "module-info.class", "org/junit/Test.class");
        assertEquals(Optional.empty(), ClasspathOverlap.find(List.of(classes), List.of(lib)));
    }

    @Test
    void aClassInAFolderAndAJarClashesAndIsNamed() throws IOException {
        Path classes = folder("test-classes", "com/example/AppTest.class");
        Path main = folder("classes", "com/example/App.class");
        Path first = jar("first.jar", "org/other/Thing.class");
        Path second = jar("second.jar", "com/example/App.class");
        ClasspathOverlap.Clash clash = ClasspathOverlap.find(List.of(classes, main), List.of(first, second))
                .orElseThrow();
        assertEquals(new ClasspathOverlap.Clash("com/example/App.class", main, second), clash);
        assertTrue(clash.describe().contains("com/example/App.class is both in the folder " + main + " and in "
                + second), clash.describe());
    }

    @Test
    void aResourceClashesToo() throws IOException {
        Path classes = folder("test-classes", "junit-platform.properties");
        Path lib = jar("lib.jar", "junit-platform.properties");
        assertEquals("junit-platform.properties",
                ClasspathOverlap.find(List.of(classes), List.of(lib)).orElseThrow().entry());
    }

    @Test
    void aMultiReleaseEntryClashesWithTheClassItServes() throws IOException {
        Path classes = folder("test-classes", "com/example/App.class");
        Path lib = jar("lib.jar", "META-INF/versions/11/com/example/App.class");
        assertEquals("com/example/App.class",
                ClasspathOverlap.find(List.of(classes), List.of(lib)).orElseThrow().entry());
    }

    @Test
    void missingAndEmptyFoldersHoldNothing() throws IOException {
        Path lib = jar("lib.jar", "com/example/App.class");
        assertEquals(Optional.empty(), ClasspathOverlap.find(List.of(dir.resolve("absent"), folder("empty")),
                List.of(lib)));
    }

    @Test
    void aFileThatIsNoJarIsReportedNotSkipped() throws IOException {
        Path classes = folder("test-classes", "com/example/AppTest.class");
        Path notAJar = Files.writeString(dir.resolve("notes.txt"), "not a zip");
        IOException problem = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> ClasspathOverlap.find(List.of(classes), List.of(notAJar)));
        assertTrue(problem.getMessage().contains(notAJar + " is on the class path but is neither a folder nor a jar"),
                problem.getMessage());
    }
}
