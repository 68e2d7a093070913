package dev.fixturebench.model;

import java.util.List;

/**
 * A discovered fixture.
 *
 * @param name       unique name
 * @param type       where it comes from: generated, a hand-written @Fixture, or JUnit's own
 * @param scope      how long it lives
 * @param category   the category for reports
 * @param declaredIn the declaring class or FixtureSource
 * @param dependsOn  names of the fixtures it uses directly
 * @param usedBy     how many tests use it, directly or through other fixtures; null when not counted
 */
public record FixtureInfo(String name, FixtureType type, FixtureScope scope, String category, String declaredIn,
                          List<String> dependsOn, Integer usedBy) {

    public FixtureInfo {
        dependsOn = List.copyOf(dependsOn);
    }

    public FixtureInfo(String name, FixtureType type, FixtureScope scope, String category, String declaredIn,
                       List<String> dependsOn) {
        this(name, type, scope, category, declaredIn, dependsOn, null);
    }

    public FixtureInfo withCategory(String newCategory) {
        return new FixtureInfo(name, type, scope, newCategory, declaredIn, dependsOn, usedBy);
    }

    public FixtureInfo withUsedBy(int count) {
        return new FixtureInfo(name, type, scope, category, declaredIn, dependsOn, count);
    }
}
