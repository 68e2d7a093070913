package dev.fixturebench.examples.junitnative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reads the snapshot cache that {@link SnapshotCacheExtension} keeps in JUnit's store: 24 MiB for the class. */
@ExtendWith(SnapshotCacheExtension.class)
class SnapshotCacheTest {

    @Test
    void cacheHoldsTheWholeSnapshot(SnapshotPages cache) {
        assertEquals(SnapshotCacheExtension.CACHE_MIB * 1024L * 1024L, cache.bytes());
        assertTrue(cache.intact());
    }
}
