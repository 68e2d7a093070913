package dev.fixturebench.site;

/**
 * One fixture's page.
 *
 * @param page  the run and the way back
 * @param entry the fixture
 * @param trend its init median across runs, drawn large
 */
public record FixturePage(RunPage page, FixtureEntry entry, Trend trend) {
}
