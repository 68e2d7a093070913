package dev.fixturebench.model;

import java.util.List;

/**
 * What discovery found in a suite, before any measuring.
 *
 * @param fixtures  every fixture, with who uses it
 * @param tests     how many tests the suite has
 * @param templates generated definitions that nothing requests by name (family templates), left out of measuring
 * @param leftOut   the test classes left out because {@code mvn test} does not run them (integration tests and others)
 */
public record SuiteCatalog(List<FixtureInfo> fixtures, int tests, List<String> templates, List<LeftOutClass> leftOut) {

    public SuiteCatalog {
        fixtures = List.copyOf(fixtures);
        templates = List.copyOf(templates);
        leftOut = List.copyOf(leftOut);
    }

    /** A catalog with no test class left out. */
    public SuiteCatalog(List<FixtureInfo> fixtures, int tests, List<String> templates) {
        this(fixtures, tests, templates, List.of());
    }

    /** Fixtures that no test uses, directly or through other fixtures. */
    public List<FixtureInfo> unused() {
        return fixtures.stream().filter(f -> f.usedBy() != null && f.usedBy() == 0).toList();
    }
}
