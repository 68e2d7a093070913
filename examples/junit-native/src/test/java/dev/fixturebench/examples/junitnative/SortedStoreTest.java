package dev.fixturebench.examples.junitnative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The contract on the sorted store, plus its range queries. */
class SortedStoreTest extends KeyValueStoreContract {

    @Override
    protected KeyValueStore newStore() {
        return new SortedStore();
    }

    @Test
    void rangeIsOrderedAndHalfOpen() {
        store.put("gamma", "3");
        assertEquals(List.of("alpha", "beta"), ((SortedStore) store).range("a", "c"));
    }
}
