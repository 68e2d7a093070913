package dev.fixturebench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureApiTest {

    private static final Path POM = Path.of("api/pom.xml");
    private static final Path SOURCES = Path.of("lib/dev/fixturebench/api");

    @Test
    void readsTheCoordinatesOfTheApiBuild() throws Exception {
        String version = FixtureApi.read(POM, SOURCES).coordinates();
        assertTrue(version.startsWith("dev.fixturebench:fixture-bench-api:"), version);
    }

    @Test
    void tellsItsOwnMissingVersionFromAnotherMavenFailure() throws Exception {
        FixtureApi api = FixtureApi.read(POM, SOURCES);
        String version = api.coordinates().substring(api.coordinates().lastIndexOf(':') + 1);
        // as Maven 3.8 and 3.9 word it
        assertTrue(api.missingFrom("[ERROR] Failed to execute goal on project s: Could not resolve dependencies for"
                + " project d:s:jar:1: Could not find artifact dev.fixturebench:fixture-bench-api:jar:" + version));
        assertTrue(api.missingFrom("The following artifacts could not be resolved:"
                + " dev.fixturebench:fixture-bench-api:jar:" + version + " (absent)"));
        assertFalse(api.missingFrom("Could not find artifact dev.fixturebench:fixture-bench-api:jar:0.0.1"));
        assertFalse(api.missingFrom("[ERROR] COMPILATION ERROR : cannot find symbol"));
    }

    @Test
    void aJarOlderThanASourceIsOutdatedAndOnlyItsOwnVersionCounts(@TempDir Path checkout) throws Exception {
        Path pom = Files.createDirectories(checkout.resolve("api")).resolve("pom.xml");
        Files.copy(POM, pom);
        Path sources = Files.createDirectories(checkout.resolve("src"));
        Path source = Files.writeString(sources.resolve("Fixture.java"), "package p;");
        FixtureApi api = FixtureApi.read(pom, sources);
        String version = api.coordinates().substring(api.coordinates().lastIndexOf(':') + 1);
        Path jar = Files.writeString(checkout.resolve("fixture-bench-api-" + version + ".jar"), "jar");
        Path otherVersion = Files.writeString(checkout.resolve("fixture-bench-api-0.0.1.jar"), "jar");
        Instant now = Instant.now();
        Files.setLastModifiedTime(pom, FileTime.from(now.minusSeconds(60)));
        Files.setLastModifiedTime(source, FileTime.from(now.minusSeconds(60)));
        Files.setLastModifiedTime(jar, FileTime.from(now.minusSeconds(30)));
        Files.setLastModifiedTime(otherVersion, FileTime.from(now.minusSeconds(90)));
        assertFalse(api.outdatedOn(List.of(checkout.resolve("classes"), jar)), "installed after its sources");
        assertFalse(api.outdatedOn(List.of(otherVersion)), "another version is not this build's to replace");
        Files.setLastModifiedTime(source, FileTime.from(now));
        assertTrue(api.outdatedOn(List.of(checkout.resolve("classes"), jar)), "a source edited since the install");
        assertEquals(false, api.outdatedOn(List.of()));
    }
}
