package dev.fixturebench.examples.junit4;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** Writes to the store of {@link AbstractStoreTest}, whose inherited {@code openStore} costs 60 ms. */
public class StoreWriteTest extends AbstractStoreTest {

    @Test
    public void writeThenRead() {
        store.put("colour", "blue");
        assertEquals("blue", store.get("colour"));
    }
}
