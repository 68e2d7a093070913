package dev.fixturebench.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fixturebench.cache.SetupCache;
import dev.fixturebench.suite.TestConventions;

/** The scan of this build's own test classes, kept in a real cache folder: read back, it is the scan itself. */
class ScanCacheTest {

    @TempDir
    Path disk;

    @Test
    void aKeptScanReadsBackAsTheScanAndAnUnreadableOneIsRescanned() throws IOException {
        List<Path> roots = List.of(Path.of("target/test-classes"));
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).filter(p -> !p.toAbsolutePath().equals(roots.get(0).toAbsolutePath())).toList();
        TestConventions conventions = TestConventions.defaults();
        SuiteStructure scanned = SuiteScanner.scan(roots, classpath, conventions::role, false);
        assertTrue(scanned.fixtures().size() > 10, "the scan finds the test fixtures of this build");
        SetupCache cache = SetupCache.at(disk.resolve("cache"), message -> { });

        assertEquals(scanned, new ScanCache(cache).scan(roots, classpath, conventions, false), "scanned and kept");
        Path entry;
        try (Stream<Path> entries = Files.list(disk.resolve("cache/scan"))) {
            entry = entries.findFirst().orElseThrow();
        }
        assertEquals(scanned, new ScanCache(cache).scan(roots, classpath, conventions, false), "read back");

        Files.writeString(entry.resolve("structure.json"), "{\"tests\": 3}");
        assertEquals(scanned, new ScanCache(cache).scan(roots, classpath, conventions, false), "scanned again");
        assertEquals(scanned, new ScanCache(cache).scan(roots, classpath, conventions, false), "and kept again");
    }
}
