package dev.fixturebench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void meanMedianExtremesAndSampleStandardDeviation() {
        Spread spread = Spread.of(List.of(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0));
        assertEquals(5.0, spread.mean(), 1e-9);
        assertEquals(4.5, spread.median(), 1e-9);
        assertEquals(2.0, spread.min());
        assertEquals(9.0, spread.max());
        assertEquals(Math.sqrt(32.0 / 7), spread.stddev(), 1e-9);
        assertEquals(8, spread.n());
    }

    @Test
    void oneReadingHasNoSpread() {
        assertEquals(new Spread(3, 3, 3, 3, 0, 1), Spread.of(List.of(3.0)));
    }
}
