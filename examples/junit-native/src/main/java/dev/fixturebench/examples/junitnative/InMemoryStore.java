package dev.fixturebench.examples.junitnative;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A hash-based {@link KeyValueStore} kept in memory.
 * Keys have no order; all operations are lock-free.
 */
public final class InMemoryStore implements KeyValueStore {

    private final ConcurrentHashMap<String, String> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public Optional<String> put(String key, String value) {
        return Optional.ofNullable(entries.put(key, value));
    }

    @Override
    public boolean delete(String key) {
        return entries.remove(key) != null;
    }

    @Override
    public Set<String> keys() {
        return Set.copyOf(entries.keySet());
    }
}
