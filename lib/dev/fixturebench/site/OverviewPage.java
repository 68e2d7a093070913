package dev.fixturebench.site;

import java.util.List;

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
 */
public record OverviewPage(RunPage page, List<HeaderLine> header, List<CategoryScopeSummary.Row> totals,
                           BarChart chart) {

    /** A total, in ms, as text. */
    public String ms(Double value) {
        return Figures.ms(value);
    }
}
