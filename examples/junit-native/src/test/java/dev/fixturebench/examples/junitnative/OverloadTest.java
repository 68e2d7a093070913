package dev.fixturebench.examples.junitnative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Two {@code @BeforeEach} overloads of different cost: {@code prep()} sleeps 100 ms, {@code prep(TestInfo)} 250 ms. */
class OverloadTest {

    private final List<String> prepared = new CopyOnWriteArrayList<>();

    /** Opens the connection pool: 100 ms. */
    @BeforeEach
    void prep() throws InterruptedException {
        Thread.sleep(100);
        prepared.add("pool");
    }

    /** Creates a tenant named after the test: 250 ms. */
    @BeforeEach
    void prep(TestInfo info) throws InterruptedException {
        Thread.sleep(250);
        prepared.add("tenant:" + info.getDisplayName());
    }

    @Test
    void bothOverloadsRan() {
        assertEquals(2, prepared.size(), prepared.toString());
    }
}
