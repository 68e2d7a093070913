package dev.fixturebench.discovery.scanned4;

import org.junit.Test;

/**
 * Scanned, never run: overrides the inherited {@code @Before connect} without the annotation, which JUnit 4 still runs
 * before each test (the override's body, under the superclass's annotation), and the inherited test likewise.
 */
public class OverridingStoreSpec extends BaseStoreSpec {

    @Override
    public void connect() {
    }

    @Override
    public void inherited() {
    }

    @Test
    public void own() {
    }
}
