package dev.fixturebench.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fixturebench.model.Comparison;
import dev.fixturebench.view.Figures;

/**
 * A run's table of every measured fixture, with what its filters offer.
 *
 * @param page       the run and the way back
 * @param rows       one per measured fixture, in the report's order
 * @param categories the categories among them
 * @param scopes     the scopes among them
 * @param types      the types among them
 * @param statuses   the statuses among them
 * @param wholeSuite whether the run has the whole suite's figures, shown in two more columns
 * @param comparison the run set against earlier results ({@code --compare}), shown in one more column; or null
 * @param deltas     the comparison's differences by fixture, looked up once per row (empty without a comparison)
 * @param added      the fixtures only this run measured (empty without a comparison)
 */
public record FixturesPage(RunPage page, List<FixtureEntry> rows, List<String> categories, List<String> scopes,
                           List<String> types, List<String> statuses, boolean wholeSuite, Comparison comparison,
                           Map<String, Comparison.Delta> deltas, Set<String> added) {

    /**
     * Rows a long table (this one, the whole suite's classes) shows at a time: the rest are written hidden, so the
     * browser lays out one page when it opens it; the script pages through them, and without it every row shows.
     */
    public static final int PAGE_ROWS = 100;

    /** The page of {@code rows}; a comparison's differences are indexed by fixture here, not searched per row. */
    static FixturesPage of(RunPage page, List<FixtureEntry> rows, List<String> categories, List<String> scopes,
                           List<String> types, List<String> statuses, boolean wholeSuite, Comparison comparison) {
        Map<String, Comparison.Delta> deltas = new HashMap<>();
        if (comparison != null) {
            comparison.fixtures().forEach(delta -> deltas.put(delta.name(), delta));
        }
        return new FixturesPage(page, rows, categories, scopes, types, statuses, wholeSuite, comparison,
                Map.copyOf(deltas), comparison == null ? Set.of() : Set.copyOf(comparison.added()));
    }

    /** {@code fixture}'s differences from the earlier results, or null where they have none for it. */
    public Comparison.Delta delta(String fixture) {
        return deltas.get(fixture);
    }

    /** How a row compares: {@code slower}, {@code faster}, {@code added} (the earlier run lacks it), or empty. */
    public String changeClass(String fixture) {
        Comparison.Delta delta = delta(fixture);
        if (delta == null) {
            return added.contains(fixture) ? "added" : "";
        }
        return !delta.changed() ? "" : delta.slower() ? "slower" : "faster";
    }

    /** The change cell's text: the init change, and whether it is beyond the noise. */
    public String change(String fixture) {
        Comparison.Delta delta = delta(fixture);
        if (delta == null) {
            return added.contains(fixture) ? "new" : "—";
        }
        return Figures.change(delta.initMs(), delta.initPct()) + (delta.changed() ? (delta.slower() ? " slower"
                : " faster") : delta.beyondNoise() ? "" : " (noise)");
    }
}
