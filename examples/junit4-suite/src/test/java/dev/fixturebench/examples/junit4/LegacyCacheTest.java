package dev.fixturebench.examples.junit4;

import java.util.HashMap;
import java.util.Map;

import junit.framework.TestCase;

/**
 * A JUnit 3-style test, as older suites still hold beside their JUnit 4 ones: {@code setUp()} sleeps exactly 25 ms
 * and fills a cache, {@code tearDown()} sleeps exactly 10 ms and clears it; JUnit 4 runs both around each of its
 * two {@code test…} methods.
 */
public class LegacyCacheTest extends TestCase {

    private Map<String, String> cache;

    @Override
    protected void setUp() throws InterruptedException {
        Thread.sleep(25);
        cache = new HashMap<>();
        cache.put("greeting", "hello");
    }

    @Override
    protected void tearDown() throws InterruptedException {
        Thread.sleep(10);
        cache = null;
    }

    public void testCacheIsFilled() {
        assertEquals("hello", cache.get("greeting"));
    }

    public void testCacheHasOneEntry() {
        assertEquals(1, cache.size());
    }
}
