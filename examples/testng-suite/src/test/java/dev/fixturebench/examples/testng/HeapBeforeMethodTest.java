package dev.fixturebench.examples.testng;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/**
 * A table per test: {@code @BeforeMethod loadTable} takes exactly 70 ms: it retains exactly 64 MiB in an instance
 * field (four arrays of 16 MiB, every page written; see {@link RetainedHeap}), which {@code @AfterMethod dropTable}
 * releases (TestNG runs every test of the class on one instance). The class has exactly 5 tests, so a whole run
 * builds the table 5 times: 350 ms. The allocation is timed, and
 * the method sleeps for the rest of its 70 ms.
 */
public class HeapBeforeMethodTest {

    /** Size of the table. */
    static final int TABLE_MIB = 64;

    /** The table, held from {@link #loadTable()} to {@link #dropTable()}. */
    private RetainedHeap table;

    @BeforeMethod
    public void loadTable() throws InterruptedException {
        long start = System.nanoTime();
        table = RetainedHeap.allocateMiB(TABLE_MIB);
        RetainedHeap.sleepUntil(start + 70_000_000L);
    }

    @AfterMethod
    public void dropTable() {
        table = null;
    }

    @Test
    public void tableHoldsItsSize() {
        assertEquals(table.bytes(), TABLE_MIB * 1024L * 1024L);
    }

    @Test
    public void tableIsIntact() {
        assertTrue(table.intact());
    }

    @Test
    public void tableHasWholeChunks() {
        assertEquals(table.bytes() % RetainedHeap.CHUNK_BYTES, 0L);
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
