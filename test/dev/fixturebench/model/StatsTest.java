package dev.fixturebench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void summarisesAnOddNumberOfReadings() {
        Stats stats = Stats.of(List.of(260.0, 250.0, 251.0, 249.0, 300.0)).orElseThrow();
        assertEquals(251.0, stats.median());
        assertEquals(249.0, stats.min());
        assertEquals(300.0, stats.max());
        assertEquals(2.0, stats.mad()); // deviations from 251: 0, 1, 2, 9, 49
        assertEquals(5, stats.n());
    }

    @Test
    void averagesTheTwoMiddleReadingsOfAnEvenNumber() {
        Stats stats = Stats.of(List.of(4.0, 1.0, 3.0, 2.0)).orElseThrow();
        assertEquals(2.5, stats.median());
        assertEquals(1.0, stats.mad());
    }

    @Test
    void hasNothingToSayAboutNoReadings() {
        assertTrue(Stats.of(List.of()).isEmpty());
    }

    @Test
    void shiftedMovesTheMedianAndExtremesButNotTheSpread() {
        Stats stats = Stats.of(List.of(260.0, 250.0, 251.0, 249.0, 300.0)).orElseThrow().shifted(-250);
        assertEquals(new Stats(1.0, -1.0, 50.0, 2.0, 5), stats);
    }
}
