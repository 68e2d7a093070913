package dev.fixturebench.model;

import java.util.List;

/**
 * One application context of a suite run: a cached Spring context (the test classes whose merged context
 * configuration, Spring's cache key, is the same), a Quarkus application (classes with the same test profile and
 * test resources) or a Micronaut context (a class's own, shared by its {@code @Nested} classes); what building it
 * cost, and how it differs from the context most like it. Ids: {@code context-N}, {@code quarkus-app-N},
 * {@code micronaut-N}.
 *
 * @param id          {@code context-N}, in the order the run first met them
 * @param classes     the test classes that ran with it, in run order
 * @param builtBy     those of them that built it (a cache miss at their start), in run order
 * @param buildMs     the set-up of a class that built it, less its timed calls (median over its builds and the runs)
 * @param misses      how many times it was built (started) in the first run: classes that found no cached context,
 *                    as Spring's cache said at each class's start (a context closed by {@code @DirtiesContext} is
 *                    built again); Quarkus's restarts; Micronaut's starts, one more per test with rebuildContext
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
