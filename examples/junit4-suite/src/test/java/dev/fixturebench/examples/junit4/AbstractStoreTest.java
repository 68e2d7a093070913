package dev.fixturebench.examples.junit4;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.BeforeClass;

/**
 * A store opened per concrete test class: the inherited {@code @BeforeClass openStore} costs exactly 60 ms (sleep)
 * and runs once for each subclass, {@link StoreReadTest} and {@link StoreWriteTest}.
 */
public abstract class AbstractStoreTest {

    /** The store, opened afresh for each subclass. */
    static Map<String, String> store;

    @BeforeClass
    public static void openStore() throws InterruptedException {
        Thread.sleep(60);
        store = new ConcurrentHashMap<>(Map.of("greeting", "hello"));
    }
}
