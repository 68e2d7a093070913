package dev.fixturebench.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache folder on a real disk: where it is, entries whole or absent, and a cache it cannot write only warns. */
class SetupCacheTest {

    @TempDir
    Path root;

    private final List<String> warnings = new ArrayList<>();

    private SetupCache cache() {
        return SetupCache.at(root.resolve("fixture-bench"), warnings::add);
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFolderIsXdgCacheHomesElseTheHomesDotCache() {
        assertEquals(Path.of("/var/cache/me/fixture-bench"), SetupCache.folder("/var/cache/me", "/home/me"));
        assertEquals(Path.of("/home/me/.cache/fixture-bench"), SetupCache.folder(null, "/home/me"));
        assertEquals(Path.of("/home/me/.cache/fixture-bench"), SetupCache.folder("", "/home/me"));
        assertEquals(Path.of("/home/me/.cache/fixture-bench"), SetupCache.folder("relative/cache", "/home/me"),
                "a relative XDG_CACHE_HOME is ignored, as the XDG rule says");
    }

    @Test
    void anEntryStoredIsFoundWhole() throws IOException {
        SetupCache cache = cache();
        assertEquals(Optional.empty(), cache.find("archive", "k1"));
        Path stored = cache.store("archive", "k1", folder -> Files.writeString(folder.resolve("a.txt"), "content"));
        assertEquals(root.resolve("fixture-bench/archive/k1"), stored);
        assertEquals(Optional.of(stored), cache.find("archive", "k1"));
        assertEquals("content", Files.readString(stored.resolve("a.txt")));
        assertEquals(List.of("k1"), names(root.resolve("fixture-bench/archive")), "no partial folder left");
        assertEquals(Optional.empty(), cache.find("archive", "k2"));
        assertEquals(Optional.empty(), cache.find("discovery", "k1"), "kinds apart");
    }

    @Test
    void aFillerThatFailsLeavesNoEntryAndNothingHalfBuilt() throws IOException {
        SetupCache cache = cache();
        IOException failure = assertThrows(IOException.class, () -> cache.store("archive", "k1", folder -> {
            Files.writeString(folder.resolve("half"), "x");
            throw new IOException("dump failed");
        }));
        assertEquals("dump failed", failure.getMessage());
        assertEquals(Optional.empty(), cache.find("archive", "k1"));
        assertEquals(List.of(), names(root.resolve("fixture-bench/archive")));
    }

    @Test
    void runsStoringTheSameEntryAtOnceAllGetOneWholeEntry() throws Exception {
        SetupCache cache = cache();
        int runs = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        try {
            List<Future<Path>> stored = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                String content = "run " + i;
                stored.add(pool.submit(() -> {
                    start.await();
                    return cache.store("classpath", "k", folder -> {
                        Files.writeString(folder.resolve("first"), content);
                        Files.writeString(folder.resolve("second"), content);
                    });
                }));
            }
            start.countDown();
            for (Future<Path> entry : stored) {
                Path folder = entry.get();
                assertEquals(root.resolve("fixture-bench/classpath/k"), folder);
                assertEquals(Files.readString(folder.resolve("first")), Files.readString(folder.resolve("second")),
                        "both files of one run");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("k"), names(root.resolve("fixture-bench/classpath")));
    }

    @Test
    void aDiscardedEntryIsGoneAndCanBeStoredAgain() throws IOException {
        SetupCache cache = cache();
        Path entry = cache.store("scan", "k", folder -> Files.writeString(folder.resolve("f"), "old"));
        cache.discard(entry);
        assertEquals(Optional.empty(), cache.find("scan", "k"));
        assertEquals(List.of(), names(root.resolve("fixture-bench/scan")));
        cache.store("scan", "k", folder -> Files.writeString(folder.resolve("f"), "new"));
        assertEquals("new", Files.readString(cache.find("scan", "k").orElseThrow().resolve("f")));
    }

    @Test
    void offFindsNothingAndStoresNothing() {
        SetupCache off = SetupCache.off();
        assertFalse(off.on());
        assertEquals(Optional.empty(), off.find("archive", "k"));
        assertThrows(IOException.class, () -> off.store("archive", "k", folder -> { }));
    }

    @Test
    void aCacheThatCannotBeWrittenThrowsAndWarnsOnce() throws IOException {
        Files.writeString(root.resolve("fixture-bench"), "a file where the folder should be");
        SetupCache cache = cache();
        assertThrows(IOException.class, () -> cache.store("archive", "k", folder -> { }));
        assertEquals(Optional.empty(), cache.find("archive", "k"));
        cache.warn("the archive could not be kept");
        cache.warn("the archive could not be kept");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("warning: the archive could not be kept; the run goes on without the"
                + " cache there (" + root.resolve("fixture-bench") + "; --no-cache skips it)"), warnings.get(0));
    }

    @Test
    void entriesUnusedForThirtyDaysAndAbandonedPartsGoWhenAnotherIsStored() throws IOException {
        SetupCache cache = cache();
        Path old = cache.store("archive", "old", folder -> Files.writeString(folder.resolve("f"), "x"));
        Path used = cache.store("archive", "used", folder -> Files.writeString(folder.resolve("f"), "x"));
        Path recent = cache.store("archive", "recent", folder -> Files.writeString(folder.resolve("f"), "x"));
        Path abandoned = Files.createDirectories(root.resolve("fixture-bench/archive/.killed.abc.part"));
        Path building = Files.createDirectories(root.resolve("fixture-bench/archive/.building.def.part"));
        Instant now = Instant.now();
        Files.setLastModifiedTime(old, FileTime.from(now.minus(SetupCache.UNUSED).minusSeconds(60)));
        Files.setLastModifiedTime(used, FileTime.from(now.minus(SetupCache.UNUSED).minusSeconds(60)));
        Files.setLastModifiedTime(recent, FileTime.from(now.minus(SetupCache.UNUSED).plusSeconds(3600)));
        Files.setLastModifiedTime(abandoned, FileTime.from(now.minus(SetupCache.ABANDONED).minusSeconds(60)));
        assertTrue(cache.find("archive", "used").isPresent(), "a hit marks it used");
        cache.store("archive", "new", folder -> Files.writeString(folder.resolve("f"), "x"));
        assertEquals(List.of(".building.def.part", "new", "recent", "used"), names(root.resolve("fixture-bench/archive")));
        assertTrue(Files.isDirectory(building), "another run's entry being built stays");
    }
}
