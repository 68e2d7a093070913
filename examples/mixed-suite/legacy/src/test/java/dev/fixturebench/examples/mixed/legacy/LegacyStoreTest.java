package dev.fixturebench.examples.mixed.legacy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.HashMap;
import java.util.Map;

import org.junit.BeforeClass;
import org.junit.Test;

/** A JUnit 4 class: {@code @BeforeClass openStore} costs exactly 80 ms (sleep), once for its 2 tests. */
public class LegacyStoreTest {

    static Map<String, String> store;

    @BeforeClass
    public static void openStore() throws InterruptedException {
        Thread.sleep(80);
        store = new HashMap<>(Map.of("greeting", "hello"));
    }

    @Test
    public void readsSeededValue() {
        assertEquals("hello", store.get("greeting"));
    }

    @Test
    public void missingKeyIsNull() {
        assertNull(store.get("nope"));
    }
}
