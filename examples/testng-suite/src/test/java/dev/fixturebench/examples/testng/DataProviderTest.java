package dev.fixturebench.examples.testng;

import static org.testng.Assert.assertEquals;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * A data table: {@code @DataProvider(name = "rows") rows} costs exactly 120 ms (sleep) and returns 3 rows, read
 * once for the one test that uses it, which then runs 3 times.
 */
public class DataProviderTest {

    @DataProvider(name = "rows")
    public Object[][] rows() throws InterruptedException {
        Thread.sleep(120);
        return new Object[][] {
                {"alpha", 5},
                {"beta", 4},
                {"gamma", 5},
        };
    }

    @Test(dataProvider = "rows")
    public void wordHasItsLength(String word, int length) {
        assertEquals(word.length(), length);
    }
}
