package dev.fixturebench.examples.testng;

import static org.testng.Assert.assertNotNull;
import static org.testng.Assert.assertTrue;

import org.testng.annotations.Test;

/** Uses the suite's cluster, started by the inherited {@code SuiteSetup#startCluster} (280 ms, once per suite). */
public class ClusterTest extends SuiteSetup {

    @Test
    public void clusterIsStarted() {
        assertNotNull(cluster);
    }

    @Test
    public void clusterIsLocal() {
        assertTrue(cluster.contains("127.0.0.1"));
    }
}
