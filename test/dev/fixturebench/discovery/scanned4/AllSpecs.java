package dev.fixturebench.discovery.scanned4;

import org.junit.BeforeClass;
import org.junit.runner.RunWith;
import org.junit.runners.Suite;
import org.junit.runners.Suite.SuiteClasses;

/** Scanned, never run: a suite gathers other classes and is no test class itself. */
@RunWith(Suite.class)
@SuiteClasses({ReadStoreSpec.class, TableSpec.class})
public class AllSpecs {

    @BeforeClass
    public static void once() {
    }
}
