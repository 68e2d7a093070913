package dev.fixturebench.examples.mixed.vintage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A JUnit Jupiter class: {@code @BeforeAll startBroker} costs exactly 100 ms (sleep), once for its 2 tests. */
class JupiterBrokerTest {

    static String broker;
    static int starts;

    @BeforeAll
    static void startBroker() throws InterruptedException {
        Thread.sleep(100);
        broker = "amqp://127.0.0.1:5672";
        starts++;
    }

    @Test
    void brokerIsStarted() {
        assertNotNull(broker);
    }

    @Test
    void brokerStartedOnce() {
        assertEquals(1, starts);
    }
}
