package dev.fixturebench.examples.junit4;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A table per test: {@code @Before loadTable} takes exactly 70 ms: it retains exactly 64 MiB in a field of the
 * test instance (four arrays of 16 MiB, every page written; see {@link RetainedHeap}), which {@code @After
 * dropTable} releases. The class has exactly 5 tests, so a whole run builds the table 5 times: 350 ms. The allocation is timed, and
 * the method sleeps for the rest of its 70 ms.
 */
public class HeapBeforeTest {

    /** Size of the table. */
    static final int TABLE_MIB = 64;

    /** The table, held from {@link #loadTable()} to {@link #dropTable()}. */
    private RetainedHeap table;

    @Before
    public void loadTable() throws InterruptedException {
        long start = System.nanoTime();
        table = RetainedHeap.allocateMiB(TABLE_MIB);
        RetainedHeap.sleepUntil(start + 70_000_000L);
    }

    @After
    public void dropTable() {
        table = null;
    }

    @Test
    public void tableHoldsItsSize() {
        assertEquals(TABLE_MIB * 1024L * 1024L, table.bytes());
    }

    @Test
    public void tableIsIntact() {
        assertTrue(table.intact());
    }

    @Test
    public void tableHasWholeChunks() {
        assertEquals(0, table.bytes() % RetainedHeap.CHUNK_BYTES);
    }

    @Test
    public void tableIsLoadedForEachTest() {
        assertTrue(table.bytes() > 0);
    }

    @Test
    public void tableIsNotEmpty() {
        assertTrue(table.bytes() >= 1024L * 1024L);
    }
}
