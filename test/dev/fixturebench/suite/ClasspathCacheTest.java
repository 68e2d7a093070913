package dev.fixturebench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fixturebench.cache.SetupCache;

/**
 * The class path cache on a real multi-module project on disk: the same name while nothing the build reads changes,
 * another for each input changed, and a kept class path served only while its folders and jars are as they were.
 */
class ClasspathCacheTest {

    @TempDir
    Path disk;

    private Path project;
    private ClasspathCache cache;

    @BeforeEach
    void aProjectOfTwoModulesWithAParentOnDisk() throws IOException {
        project = disk.resolve("shop");
        write(disk.resolve("parent/pom.xml"), "<project><artifactId>parent</artifactId></project>");
        write(project.resolve("pom.xml"), """
                <project>
                  <parent><artifactId>parent</artifactId><relativePath>../parent/pom.xml</relativePath></parent>
                  <modules>
                    <module>app</module>
                    <module>lib</module>
                  </modules>
                </project>""");
        write(project.resolve("app/pom.xml"), "<project><parent><artifactId>shop</artifactId></parent></project>");
        write(project.resolve("app/src/test/java/AppTest.java"), "class AppTest {}");
        write(project.resolve("lib/pom.xml"), "<project><parent><relativePath/></parent></project>");
        write(project.resolve("lib/src/main/java/Lib.java"), "class Lib {}");
        write(project.resolve(".mvn/maven.config"), "-T1");
        cache = new ClasspathCache(SetupCache.at(disk.resolve("cache"), message -> { }), Optional.empty());
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static void touch(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Files.getLastModifiedTime(file).toInstant().plusSeconds(1)));
    }

    @Test
    void readsTheModulesTheParentsOnDiskAndTheMavenConfig() throws IOException {
        assertEquals(List.of(project, project.resolve("app"), project.resolve("lib")),
                ClasspathCache.projectFolders(project));
        assertEquals(List.of(disk.resolve("parent/pom.xml")), ClasspathCache.parents(project),
                "the aggregator's parent by its relative path; app's parent is the aggregator, lib's is not on disk");
        assertEquals(Optional.of(project.resolve(".mvn")), ClasspathCache.mavenConfig(project.resolve("app")),
                "a module reads the .mvn of the folder above it");
    }

    @Test
    void touchingNothingGivesTheSameName() throws IOException {
        assertEquals(cache.key(project, null), cache.key(project, null));
        assertNotEquals(cache.key(project, null), cache.key(project, "app"), "another module");
        assertNotEquals(cache.key(project, null), cache.key(project.resolve("app"), null), "another project");
    }

    @Test
    void eachInputChangedGivesAnotherName() throws IOException {
        List<Path> inputs = List.of(project.resolve("app/src/test/java/AppTest.java"),
                project.resolve("lib/src/main/java/Lib.java"), project.resolve("pom.xml"),
                project.resolve("app/pom.xml"), disk.resolve("parent/pom.xml"), project.resolve(".mvn/maven.config"));
        for (Path input : inputs) {
            String before = cache.key(project, "app");
            touch(input);
            assertNotEquals(before, cache.key(project, "app"), project.relativize(input) + " changed");
        }
        String before = cache.key(project, "app");
        write(project.resolve("lib/src/main/resources/app.properties"), "a=1");
        assertNotEquals(before, cache.key(project, "app"), "a new resource");
        before = cache.key(project, "app");
        write(project.resolve("lib/target/classes/Lib.class"), "compiled");
        write(project.resolve("README.md"), "not read by the build");
        assertEquals(before, cache.key(project, "app"), "the build's output and other files are no input");
    }

    @Test
    void theFixtureApisSourcesAreAnInputWhereTheRunInstallsIt() throws Exception {
        Path api = write(disk.resolve("checkout/api/pom.xml"), "<project><groupId>dev.fixturebench</groupId>"
                + "<artifactId>fixture-bench-api</artifactId><version>0.1.0</version></project>");
        Path source = write(disk.resolve("checkout/lib/api/Fixture.java"), "interface Fixture {}");
        ClasspathCache installing = new ClasspathCache(SetupCache.at(disk.resolve("cache"), message -> { }),
                Optional.of(FixtureApi.read(api, source.getParent())));
        String before = installing.key(project, null);
        assertNotEquals(cache.key(project, null), before);
        touch(source);
        assertNotEquals(before, installing.key(project, null), "an API source changed");
    }

    @Test
    void aKeptClassPathServesWhileItsFoldersAndJarsAreAsTheBuildLeftThem() throws IOException {
        Path classes = write(project.resolve("app/target/test-classes/AppTest.class"), "compiled").getParent();
        Path jar = write(disk.resolve("m2/junit-4.13.2.jar"), "jar");
        SuiteClasspath built = new SuiteClasspath(project.resolve("app").toString(), List.of(classes),
                List.of(classes, project.resolve("app/target/classes"), jar), List.of(), "JUnit 4.13.2");
        String key = cache.key(project, "app");
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        assertEquals(Optional.empty(), cache.find(key));
        cache.keep(key, built, at);
        assertEquals(Optional.of(new ClasspathCache.Kept(built, at)), cache.find(key));

        touch(jar);
        assertEquals(Optional.empty(), cache.find(key), "a jar of the class path rebuilt in place");
        cache.keep(key, built, at);
        assertTrue(cache.find(key).isPresent(), "kept again after the build");
        write(classes.resolve("Stray.class"), "another build's class");
        assertEquals(Optional.empty(), cache.find(key), "a class folder another build changed");
        cache.keep(key, built, at);
        Files.delete(classes.resolve("Stray.class"));
        Files.delete(classes.resolve("AppTest.class"));
        assertEquals(Optional.empty(), cache.find(key), "mvn clean");
    }

    @Test
    void anUnreadableEntryIsIgnoredAndReplaced() throws IOException {
        String key = cache.key(project, null);
        write(disk.resolve("cache/classpath/" + key + "/classpath.json"), "{ not json");
        assertEquals(Optional.empty(), cache.find(key));
        assertFalse(Files.exists(disk.resolve("cache/classpath/" + key)), "removed, so the next build keeps its own");
    }
}
