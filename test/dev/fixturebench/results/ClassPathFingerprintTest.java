package dev.fixturebench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import dev.fixturebench.suite.SuiteClasspath;

import org.junit.jupiter.api.Test;

class ClassPathFingerprintTest {

    static final Path ROOT = Path.of("/work/suite").toAbsolutePath();
    static final Path TEST_CLASSES = ROOT.resolve("target/test-classes");
    static final Path CLASSES = ROOT.resolve("target/classes");
    static final Path JUNIT = Path.of("/m2/org/junit/jupiter/junit-jupiter-api/5.11.4/junit-jupiter-api-5.11.4.jar")
            .toAbsolutePath();
    static final Path GUAVA = Path.of("/m2/com/google/guava/guava/33.3.1-jre/guava-33.3.1-jre.jar").toAbsolutePath();
    static final Path LAUNCHER = Path.of("/m2/org/junit/platform/junit-platform-launcher/1.11.4/launcher.jar")
            .toAbsolutePath();

    static String fingerprint(List<Path> testClasses, List<Path> entries, List<Path> launcher) {
        return ClassPathFingerprint.of(new SuiteClasspath("/work/suite", testClasses, entries, launcher, "1.11.4"));
    }

    static String usual() {
        return fingerprint(List.of(TEST_CLASSES), List.of(TEST_CLASSES, CLASSES, JUNIT, GUAVA), List.of(LAUNCHER));
    }

    @Test
    void theSamePathsGiveTheSameShortFingerprint() {
        String fingerprint = usual();
        assertTrue(fingerprint.matches("[0-9a-f]{16}"), fingerprint);
        assertEquals(fingerprint, usual());
        assertEquals(fingerprint, ClassPathFingerprint.of(new SuiteClasspath("described otherwise",
                List.of(TEST_CLASSES), List.of(TEST_CLASSES, CLASSES, JUNIT, GUAVA), List.of(LAUNCHER), "1.11.4")),
                "the description is not the class path");
    }

    @Test
    void theSamePathsWrittenDifferentlyGiveTheSameFingerprint() {
        Path unnormalized = ROOT.resolve("target/../target/./classes");
        assertEquals(usual(), fingerprint(List.of(TEST_CLASSES), List.of(TEST_CLASSES, unnormalized, JUNIT, GUAVA),
                List.of(LAUNCHER)));
    }

    @Test
    void anotherOrderGivesAnotherFingerprint() {
        assertNotEquals(usual(), fingerprint(List.of(TEST_CLASSES), List.of(TEST_CLASSES, CLASSES, GUAVA, JUNIT),
                List.of(LAUNCHER)));
        assertNotEquals(usual(), fingerprint(List.of(TEST_CLASSES), List.of(CLASSES, TEST_CLASSES, JUNIT, GUAVA),
                List.of(LAUNCHER)));
    }

    @Test
    void anEntryChangedAddedOrRemovedGivesAnotherFingerprint() {
        Path newerGuava = Path.of("/m2/com/google/guava/guava/33.4.0-jre/guava-33.4.0-jre.jar").toAbsolutePath();
        assertNotEquals(usual(), fingerprint(List.of(TEST_CLASSES), List.of(TEST_CLASSES, CLASSES, JUNIT, newerGuava),
                List.of(LAUNCHER)));
        assertNotEquals(usual(), fingerprint(List.of(TEST_CLASSES), List.of(TEST_CLASSES, CLASSES, JUNIT),
                List.of(LAUNCHER)));
        assertNotEquals(usual(), fingerprint(List.of(TEST_CLASSES), List.of(TEST_CLASSES, CLASSES, JUNIT, GUAVA),
                List.of()));
        assertNotEquals(usual(), fingerprint(List.of(TEST_CLASSES, CLASSES), List.of(TEST_CLASSES, CLASSES, JUNIT,
                GUAVA), List.of(LAUNCHER)));
        Path otherLauncher = Path.of("/m2/org/junit/platform/junit-platform-launcher/1.10.2/launcher.jar")
                .toAbsolutePath();
        assertNotEquals(usual(), fingerprint(List.of(TEST_CLASSES), List.of(TEST_CLASSES, CLASSES, JUNIT, GUAVA),
                List.of(otherLauncher)));
    }

    @Test
    void twoEntriesDoNotReadAsOneJoinedEntry() {
        Path joined = Path.of(TEST_CLASSES + "" + CLASSES.getFileName());
        assertNotEquals(fingerprint(List.of(), List.of(TEST_CLASSES, CLASSES), List.of()),
                fingerprint(List.of(), List.of(joined), List.of()));
    }
}
