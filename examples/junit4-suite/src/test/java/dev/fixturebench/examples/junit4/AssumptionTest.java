package dev.fixturebench.examples.junit4;

import static org.junit.Assert.fail;

import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A class whose {@code @BeforeClass detectGpu} sleeps 10 ms and then fails an assumption ("no GPU here"), so JUnit
 * skips the whole class: its test never runs.
 */
public class AssumptionTest {

    @BeforeClass
    public static void detectGpu() throws InterruptedException {
        Thread.sleep(10);
        Assume.assumeTrue("no GPU here", false);
    }

    @Test
    public void kernelRuns() {
        fail("runs only where the assumption holds");
    }
}
