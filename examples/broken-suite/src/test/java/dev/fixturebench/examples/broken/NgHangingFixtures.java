package dev.fixturebench.examples.broken;

import java.util.concurrent.CountDownLatch;

import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/** TestNG: a {@code @BeforeClass} that waits for ever. */
public class NgHangingFixtures {

    @BeforeClass
    public void waitForACluster() throws InterruptedException {
        new CountDownLatch(1).await();
    }

    @Test
    public void neverRuns() {
    }
}
