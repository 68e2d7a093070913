package dev.fixturebench.discovery.scanned4;

import junit.framework.TestCase;

/** Scanned, never run: a JUnit 3-style test, its setUp() and tearDown() run around each test… method. */
public class LegacySpec extends TestCase {

    @Override
    protected void setUp() {
    }

    @Override
    protected void tearDown() {
    }

    public void testOne() {
    }

    public void testTwo() {
    }

    public void helper(String notATest) {
    }
}
