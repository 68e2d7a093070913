package dev.fixturebench.examples.junitnative;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link KeyValueStore} that keeps its keys sorted, so it can answer range queries.
 * Every operation holds the store's lock.
 */
public final class SortedStore implements KeyValueStore {

    private final TreeMap<String, String> entries = new TreeMap<>();

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized Optional<String> put(String key, String value) {
        return Optional.ofNullable(entries.put(key, value));
    }

    @Override
    public synchronized boolean delete(String key) {
        return entries.remove(key) != null;
    }

    @Override
    public synchronized Set<String> keys() {
        return new LinkedHashSet<>(entries.keySet());
    }

    /** The keys from {@code from} (inclusive) to {@code to} (exclusive), in order. */
    public synchronized List<String> range(String from, String to) {
        return List.copyOf(entries.subMap(from, true, to, false).keySet());
    }
}
