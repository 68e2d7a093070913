package dev.fixturebench.probe.subjects;

import junit.framework.TestCase;

/** Run by the probe's tests in a fork: a JUnit 3-style test whose setUp() costs 35 ms. */
public class LegacySpec extends TestCase {

    @Override
    protected void setUp() throws InterruptedException {
        Thread.sleep(35);
    }

    public void testRuns() {
    }
}
