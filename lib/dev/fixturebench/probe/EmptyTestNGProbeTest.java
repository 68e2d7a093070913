package dev.fixturebench.probe;

import org.testng.annotations.Test;

/** The TestNG baseline: one empty test, so a fork pays JVM and TestNG start-up and nothing else. */
public class EmptyTestNGProbeTest {

    @Test
    public void empty() {
        // nothing: the fork's start-up is the measurement
    }
}
