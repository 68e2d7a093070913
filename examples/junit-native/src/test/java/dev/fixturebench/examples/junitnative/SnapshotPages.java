package dev.fixturebench.examples.junitnative;

/**
 * A store snapshot held in memory as 64 KiB pages, exactly a whole number of MiB of heap; every 4 KiB of each page
 * is written, so the memory is really there. 64 KiB pages are far below G1's humongous threshold (half a region),
 * so the heap they retain is their size plus a 16-byte header each (0.02 %) under every collector and heap size.
 */
final class SnapshotPages {

    static final int PAGE_BYTES = 64 * 1024;
    private static final int PAGES_PER_MIB = 1024 * 1024 / PAGE_BYTES;
    private static final int OS_PAGE_BYTES = 4096;

    private final byte[][] pages;

    private SnapshotPages(byte[][] pages) {
        this.pages = pages;
    }

    /** Loads a snapshot of {@code mib} MiB: allocates its pages and stamps each with its number. */
    static SnapshotPages loadMiB(int mib) {
        byte[][] pages = new byte[mib * PAGES_PER_MIB][];
        for (int p = 0; p < pages.length; p++) {
            byte[] page = new byte[PAGE_BYTES];
            for (int i = 0; i < page.length; i += OS_PAGE_BYTES) {
                page[i] = (byte) (p + 1);
            }
            pages[p] = page;
        }
        return new SnapshotPages(pages);
    }

    /** Bytes held in the pages, headers not counted. */
    long bytes() {
        return (long) pages.length * PAGE_BYTES;
    }

    /** Whether every page still carries the stamp written when it was loaded. */
    boolean intact() {
        for (int p = 0; p < pages.length; p++) {
            for (int i = 0; i < PAGE_BYTES; i += OS_PAGE_BYTES) {
                if (pages[p][i] != (byte) (p + 1)) {
                    return false;
                }
            }
        }
        return true;
    }
}
