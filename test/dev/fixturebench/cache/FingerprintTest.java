package dev.fixturebench.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fingerprints of real files: touching nothing keeps the name of a cache entry, changing anything it reads changes it. */
class FingerprintTest {

    @TempDir
    Path folder;

    private String of(Path... paths) {
        return Fingerprint.of("test-1").paths(List.of(paths)).hex();
    }

    private static void touch(Path file, int secondsLater) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Files.getLastModifiedTime(file).toInstant()
                .plusSeconds(secondsLater)));
    }

    @Test
    void touchingNothingGivesTheSameName() throws IOException {
        Path classes = Files.createDirectories(folder.resolve("classes/p"));
        Files.writeString(classes.resolve("A.class"), "a");
        Path jar = Files.writeString(folder.resolve("lib.jar"), "jar");
        String first = of(folder.resolve("classes"), jar);
        assertEquals(32, first.length());
        assertEquals(first, of(folder.resolve("classes"), jar));
        assertEquals(first, of(folder.resolve("classes/./p/.."), folder.resolve("lib.jar")), "the same paths, spelt"
                + " otherwise");
    }

    @Test
    void aJarRebuiltInPlaceGivesAnotherName() throws IOException {
        Path jar = Files.writeString(folder.resolve("lib.jar"), "jar");
        String before = of(jar);
        touch(jar, 1);
        assertNotEquals(before, of(jar), "a newer time");
        String touched = of(jar);
        Files.writeString(jar, "jar, longer");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        assertNotEquals(touched, of(jar), "another size");
    }

    @Test
    void aFileChangedAddedOrRemovedInAFolderGivesAnotherName() throws IOException {
        Path sources = Files.createDirectories(folder.resolve("src/main/java"));
        Path source = Files.writeString(sources.resolve("A.java"), "class A {}");
        String before = of(folder.resolve("src"));
        touch(source, 1);
        String edited = of(folder.resolve("src"));
        assertNotEquals(before, edited, "an edited source");
        Path added = Files.writeString(sources.resolve("B.java"), "class B {}");
        String grown = of(folder.resolve("src"));
        assertNotEquals(edited, grown, "a new source");
        Files.delete(added);
        assertEquals(edited, of(folder.resolve("src")), "back as it was");
        Files.move(source, sources.resolve("C.java"));
        assertNotEquals(edited, of(folder.resolve("src")), "a source renamed");
    }

    @Test
    void aMissingPathIsNotAnEmptyFolder() throws IOException {
        String missing = of(folder.resolve("target/classes"));
        Files.createDirectories(folder.resolve("target/classes"));
        assertNotEquals(missing, of(folder.resolve("target/classes")));
    }

    @Test
    void textsAreKeptApart() {
        assertNotEquals(Fingerprint.of("k").text("ab", "c").hex(), Fingerprint.of("k").text("a", "bc").hex());
        assertNotEquals(Fingerprint.of("k").texts(List.of("-Xmx1g")).hex(), Fingerprint.of("k").texts(List.of()).hex(),
                "another fork option");
        assertNotEquals(Fingerprint.of("archive-1").hex(), Fingerprint.of("archive-2").hex(), "another format");
    }

    @Test
    void anotherOrAnUpdatedJdkGivesAnotherName() throws IOException {
        Path home = folder.resolve("jdk");
        Files.createDirectories(home.resolve("lib/server"));
        Files.writeString(home.resolve("lib/modules"), "image");
        Path vm = Files.writeString(home.resolve("lib/server/libjvm.so"), "vm");
        Files.writeString(home.resolve("lib/server/classes.jsa"), "base archive");
        String jdk = Fingerprint.of("k").jdk(home, "17.0.15").hex();
        assertEquals(jdk, Fingerprint.of("k").jdk(home, "17.0.15").hex());
        assertNotEquals(jdk, Fingerprint.of("k").jdk(home, "17.0.16").hex(), "another version");
        assertNotEquals(jdk, Fingerprint.of("k").jdk(folder.resolve("other-jdk"), "17.0.15").hex(), "another JDK");
        touch(vm, 1);
        assertNotEquals(jdk, Fingerprint.of("k").jdk(home, "17.0.15").hex(), "the VM replaced in place");
        assertEquals(Fingerprint.of("k").jdk().hex(), Fingerprint.of("k").jdk().hex(), "the running JDK");
    }

    @Test
    void theToolsOwnCodeIsNamedByItsJarOrClassFolder() {
        assertEquals(Fingerprint.of("k").codeOf(Fingerprint.class).hex(), Fingerprint.of("k").codeOf(Fingerprint.class)
                .hex());
        assertNotEquals(Fingerprint.of("k").hex(), Fingerprint.of("k").codeOf(Fingerprint.class).hex());
        assertNotEquals(Fingerprint.of("k").codeOf(String.class).hex(), Fingerprint.of("k").codeOf(String.class).hex(),
                "code that cannot be located never matches");
    }

    @Test
    void contentsCountWhereTimesDoNot() throws IOException {
        Path template = Files.writeString(folder.resolve("page.jte"), "a");
        String before = Fingerprint.of("k").contents(template).hex();
        FileTime time = Files.getLastModifiedTime(template);
        Files.writeString(template, "b");
        Files.setLastModifiedTime(template, time);
        assertNotEquals(before, Fingerprint.of("k").contents(template).hex());
        touch(template, 5);
        Files.writeString(template, "a");
        assertEquals(before, Fingerprint.of("k").contents(template).hex(), "the same bytes, whatever the time");
    }
}
