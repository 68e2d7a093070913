package dev.fixturebench.examples.junitnative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract on the hash-based store, plus what only it promises. */
class InMemoryStoreTest extends KeyValueStoreContract {

    @Override
    protected KeyValueStore newStore() {
        return new InMemoryStore();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "käse", "a/b"})
    void storesUnusualKeys(String key) {
        store.put(key, "v");
        assertEquals("v", store.get(key).orElseThrow());
    }

    @RepeatedTest(3)
    void keysAreASnapshot(RepetitionInfo repetition) {
        var keys = store.keys();
        store.put("gamma" + repetition.getCurrentRepetition(), "3");
        assertEquals(2, keys.size());
    }
}
