package dev.fixturebench.site;

import java.util.List;

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
 */
public record FixturesPage(RunPage page, List<FixtureEntry> rows, List<String> categories, List<String> scopes,
                           List<String> types, List<String> statuses, boolean wholeSuite, Comparison comparison) {

    /** {@code fixture}'s differences from the earlier results, or null where they have none for it. */
    public Comparison.Delta delta(String fixture) {
        return comparison == null ? null : comparison.fixtures().stream().filter(d -> d.name().equals(fixture))
                .findFirst().orElse(null);
    }

    /** How a row compares: {@code slower}, {@code faster}, {@code added} (the earlier run lacks it), or empty. */
    public String changeClass(String fixture) {
        if (comparison == null) {
            return "";
        }
        Comparison.Delta delta = delta(fixture);
        if (delta == null) {
            return comparison.added().contains(fixture) ? "added" : "";
        }
        return !delta.changed() ? "" : delta.slower() ? "slower" : "faster";
    }

    /** The change cell's text: the init change, and whether it is beyond the noise. */
    public String change(String fixture) {
        Comparison.Delta delta = delta(fixture);
        if (delta == null) {
            return comparison != null && comparison.added().contains(fixture) ? "new" : "—";
        }
        return Figures.change(delta.initMs(), delta.initPct()) + (delta.changed() ? (delta.slower() ? " slower"
                : " faster") : delta.beyondNoise() ? "" : " (noise)");
    }
}
