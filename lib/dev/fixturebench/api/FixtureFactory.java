package dev.fixturebench.api;

/**
 * Builds one fixture value from its already-built dependencies.
 * Returning an {@link AutoCloseable} makes the value closed when its scope ends.
 */
@FunctionalInterface
public interface FixtureFactory {

    /** Builds the value; {@code dependencies} holds every fixture the definition names, by name. */
    Object create(Dependencies dependencies) throws Exception;

    /** The values of a definition's dependencies. */
    interface Dependencies {

        /** The value of dependency {@code name}; fails when the definition did not declare it. */
        <T> T get(String name);
    }
}
