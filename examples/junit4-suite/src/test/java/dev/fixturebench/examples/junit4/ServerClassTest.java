package dev.fixturebench.examples.junit4;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A server shared by the class: {@code @BeforeClass startServer} costs exactly 350 ms (sleep) and
 * {@code @AfterClass stopServer} 30 ms (sleep), once for the class's 2 tests.
 */
public class ServerClassTest {

    /** The stand-in server: its address, set by {@link #startServer()}. */
    static String server;

    @BeforeClass
    public static void startServer() throws InterruptedException {
        Thread.sleep(350);
        server = "http://127.0.0.1:8080/";
    }

    @AfterClass
    public static void stopServer() throws InterruptedException {
        Thread.sleep(30);
        server = null;
    }

    @Test
    public void serverIsStarted() {
        assertNotNull(server);
    }

    @Test
    public void serverListensOnLoopback() {
        assertTrue(server.startsWith("http://127.0.0.1:"));
        assertEquals('/', server.charAt(server.length() - 1));
    }
}
