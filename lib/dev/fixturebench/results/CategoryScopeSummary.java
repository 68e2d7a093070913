package dev.fixturebench.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.Stats;

/** The measured fixtures grouped by category and scope: how many, and their init medians' total and median. */
public final class CategoryScopeSummary {

    /** One group; the init figures cover its ok fixtures and are null when it has none. */
    public record Row(String category, FixtureScope scope, int count, int ok, Double totalInitMs, Double medianInitMs) {
    }

    private CategoryScopeSummary() {
    }

    public static List<Row> of(List<FixtureResult> results) {
        Map<String, Map<FixtureScope, List<FixtureResult>>> groups = new TreeMap<>();
        for (FixtureResult result : results) {
            groups.computeIfAbsent(result.fixture().category(), c -> new TreeMap<>())
                    .computeIfAbsent(result.fixture().scope(), s -> new ArrayList<>()).add(result);
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((category, scopes) -> scopes.forEach((scope, members) -> {
            List<Double> inits = members.stream().filter(r -> r.ok() && r.timings().initMs() != null)
                    .map(r -> r.timings().initMs().median()).toList();
            rows.add(new Row(category, scope, members.size(), inits.size(),
                    inits.isEmpty() ? null : inits.stream().mapToDouble(Double::doubleValue).sum(),
                    Stats.of(inits).map(Stats::median).orElse(null)));
        }));
        return rows;
    }
}
