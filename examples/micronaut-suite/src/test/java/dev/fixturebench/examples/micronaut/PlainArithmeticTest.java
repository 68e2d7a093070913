package dev.fixturebench.examples.micronaut;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** No Micronaut at all: no application context, no warm-up. */
class PlainArithmeticTest {

    @Test
    void adds() {
        assertEquals(4, 2 + 2);
    }

    @Test
    void multiplies() {
        assertEquals(6, 2 * 3);
    }
}
