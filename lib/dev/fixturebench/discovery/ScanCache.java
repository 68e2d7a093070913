package dev.fixturebench.discovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fixturebench.cache.Fingerprint;
import dev.fixturebench.cache.SetupCache;
import dev.fixturebench.suite.TestConventions;

/**
 * {@link SuiteScanner}'s reading of a suite's bytecode, kept in the set-up cache and taken from there while the scanner
 * (the tool's code), every file of the class path it read, the build's test conventions and whether integration tests
 * count are the same.
 */
final class ScanCache {

    private static final String KIND = "scan";
    private static final String FILE = "structure.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SetupCache cache;

    ScanCache(SetupCache cache) {
        this.cache = cache;
    }

    /** {@link SuiteScanner#scan(List, List, java.util.function.Function, boolean)}, from the cache where it keeps it. */
    SuiteStructure scan(List<Path> testClassRoots, List<Path> classpath, TestConventions conventions,
                        boolean integrationTests) {
        if (!cache.on()) {
            return SuiteScanner.scan(testClassRoots, classpath, conventions::role, integrationTests);
        }
        String key = Fingerprint.of("scan-1").codeOf(SuiteScanner.class)
                .text(conventions.toString(), Boolean.toString(integrationTests))
                .paths(testClassRoots).paths(classpath).hex();
        Optional<Path> entry = cache.find(KIND, key);
        if (entry.isPresent()) {
            try {
                return JSON.readValue(entry.get().resolve(FILE).toFile(), SuiteStructure.class);
            } catch (IOException | RuntimeException unreadable) {
                cache.discard(entry.get());
            }
        }
        SuiteStructure structure = SuiteScanner.scan(testClassRoots, classpath, conventions::role, integrationTests);
        try {
            byte[] json = JSON.writeValueAsBytes(structure);
            cache.store(KIND, key, folder -> Files.write(folder.resolve(FILE), json));
        } catch (IOException unwritable) {
            cache.warn("the scan of the suite's test classes could not be kept in the cache ("
                    + unwritable.getMessage() + ")");
        }
        return structure;
    }
}
