package dev.fixturebench.examples.calibration;

/**
 * Byte arrays of 64 KiB each, totalling an exact size, held until the object is dropped; every page is written.
 * Small chunks stay below G1's humongous-object size on any heap, so the heap holds what was asked for.
 */
public final class RetainedHeap {

    /** Size of one chunk. */
    public static final int CHUNK_BYTES = 64 * 1024;
    private static final int PAGE_BYTES = 4096;

    private final byte[][] chunks;

    private RetainedHeap(byte[][] chunks) {
        this.chunks = chunks;
    }

    /** Allocates {@code bytes} (a multiple of 64 KiB) and writes one byte in every 4 KiB page. */
    public static RetainedHeap allocate(long bytes) {
        if (bytes <= 0 || bytes % CHUNK_BYTES != 0) {
            throw new IllegalArgumentException(bytes + " bytes is not a positive multiple of 64 KiB");
        }
        byte[][] chunks = new byte[Math.toIntExact(bytes / CHUNK_BYTES)][];
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

    /** Number of arrays. */
    public int chunks() {
        return chunks.length;
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
