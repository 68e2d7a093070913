package dev.fixturebench.examples.junitnative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link KeyValueStore} must do; a concrete subclass per implementation runs these tests.
 * The store under test is rebuilt and seeded before each test.
 */
abstract class KeyValueStoreContract {

    protected KeyValueStore store;

    /** A new, empty store of the implementation under test. */
    protected abstract KeyValueStore newStore();

    @BeforeEach
    void createSeededStore() {
        store = newStore();
        store.put("alpha", "1");
        store.put("beta", "2");
    }

    @Test
    void getReturnsStoredValue() {
        assertEquals("1", store.get("alpha").orElseThrow());
    }

    @Test
    void putReturnsReplacedValue() {
        assertEquals("2", store.put("beta", "two").orElseThrow());
        assertEquals("two", store.get("beta").orElseThrow());
    }

    @Test
    void deleteRemovesOnlyThatKey() {
        assertTrue(store.delete("alpha"));
        assertFalse(store.delete("alpha"));
        assertEquals(1, store.size());
    }
}
