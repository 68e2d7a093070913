package dev.fixturebench.wholesuite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.fixturebench.model.SpringContext;
import dev.fixturebench.model.Stats;
import dev.fixturebench.probe.ProbeProtocol.Suite;

/**
 * Groups the test classes of a suite run by their application context (Spring's cached contexts, Quarkus applications,
 * Micronaut contexts), counts the classes that found it ready (hits) and the starts of those that built it (misses:
 * Spring's cache, asked as each class started, did not hold it, Quarkus started its application, Micronaut its
 * context; the first class where it cannot be asked), the build time of those that built it, and how each context
 * differs from the one most like it.
 */
final class SpringContextGroups {

    private SpringContextGroups() {
    }

    /** The contexts of the first of {@code runs}, with build times over all of them; empty without Spring. */
    static List<SpringContext> of(List<SuiteRecording> runs) {
        if (runs.isEmpty()) {
            return List.of();
        }
        SuiteRecording first = runs.get(0);
        Map<String, List<String>> classesByContext = new LinkedHashMap<>();
        Map<String, List<Boolean>> cachedByContext = new LinkedHashMap<>();
        Map<String, Integer> startsByClass = new LinkedHashMap<>();
        for (SuiteRecording.ClassRecord record : first.classes()) {
            if (record.context() != null) {
                classesByContext.computeIfAbsent(record.context(), c -> new ArrayList<>()).add(record.className());
                cachedByContext.computeIfAbsent(record.context(), c -> new ArrayList<>()).add(record.contextCached());
                if (record.contextStarts() != null) {
                    startsByClass.put(record.className(), record.contextStarts());
                }
            }
        }
        List<SpringContext> contexts = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : classesByContext.entrySet()) {
            List<String> facets = first.contexts().getOrDefault(entry.getKey(), List.of());
            String closest = closest(entry.getKey(), facets, first.contexts());
            List<String> differences = closest == null ? List.of()
                    : differences(facets, first.contexts().get(closest));
            List<Boolean> cached = cachedByContext.get(entry.getKey());
            boolean asked = cached.stream().allMatch(c -> c != null);
            // Spring's cache, asked at each class's start, says which classes built it; else the first did
            List<String> builtBy = new ArrayList<>();
            for (int i = 0; i < cached.size(); i++) {
                if (asked ? !cached.get(i) : i == 0) {
                    builtBy.add(entry.getValue().get(i));
                }
            }
            contexts.add(new SpringContext(entry.getKey(), entry.getValue(), builtBy, buildMs(runs,
                    builtBy.isEmpty() ? List.of(entry.getValue().get(0)) : builtBy),
                    builtBy.stream().mapToInt(c -> startsByClass.getOrDefault(c, 1)).sum(),
                    entry.getValue().size() - builtBy.size(), facets, closest, differences));
        }
        return contexts;
    }

    /** The set-up of each class that built it, less its timed calls: the median over those builds and the runs. */
    private static Double buildMs(List<SuiteRecording> runs, List<String> builders) {
        List<Double> readings = new ArrayList<>();
        for (SuiteRecording run : runs) {
            for (String builder : builders) {
                run.events().stream().filter(e -> e.build() && e.key().equals(Suite.CLASS_WINDOW + builder))
                        .findFirst().ifPresent(e -> readings.add(e.ms()));
            }
        }
        return Stats.of(readings).map(Stats::median).orElse(null);
    }

    /** The other context whose facets differ least from {@code facets}; the earlier on a tie. */
    private static String closest(String id, List<String> facets, Map<String, List<String>> all) {
        String closest = null;
        int fewest = Integer.MAX_VALUE;
        for (Map.Entry<String, List<String>> other : all.entrySet()) {
            if (other.getKey().equals(id)) {
                continue;
            }
            int count = differences(facets, other.getValue()).size();
            if (count < fewest) {
                fewest = count;
                closest = other.getKey();
            }
        }
        return closest;
    }

    /** {@code + facet} for each facet only {@code mine} has, {@code − facet} for each only {@code theirs} has. */
    static List<String> differences(List<String> mine, List<String> theirs) {
        Set<String> only = new TreeSet<>(mine);
        only.removeAll(theirs);
        Set<String> missing = new TreeSet<>(theirs);
        missing.removeAll(mine);
        List<String> differences = new ArrayList<>();
        only.forEach(facet -> differences.add("+ " + facet));
        missing.forEach(facet -> differences.add("\u2212 " + facet));
        return differences;
    }
}
