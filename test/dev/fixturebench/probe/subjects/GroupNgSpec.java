package dev.fixturebench.probe.subjects;

import org.testng.annotations.BeforeGroups;
import org.testng.annotations.Test;

/** Run by the probe's tests in a fork: a group's set-up, which TestNG reports unlike other configuration methods. */
public class GroupNgSpec {

    @BeforeGroups("slow")
    public void warm() throws InterruptedException {
        Thread.sleep(30);
    }

    @Test(groups = "slow")
    public void inGroup() {
    }
}
