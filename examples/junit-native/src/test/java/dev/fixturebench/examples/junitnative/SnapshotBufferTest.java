package dev.fixturebench.examples.junitnative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A store snapshot loaded before each test: {@code loadSnapshot} keeps exactly 32 MiB of heap reachable. */
class SnapshotBufferTest {

    static final int SNAPSHOT_MIB = 32;

    private SnapshotPages snapshot;

    @BeforeEach
    void loadSnapshot() {
        snapshot = SnapshotPages.loadMiB(SNAPSHOT_MIB);
    }

    @Test
    void holdsTheWholeSnapshot() {
        assertEquals(SNAPSHOT_MIB * 1024L * 1024L, snapshot.bytes());
        assertTrue(snapshot.intact());
    }
}
