package dev.fixturebench.discovery;

import java.util.List;

import dev.fixturebench.model.LeftOutClass;

/**
 * Everything discovery found.
 *
 * @param fixtures  every fixture to report, with how to measure it
 * @param tests     how many tests the suite has
 * @param templates generated definitions that nothing requests by name (family templates), left out
 * @param testClasses the concrete test classes, binary names, in the order found
 * @param leftOut   the test classes left out because {@code mvn test} does not run them
 */
public record DiscoveredSuite(List<DiscoveredFixture> fixtures, int tests, List<String> templates,
                              List<String> testClasses, List<LeftOutClass> leftOut) {

    public DiscoveredSuite {
        fixtures = List.copyOf(fixtures);
        templates = List.copyOf(templates);
        testClasses = List.copyOf(testClasses);
        leftOut = List.copyOf(leftOut);
    }

    /** What the report says of the suite as a whole. */
    public dev.fixturebench.model.SuiteCatalog catalog() {
        return new dev.fixturebench.model.SuiteCatalog(fixtures.stream().map(DiscoveredFixture::info).toList(),
                tests, templates, leftOut);
    }
}
