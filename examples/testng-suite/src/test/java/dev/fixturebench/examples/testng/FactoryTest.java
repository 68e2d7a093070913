package dev.fixturebench.examples.testng;

import static org.testng.Assert.assertTrue;

import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * Test instances made by a factory: the static {@code @Factory shards} costs exactly 15 ms (sleep) and returns 2
 * instances of this class, for shards 0 and 1; the test runs once on each.
 */
public class FactoryTest {

    private final int shard;

    private FactoryTest(int shard) {
        this.shard = shard;
    }

    @Factory
    public static Object[] shards() throws InterruptedException {
        Thread.sleep(15);
        return new Object[] {new FactoryTest(0), new FactoryTest(1)};
    }

    @Test
    public void shardIsInRange() {
        assertTrue(shard == 0 || shard == 1);
    }
}
