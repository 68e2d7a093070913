package dev.fixturebench.discovery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureType;

/**
 * Counts, for each fixture of the API, the tests that use it: directly through {@code @Use}, or through the fixtures
 * those depend on. A test counts once per fixture however many paths lead to it.
 */
final class Usage {

    private final Map<String, Integer> usedBy = new HashMap<>();
    private final Set<String> requestedByName = new HashSet<>();
    private final Set<String> dependedOn = new HashSet<>();

    Usage(List<TestCase> tests, List<FixtureInfo> fixtures) {
        Map<String, List<String>> dependencies = new HashMap<>();
        fixtures.forEach(f -> dependencies.put(f.name(), f.dependsOn()));
        fixtures.forEach(f -> dependedOn.addAll(f.dependsOn()));
        for (TestCase test : tests) {
            requestedByName.addAll(test.uses());
            for (String fixture : closure(test.uses(), dependencies)) {
                usedBy.merge(fixture, 1, Integer::sum);
            }
        }
    }

    /** How many tests use {@code fixture}, directly or not. */
    int usedBy(String fixture) {
        return usedBy.getOrDefault(fixture, 0);
    }

    /** Whether some test asks for {@code fixture} by name. */
    boolean requestedByName(String fixture) {
        return requestedByName.contains(fixture);
    }

    /**
     * Whether {@code fixture} is a family template: generated, yet requested by name by no test and no fixture, so
     * it only exists for its source to build others from; such definitions are left out of measuring.
     */
    boolean template(FixtureInfo fixture) {
        return fixture.type() == FixtureType.DYNAMIC && !requestedByName(fixture.name())
                && !dependedOn.contains(fixture.name());
    }

    private static Set<String> closure(List<String> direct, Map<String, List<String>> dependencies) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(direct);
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (reached.add(name)) {
                pending.addAll(dependencies.getOrDefault(name, List.of()));
            }
        }
        return reached;
    }
}
