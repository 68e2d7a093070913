package dev.fixturebench.examples.junit4;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.ExternalResource;

/**
 * A container shared by the class through a {@code @ClassRule}: {@code container}'s {@code before()} costs exactly
 * 120 ms (sleep) and its {@code after()} 20 ms (sleep), once for the class's 2 tests.
 */
public class ContainerRuleTest {

    /** Times the container was started. */
    static int starts;

    /** Whether the container is running. */
    static boolean running;

    @ClassRule
    public static final ExternalResource container = new ExternalResource() {
        @Override
        protected void before() throws InterruptedException {
            Thread.sleep(120);
            starts++;
            running = true;
        }

        @Override
        protected void after() {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running = false;
        }
    };

    @Test
    public void containerIsRunning() {
        assertTrue(running);
    }

    @Test
    public void containerStartedOnceForTheClass() {
        assertEquals(1, starts);
    }
}
