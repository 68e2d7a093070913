package dev.fixturebench.discovery.scanned4;

import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Scanned, never run (named *Spec): JUnit 4 fixtures a concrete subclass inherits. */
public abstract class BaseStoreSpec {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @BeforeClass
    public static void openStore() {
    }

    @AfterClass
    public static void closeStore() {
    }

    @Before
    public void connect() {
    }

    @Test
    public void inherited() {
    }
}
