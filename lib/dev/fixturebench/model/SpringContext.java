package dev.fixturebench.model;

import java.util.List;

/**
 * One cached Spring application context of a suite run: the test classes whose merged context configuration (Spring's
 * cache key) is the same, what building it cost, and how it differs from the context most like it.
 *
 * @param id          {@code context-N}, in the order the run first met them
 * @param classes     the test classes that ran with it, in run order
 * @param builtBy     those of them that built it (a cache miss at their start), in run order
 * @param buildMs     the set-up of a class that built it, less its timed calls (median over its builds and the runs)
 * @param misses      classes that found no cached context and built it, as Spring's cache said at each class's
 *                    start in the first run (a context closed by {@code @DirtiesContext} is built again)
 * @param hits        classes that found it cached
 * @param facets      what its configuration consists of: configuration classes, profiles, properties, customizers
 * @param closest     the id of the context whose facets differ least from these, or null when there is no other
 * @param differences the facets only this one has ({@code + …}) and only the closest has ({@code − …})
 */
public record SpringContext(String id, List<String> classes, List<String> builtBy, Double buildMs, int misses,
                            int hits, List<String> facets, String closest, List<String> differences) {

    public SpringContext {
        classes = List.copyOf(classes);
        builtBy = List.copyOf(builtBy);
        facets = List.copyOf(facets);
        differences = List.copyOf(differences);
    }
}
