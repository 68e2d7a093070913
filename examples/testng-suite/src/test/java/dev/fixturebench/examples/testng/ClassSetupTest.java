package dev.fixturebench.examples.testng;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNotNull;

import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/** A connection per class: {@code @BeforeClass openConnection} costs exactly 180 ms (sleep), once for 2 tests. */
public class ClassSetupTest {

    private String connection;
    private int opened;

    @BeforeClass
    public void openConnection() throws InterruptedException {
        Thread.sleep(180);
        connection = "jdbc:h2:mem:orders";
        opened++;
    }

    @Test
    public void connectionIsOpen() {
        assertNotNull(connection);
    }

    @Test
    public void connectionOpenedOnce() {
        assertEquals(opened, 1);
    }
}
