package dev.fixturebench.probe;

import org.junit.Test;

/** The JUnit 4 baseline: one empty test, so a fork pays JVM and JUnit 4 start-up and nothing else. */
public class EmptyJUnit4ProbeTest {

    @Test
    public void empty() {
        // nothing: the fork's start-up is the measurement
    }
}
