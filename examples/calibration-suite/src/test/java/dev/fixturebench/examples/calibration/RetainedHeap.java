package dev.fixturebench.examples.calibration;

/**
 * Byte arrays of 64 KiB each, totalling an exact number of MiB, held until the object is dropped; every page is
 * written. Chunks are far below G1's humongous threshold (half a region, so at least 512 KiB): a 1 MiB array plus
 * its 16-byte header is humongous wherever regions are 1 or 2 MiB (G1 with a max heap of 4 GiB or less) and then
 * takes 2 MiB of whole regions, so the heap it retains is twice its size. With 64 KiB the retained heap is the payload plus 16
 * bytes per chunk (0.02 %) under every collector and heap size.
 */
public final class RetainedHeap {

    /** Size of one chunk. */
    public static final int CHUNK_BYTES = 64 * 1024;
    private static final int CHUNKS_PER_MIB = 1024 * 1024 / CHUNK_BYTES;
    private static final int PAGE_BYTES = 4096;

    private final byte[][] chunks;

    private RetainedHeap(byte[][] chunks) {
        this.chunks = chunks;
    }

    /** Allocates {@code mib} MiB and writes one byte in every 4 KiB page, so every page is really there. */
    public static RetainedHeap allocateMiB(int mib) {
        if (mib <= 0) {
            throw new IllegalArgumentException(mib + " MiB is not positive");
        }
        byte[][] chunks = new byte[mib * CHUNKS_PER_MIB][];
        for (int c = 0; c < chunks.length; c++) {
            byte[] chunk = new byte[CHUNK_BYTES];
            for (int i = 0; i < chunk.length; i += PAGE_BYTES) {
                chunk[i] = (byte) (c + 1);
            }
            chunks[c] = chunk;
        }
        return new RetainedHeap(chunks);
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
