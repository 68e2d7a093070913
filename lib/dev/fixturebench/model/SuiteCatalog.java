package dev.fixturebench.model;

import java.util.List;

/**
 * What discovery found in a suite, before any measuring.
 *
 * @param fixtures  every fixture, with who uses it
 * @param tests     how many tests the suite has
 * @param templates generated definitions that nothing requests by name (family templates), left out of measuring
 */
public record SuiteCatalog(List<FixtureInfo> fixtures, int tests, List<String> templates) {

    public SuiteCatalog {
        fixtures = List.copyOf(fixtures);
        templates = List.copyOf(templates);
    }

    /** Fixtures that no test uses, directly or through other fixtures. */
    public List<FixtureInfo> unused() {
        return fixtures.stream().filter(f -> f.usedBy() != null && f.usedBy() == 0).toList();
    }
}
