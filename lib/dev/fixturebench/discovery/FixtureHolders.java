package dev.fixturebench.discovery;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fixturebench.model.FixtureInfo;

/**
 * Which classes a fork must load to build some of a suite's API fixtures: the ones declaring them (holders of
 * {@code @Fixture} methods or sources) and, as loading a class defines all its fixtures, those declaring what any of
 * them uses. Indexed once per suite, asked once per fixture.
 */
final class FixtureHolders {

    private final Map<String, FixtureInfo> byName = new HashMap<>();
    private final Map<String, List<FixtureInfo>> byClass = new HashMap<>();

    /** The index of {@code api}, the suite's API fixtures. */
    FixtureHolders(List<FixtureInfo> api) {
        for (FixtureInfo info : api) {
            byName.put(info.name(), info);
            byClass.computeIfAbsent(info.declaredIn(), c -> new ArrayList<>()).add(info);
        }
    }

    /** The classes a fork building the fixtures named {@code names} needs, in the order it meets them. */
    List<String> of(Set<String> names) {
        Set<String> classes = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>();
        for (String name : names) {
            FixtureInfo named = byName.get(name);
            if (named != null) {
                toVisit.addLast(named.declaredIn());
            }
        }
        while (!toVisit.isEmpty()) {
            String next = toVisit.removeFirst();
            if (!classes.add(next)) {
                continue;
            }
            for (FixtureInfo declared : byClass.getOrDefault(next, List.of())) {
                for (String dependency : declared.dependsOn()) {
                    FixtureInfo used = byName.get(dependency);
                    if (used != null && !classes.contains(used.declaredIn())) {
                        toVisit.addLast(used.declaredIn());
                    }
                }
            }
        }
        return List.copyOf(classes);
    }
}
