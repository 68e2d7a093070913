package dev.fixturebench.examples.testng;

/**
 * Byte arrays of 16 MiB each, totalling an exact number of MiB (a multiple of 16), held until the object is dropped;
 * every page is written. Arrays this large are humongous to G1: it puts each straight into regions of its own, so
 * building them copies nothing and takes about 45 ms for 64 MiB here, where 64 KiB arrays, copied by the young
 * collections a fresh JVM runs while they pile up, took 60 to 200 ms. The live heap Fixture Bench reads (HotSpot's
 * class histogram: object sizes, not regions) is the payload plus 16 bytes per array.
 */
public final class RetainedHeap {

    /** Size of one chunk. */
    public static final int CHUNK_BYTES = 16 * 1024 * 1024;
    private static final int CHUNK_MIB = CHUNK_BYTES / (1024 * 1024);
    private static final int PAGE_BYTES = 4096;

    private final byte[][] chunks;

    private RetainedHeap(byte[][] chunks) {
        this.chunks = chunks;
    }

    /** Allocates {@code mib} MiB (a multiple of 16) and writes one byte in every 4 KiB page, so every page is there. */
    public static RetainedHeap allocateMiB(int mib) {
        if (mib <= 0 || mib % CHUNK_MIB != 0) {
            throw new IllegalArgumentException(mib + " MiB is not a positive multiple of " + CHUNK_MIB);
        }
        byte[][] chunks = new byte[mib / CHUNK_MIB][];
        for (int c = 0; c < chunks.length; c++) {
            byte[] chunk = new byte[CHUNK_BYTES];
            for (int i = 0; i < chunk.length; i += PAGE_BYTES) {
                chunk[i] = (byte) (c + 1);
            }
            chunks[c] = chunk;
        }
        return new RetainedHeap(chunks);
    }

    /**
     * Sleeps until {@code System.nanoTime()} reaches {@code deadline}, so a fixture that allocates, then sleeps for the
     * rest, costs its stated time whatever the allocation took.
     */
    public static void sleepUntil(long deadline) {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            java.util.concurrent.locks.LockSupport.parkNanos(left);
        }
    }

    /** Bytes held in the arrays, headers not counted. */
    public long bytes() {
        long total = 0;
        for (byte[] chunk : chunks) {
            total += chunk.length;
        }
        return total;
    }

    /** Whether every page still holds the byte written at allocation. */
    public boolean intact() {
        for (int c = 0; c < chunks.length; c++) {
            for (int i = 0; i < chunks[c].length; i += PAGE_BYTES) {
                if (chunks[c][i] != (byte) (c + 1)) {
                    return false;
                }
            }
        }
        return true;
    }
}
