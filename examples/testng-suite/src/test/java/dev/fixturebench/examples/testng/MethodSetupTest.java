package dev.fixturebench.examples.testng;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/**
 * State reset before each test: {@code @BeforeMethod resetState} costs exactly 40 ms (sleep) and
 * {@code @AfterMethod(alwaysRun = true) clearState} 10 ms (sleep), around each of the 2 tests;
 * {@code appendAfterReset} depends on {@code stateStartsEmpty} ({@code dependsOnMethods}), so it runs second.
 */
public class MethodSetupTest {

    private List<String> state;

    @BeforeMethod
    public void resetState() throws InterruptedException {
        Thread.sleep(40);
        state = new ArrayList<>();
    }

    @AfterMethod(alwaysRun = true)
    public void clearState() throws InterruptedException {
        Thread.sleep(10);
        state = null;
    }

    @Test
    public void stateStartsEmpty() {
        assertTrue(state.isEmpty());
    }

    @Test(dependsOnMethods = "stateStartsEmpty")
    public void appendAfterReset() {
        state.add("one");
        assertEquals(state.size(), 1);
    }
}
