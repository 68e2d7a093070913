package dev.fixturebench.discovery;

import dev.fixturebench.fork.ProbeCall;
import dev.fixturebench.model.FixtureInfo;

/**
 * A fixture and how to measure it.
 *
 * @param info       what it is
 * @param probe      what a fork runs to measure it
 * @param measuredAs what its figure covers when it is more than the fixture's own call, else null
 */
public record DiscoveredFixture(FixtureInfo info, ProbeCall probe, String measuredAs) {
}
