package dev.fixturebench.probe;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.fixturebench.api.Fixtures;

/**
 * Builds the one fixture named by {@link ProbeMain#FIXTURE_PARAMETER} before an empty test, in the store of its
 * scope, so that closing the scopes tears it down exactly as in a real run.
 */
class FixtureProbeTest {

    @RegisterExtension
    static final BeforeEachCallback BUILD = FixtureProbeTest::build;

    private static void build(ExtensionContext context) {
        String name = context.getConfigurationParameter(ProbeMain.FIXTURE_PARAMETER)
                .orElseThrow(() -> new IllegalStateException("no fixture named in " + ProbeMain.FIXTURE_PARAMETER));
        Measurement.current().around(() -> Fixtures.resolve(context, name));
    }

    @Test
    void fixtureBuilds() {
    }
}
