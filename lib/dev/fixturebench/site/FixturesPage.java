package dev.fixturebench.site;

import java.util.List;

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
 */
public record FixturesPage(RunPage page, List<FixtureEntry> rows, List<String> categories, List<String> scopes,
                           List<String> types, List<String> statuses, boolean wholeSuite) {
}
