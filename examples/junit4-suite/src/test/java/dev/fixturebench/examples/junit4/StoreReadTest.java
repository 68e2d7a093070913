package dev.fixturebench.examples.junit4;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

/** Reads from the store of {@link AbstractStoreTest}, whose inherited {@code openStore} costs 60 ms. */
public class StoreReadTest extends AbstractStoreTest {

    @Test
    public void readsSeededValue() {
        assertEquals("hello", store.get("greeting"));
    }

    @Test
    public void missingKeyIsNull() {
        assertNull(store.get("nope"));
    }
}
