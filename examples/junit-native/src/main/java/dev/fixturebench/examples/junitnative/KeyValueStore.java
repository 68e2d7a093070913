package dev.fixturebench.examples.junitnative;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A string key-value store: the service the example suite tests.
 * Implementations are safe to share between threads.
 */
public interface KeyValueStore {

    /** The value stored under {@code key}, if any. */
    Optional<String> get(String key);

    /** Stores {@code value} under {@code key}; returns the value it replaced, if any. */
    Optional<String> put(String key, String value);

    /** Removes {@code key}; true if it was there. */
    boolean delete(String key);

    /** The keys present now. */
    Set<String> keys();

    /** How many keys are present. */
    default int size() {
        return keys().size();
    }

    /** Stores every entry of {@code entries}. */
    default void putAll(Map<String, String> entries) {
        entries.forEach(this::put);
    }

    /** Removes every key. */
    default void clear() {
        keys().forEach(this::delete);
    }
}
