package dev.fixturebench.site;

import java.util.List;

import dev.fixturebench.model.Comparison;

import dev.fixturebench.results.CategoryScopeSummary;
import dev.fixturebench.view.Figures;
import dev.fixturebench.view.HeaderLine;

/**
 * A run's overview: its header, totals by category and scope, and the chart of its costliest fixtures.
 *
 * @param page   the run and the way back
 * @param header the run's header lines
 * @param totals measured fixtures by category × scope
 * @param chart  the costliest fixtures by init median
 * @param comparison the run set against earlier results ({@code --compare}), or null
 */
public record OverviewPage(RunPage page, List<HeaderLine> header, List<CategoryScopeSummary.Row> totals,
                           BarChart chart, Comparison comparison) {

    /** A fixture's change in init since the earlier results: {@code +12.3 ms (+10.2 %)}. */
    public String change(Comparison.Delta delta) {
        return Figures.change(delta.initMs(), delta.initPct());
    }

    /** A total, in ms, as text. */
    public String ms(Double value) {
        return Figures.ms(value);
    }
}
