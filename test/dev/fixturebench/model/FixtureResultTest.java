package dev.fixturebench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

class FixtureResultTest {

    private static final FixtureInfo FIXTURE = new FixtureInfo("model", FixtureType.STATIC, FixtureScope.SESSION,
            "Model", "ModelTest", List.of());

    private static Stats stats(double... readings) {
        return Stats.of(java.util.Arrays.stream(readings).boxed().toList()).orElseThrow();
    }

    /** A row as a benchmark reads it against {@code baseline}: wall − its median, RSS above its peak. */
    private static FixtureResult readAgainst(Baseline baseline, Stats wall, double peakRssMib) {
        Timings timings = new Timings(stats(40, 42, 41), null, null, null, null, wall,
                wall.shifted(-baseline.startupMs().median()));
        Memory memory = new Memory(12.0, 30.0, 200.0, peakRssMib - baseline.peakRssMib(), null);
        return FixtureResult.built(FIXTURE, timings, memory, null);
    }

    @Test
    void rebasedOntoALaterBaselineReadsAsIfMeasuredAgainstIt() {
        Baseline first = new Baseline(stats(230, 250), 60.0, null);
        Baseline later = new Baseline(stats(230, 250, 280, 290, 300), 64.0, null, 3);
        Stats wall = stats(330, 310, 350);

        FixtureResult rebased = readAgainst(first, wall, 100).rebased(first, later);

        FixtureResult direct = readAgainst(later, wall, 100);
        assertEquals(direct.timings().wallMinusBaselineMs(), rebased.timings().wallMinusBaselineMs());
        assertEquals(50.0, rebased.timings().wallMinusBaselineMs().median(), 1e-9, "330 against 280");
        assertEquals(36.0, rebased.memory().rssDeltaMib(), 1e-9, "100 MiB above 64, no longer 60");
        assertEquals(direct.timings().initMs(), rebased.timings().initMs(), "in-fork figures are the fork's own");
        assertEquals(12.0, rebased.memory().heapRetainedMib());
    }

    @Test
    void staysAsItIsAgainstTheBaselineItWasReadAgainst() {
        Baseline baseline = new Baseline(stats(230, 250), 60.0, null);
        FixtureResult row = readAgainst(baseline, stats(300), 90);
        assertSame(row, row.rebased(baseline, baseline));
    }

    @Test
    void aFixtureThatNeverBuiltKeepsItsWallAlone() {
        FixtureResult failed = FixtureResult.failed(FIXTURE, Status.ERROR, "boom", stats(300), null);
        FixtureResult rebased = failed.rebased(new Baseline(stats(200), 60.0, null),
                new Baseline(stats(200, 260), 62.0, null, 1));
        assertEquals(stats(300), rebased.timings().wallMs());
        assertNull(rebased.timings().wallMinusBaselineMs());
        assertNull(rebased.memory().rssDeltaMib());
    }
}
