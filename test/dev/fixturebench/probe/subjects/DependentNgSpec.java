package dev.fixturebench.probe.subjects;

import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** Run by the probe's tests in a fork: every test depends on another, as in suites that chain their steps. */
public class DependentNgSpec {

    @BeforeMethod
    public void prepare() throws InterruptedException {
        Thread.sleep(40);
    }

    @Test
    public void first() {
    }

    @Test(dependsOnMethods = "first")
    public void second() {
    }

    @Test(dependsOnMethods = "second", expectedExceptions = IllegalStateException.class)
    public void third() {
        throw new IllegalStateException("expected");
    }
}
