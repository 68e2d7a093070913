package dev.fixturebench.examples.broken;

import org.junit.Before;
import org.junit.Test;

/** JUnit 4: a {@code @Before} that ends the JVM. */
public class LegacyExitingFixtures {

    @Before
    public void exitWith4() {
        System.exit(4);
    }

    @Test
    public void neverRuns() {
    }
}
