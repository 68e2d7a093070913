package dev.fixturebench.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds a dependency cycle among definitions whose dependencies all exist, spelled from and back to one name. */
final class CycleFinder {

    private final Map<String, FixtureDefinition> byName;
    private final Set<String> done = new HashSet<>();

    CycleFinder(Map<String, FixtureDefinition> byName) {
        this.byName = byName;
    }

    Optional<List<String>> first() {
        for (String name : byName.keySet()) {
            Optional<List<String>> cycle = visit(name, new ArrayList<>());
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> visit(String name, List<String> path) {
        int seenAt = path.indexOf(name);
        if (seenAt >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(seenAt, path.size()));
            cycle.add(name);
            return Optional.of(cycle);
        }
        if (done.contains(name)) {
            return Optional.empty();
        }
        path.add(name);
        for (String dependency : byName.get(name).dependencies()) {
            Optional<List<String>> cycle = visit(dependency, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        done.add(name);
        return Optional.empty();
    }
}
