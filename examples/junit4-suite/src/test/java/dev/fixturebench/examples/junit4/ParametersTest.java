package dev.fixturebench.examples.junit4;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.Collection;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * A parameter table: {@code @Parameters table} sleeps exactly 90 ms and returns 4 rows; JUnit calls it once, when
 * it builds the class's runner (before any test runs). {@code @Before parseRow} sleeps exactly 15 ms before each of
 * the 2 tests of each row (8 runs in all).
 */
@RunWith(Parameterized.class)
public class ParametersTest {

    @Parameters(name = "{0}")
    public static Collection<Object[]> table() throws InterruptedException {
        Thread.sleep(90);
        return Arrays.asList(new Object[][] {
                {"alpha", 5},
                {"beta", 4},
                {"gamma", 5},
                {"delta", 5},
        });
    }

    @Parameter(0)
    public String word;

    @Parameter(1)
    public int length;

    /** The row's word in capitals, set by {@link #parseRow()}. */
    private String upper;

    @Before
    public void parseRow() throws InterruptedException {
        Thread.sleep(15);
        upper = word.toUpperCase();
    }

    @Test
    public void wordHasItsLength() {
        assertEquals(length, word.length());
    }

    @Test
    public void rowWasParsed() {
        assertTrue(upper.equalsIgnoreCase(word));
    }
}
