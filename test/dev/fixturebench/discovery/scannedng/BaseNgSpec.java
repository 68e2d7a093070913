package dev.fixturebench.discovery.scannedng;

import org.testng.annotations.BeforeMethod;
import org.testng.annotations.BeforeSuite;

/** Scanned, never run (named *Spec): TestNG configuration a concrete subclass inherits. */
public abstract class BaseNgSpec {

    @BeforeSuite
    public void startCluster() {
    }

    @BeforeMethod
    protected void reset() {
    }
}
