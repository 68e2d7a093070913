package dev.fixturebench.probe;

import org.junit.jupiter.api.Test;

/** The baseline: one empty test, so a fork pays JVM and launcher start-up and nothing else. */
class EmptyProbeTest {

    @Test
    void nothing() {
    }
}
