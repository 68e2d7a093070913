package dev.fixturebench.api;

import java.util.List;

/**
 * Generates fixture definitions, typically from a configuration table; found with {@link java.util.ServiceLoader}
 * through {@code META-INF/services/dev.fixturebench.api.FixtureSource}. Definitions it yields are "dynamic".
 */
public interface FixtureSource {

    /** The definitions this source contributes; names must be unique across the whole suite. */
    List<FixtureDefinition> definitions();
}
