package dev.fixturebench.examples.testng;

import org.testng.annotations.AfterSuite;
import org.testng.annotations.BeforeSuite;

/**
 * A cluster shared by the whole suite: {@code @BeforeSuite startCluster} costs exactly 280 ms (sleep) and
 * {@code @AfterSuite stopCluster} 30 ms (sleep), once per suite run. Abstract, with no tests: {@link ClusterTest}
 * extends it.
 */
public abstract class SuiteSetup {

    /** The stand-in cluster: its address, set by {@link #startCluster()}. */
    static volatile String cluster;

    @BeforeSuite
    public void startCluster() throws InterruptedException {
        Thread.sleep(280);
        cluster = "cluster://127.0.0.1:9042";
    }

    @AfterSuite
    public void stopCluster() throws InterruptedException {
        Thread.sleep(30);
        cluster = null;
    }
}
