package dev.fixturebench.api;

import java.util.List;
import java.util.Objects;

/**
 * One named fixture: how long it lives, what it uses and how it is built.
 *
 * @param name         unique name, the one {@link Use @Use} asks for
 * @param scope        how long one value lives
 * @param category     free-form category for reports; empty leaves it to the tool
 * @param dependencies names of the fixtures the factory receives, in order
 * @param factory      builds the value
 * @param origin       where it comes from: the declaring class or {@link FixtureSource}, and whether generated
 */
public record FixtureDefinition(String name, Scope scope, String category, List<String> dependencies,
                                FixtureFactory factory, Origin origin) {

    public FixtureDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        category = category == null ? "" : category;
        dependencies = List.copyOf(dependencies);
        Objects.requireNonNull(factory, "factory");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a fixture name must not be blank");
        }
    }

    /** A definition for a {@link FixtureSource} to yield; the registry fills in its origin. */
    public static FixtureDefinition of(String name, Scope scope, String category, List<String> dependencies,
                                       FixtureFactory factory) {
        return new FixtureDefinition(name, scope, category, dependencies, factory, Origin.UNKNOWN);
    }

    FixtureDefinition withOrigin(Origin newOrigin) {
        return new FixtureDefinition(name, scope, category, dependencies, factory, newOrigin);
    }

    /**
     * Where a definition was declared.
     *
     * @param declaredIn the class holding the {@link Fixture @Fixture} method, or the {@link FixtureSource} class
     * @param generated  true for definitions from a {@link FixtureSource}
     */
    public record Origin(String declaredIn, boolean generated) {
        static final Origin UNKNOWN = new Origin("", true);
    }
}
