package dev.fixturebench.discovery.scannedng;

import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.BeforeGroups;
import org.testng.annotations.BeforeTest;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** Scanned, never run: configuration at every scope, a group's set-up, a data provider and a dependent test. */
public class OrdersNgSpec extends BaseNgSpec {

    @BeforeTest
    public void environment() {
    }

    @BeforeClass
    public void open() {
    }

    @AfterClass(alwaysRun = true)
    public void close() {
    }

    @BeforeGroups("slow")
    public void warm() {
    }

    @DataProvider(name = "rows")
    public Object[][] table() {
        return new Object[][] {{"a"}, {"b"}};
    }

    @Test(dependsOnMethods = "aFast")
    public void aAfterFast() {
    }

    @Test(dataProvider = "rows")
    public void aWithRows(String row) {
    }

    @Test
    public void aFast() {
    }

    @Test(groups = "slow")
    public void slow() {
    }

    @Test(enabled = false)
    public void off() {
    }
}
