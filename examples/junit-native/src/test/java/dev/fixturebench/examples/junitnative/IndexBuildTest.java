package dev.fixturebench.examples.junitnative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A shard index over 256 keys, rebuilt by hashing and sorting until {@code buildIndex} has used 300 ms of CPU. */
class IndexBuildTest {

    static final long CPU_NANOS = 300_000_000L;
    static final int KEYS = 256;

    private static String[] index;
    private static int rounds;

    /** CPU-bound: hashes every key with SHA-256 and sorts the hashes, round after round, until this thread's CPU
     * time has advanced 300 ms since entry. */
    @BeforeAll
    static void buildIndex() throws NoSuchAlgorithmException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        HexFormat hex = HexFormat.of();
        String[] built = new String[KEYS];
        do {
            for (int k = 0; k < KEYS; k++) {
                byte[] digest = sha256.digest(("user:" + k + "@round" + rounds).getBytes(StandardCharsets.UTF_8));
                built[k] = hex.formatHex(digest, 0, 8) + " user:" + k;
            }
            Arrays.sort(built);
            rounds++;
        } while (threads.getCurrentThreadCpuTime() - start < CPU_NANOS);
        index = built;
    }

    @Test
    void everyKeyIsIndexedInHashOrder() {
        assertEquals(KEYS, index.length);
        for (int i = 1; i < KEYS; i++) {
            assertTrue(index[i - 1].compareTo(index[i]) < 0, "sorted by hash");
        }
        assertTrue(rounds > 0);
    }
}
