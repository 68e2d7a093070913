package dev.fixturebench.model;

/**
 * A fixture as the whole suite's run saw it.
 *
 * @param fixture  the fixture
 * @param inSuite  its figures in the run
 * @param measuredAs what its figures cover when more than the fixture's own call (extension work timed as a whole),
 *                   else null
 */
public record SuiteFixture(FixtureInfo fixture, InSuite inSuite, String measuredAs) {
}
