package dev.fixturebench.examples.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** No Quarkus at all: runs without an application start. */
class PlainArithmeticTest {

    @Test
    void adds() {
        assertEquals(4, 2 + 2);
    }
}
