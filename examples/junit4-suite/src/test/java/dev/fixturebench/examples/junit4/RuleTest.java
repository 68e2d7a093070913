package dev.fixturebench.examples.junit4;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.ExternalResource;

/**
 * A connection per test through a {@code @Rule}: {@code connection}'s {@code before()} costs exactly 220 ms (sleep)
 * and its {@code after()} 25 ms (sleep), before and after each of the class's 2 tests.
 */
public class RuleTest {

    /** Whether this test's connection is open. */
    private boolean open;

    /** Times this test instance's connection was opened. */
    private int opened;

    @Rule
    public final ExternalResource connection = new ExternalResource() {
        @Override
        protected void before() throws InterruptedException {
            Thread.sleep(220);
            opened++;
            open = true;
        }

        @Override
        protected void after() {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            open = false;
        }
    };

    @Test
    public void connectionIsOpen() {
        assertTrue(open);
    }

    @Test
    public void connectionOpenedOncePerTest() {
        assertEquals(1, opened);
    }
}
