package dev.fixturebench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpreadBaselineTest {

    @Test
    void runsTwoForksBeforeTheFixturesAndSpreadsTheRestEvenlyToTheEnd() {
        SpreadBaseline spread = new SpreadBaseline(null, 5, 70);
        assertEquals(2, spread.forksBefore());
        assertEquals(List.of(24, 47, 70), spread.slots(), "after a third, two thirds and the last fixture");
    }

    @Test
    void runsEveryForkBeforeWhenThereIsNoFixtureToMeasure() {
        SpreadBaseline spread = new SpreadBaseline(null, 5, 0);
        assertEquals(5, spread.forksBefore());
        assertEquals(List.of(), spread.slots());
    }

    @Test
    void spreadsNothingWithTwoForksOrFewer() {
        assertEquals(List.of(), new SpreadBaseline(null, 2, 70).slots());
        assertEquals(1, new SpreadBaseline(null, 1, 70).forksBefore());
    }

    @Test
    void letsForksShareAPlaceWhenThereAreMoreForksThanFixtures() {
        assertEquals(List.of(1, 2, 2), new SpreadBaseline(null, 5, 2).slots());
    }

    @Test
    void summarisesTheForksAndSaysHowManyRanBetweenTheFixtures() {
        var baseline = BaselineBenchmark.summary(List.of(new BaselineBenchmark.Reading(200, 50.0, null),
                new BaselineBenchmark.Reading(260, 52.0, null), new BaselineBenchmark.Reading(240, null, null)), 1);
        assertEquals(240, baseline.startupMs().median());
        assertEquals(3, baseline.startupMs().n());
        assertEquals(51.0, baseline.peakRssMib(), "the median of the forks whose RSS was sampled");
        assertEquals(null, baseline.startupWithoutArchiveMs(), "no fork without the archive");
        assertEquals(1, baseline.runsBetweenFixtures());
    }
}
