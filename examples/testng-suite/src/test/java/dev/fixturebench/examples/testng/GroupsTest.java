package dev.fixturebench.examples.testng;

import static org.testng.Assert.assertNotNull;
import static org.testng.Assert.assertTrue;

import org.testng.annotations.BeforeGroups;
import org.testng.annotations.BeforeTest;
import org.testng.annotations.Test;

/**
 * An environment per {@code <test>} and a cache per group: {@code @BeforeTest startEnvironment} costs exactly 50 ms
 * (sleep), once before any class of the {@code <test>} runs (under Surefire, the whole run is one {@code <test>});
 * {@code @BeforeGroups(groups = "slow") warmCache} costs exactly 30 ms (sleep), once before the first test of group
 * "slow" (2 of the class's 3 tests).
 */
public class GroupsTest {

    static volatile String environment;
    static volatile String cache;

    @BeforeTest
    public void startEnvironment() throws InterruptedException {
        Thread.sleep(50);
        environment = "staging";
    }

    @BeforeGroups(groups = "slow")
    public void warmCache() throws InterruptedException {
        Thread.sleep(30);
        cache = "warm";
    }

    @Test(groups = "slow")
    public void cacheIsWarm() {
        assertNotNull(cache);
    }

    @Test(groups = "slow")
    public void environmentIsUp() {
        assertNotNull(environment);
    }

    @Test
    public void environmentIsStaging() {
        assertTrue("staging".equals(environment));
    }
}
