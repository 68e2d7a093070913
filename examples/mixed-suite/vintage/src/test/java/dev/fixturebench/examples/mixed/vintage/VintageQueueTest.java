package dev.fixturebench.examples.mixed.vintage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A JUnit 4 class, run by the Vintage engine: {@code @BeforeClass openQueue} costs exactly 150 ms (sleep), once for
 * the class; {@code @Before clearQueue} 30 ms (sleep), before each of its 2 tests.
 */
public class VintageQueueTest {

    static String queue;
    private Deque<String> messages;

    @BeforeClass
    public static void openQueue() throws InterruptedException {
        Thread.sleep(150);
        queue = "orders";
    }

    @Before
    public void clearQueue() throws InterruptedException {
        Thread.sleep(30);
        messages = new ArrayDeque<>();
    }

    @Test
    public void queueIsOpen() {
        assertNotNull(queue);
    }

    @Test
    public void queueStartsEmpty() {
        assertTrue(messages.isEmpty());
        messages.add("first");
        assertEquals("first", messages.peek());
    }
}
