package dev.fixturebench.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.fixturebench.model.Comparison;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.Stats;

/**
 * Sets a run against an earlier one. A fixture's init changed when the difference of the medians passes both runs'
 * noise — twice the sum of their median absolute deviations, with their min–max ranges apart, each run with two
 * readings or more — and the threshold, in % of the earlier median. Memory differences are listed, not judged; a
 * fixture that built before and fails now is listed apart.
 */
public final class RunComparison {

    /** How many MADs of both runs together a difference must pass. */
    static final double NOISE_MADS = 2.0;

    private RunComparison() {
    }

    /** {@code after} set against {@code before}, read from {@code against}, with {@code thresholdPct}. */
    public static Comparison of(RunResult before, RunResult after, String against, double thresholdPct) {
        Map<String, FixtureResult> earlier = new HashMap<>();
        before.fixtures().forEach(f -> earlier.put(f.fixture().name(), f));
        Map<String, FixtureResult> later = new HashMap<>();
        after.fixtures().forEach(f -> later.put(f.fixture().name(), f));
        List<Comparison.Delta> deltas = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> nowFailing = new ArrayList<>();
        for (FixtureResult now : after.fixtures()) {
            FixtureResult then = earlier.get(now.fixture().name());
            if (then == null) {
                added.add(now.fixture().name());
            } else if (then.ok() && now.ok()) {
                deltas.add(delta(then, now, thresholdPct));
            } else if (then.ok()) {
                // slow enough to time out, or broken: the worst slowdown of all, never a quiet omission
                nowFailing.add(now.fixture().name() + " (" + now.outcome().status().label() + ")");
            }
        }
        List<String> removed = before.fixtures().stream().map(f -> f.fixture().name())
                .filter(name -> !later.containsKey(name)).toList();
        return new Comparison(against, before.generated().toString(), thresholdPct, deltas, added, removed,
                nowFailing);
    }

    /**
     * Whether {@code delta}'s init got slower by more than {@code pct} % beyond the noise (--fail-if-slower): the
     * same noise test as a change, with the gate's percentage instead of the comparison's threshold.
     */
    public static boolean slowerThan(Comparison.Delta delta, double pct) {
        return delta.initMs() != null && delta.initPct() != null && delta.initMs() > 0 && delta.initPct() > pct
                && delta.beyondNoise();
    }

    private static Comparison.Delta delta(FixtureResult then, FixtureResult now, double thresholdPct) {
        Stats before = then.timings().initMs();
        Stats after = now.timings().initMs();
        Double initMs = null;
        Double initPct = null;
        Double noise = null;
        boolean changed = false;
        boolean beyond = false;
        if (before != null && after != null) {
            initMs = after.median() - before.median();
            initPct = before.median() == 0 ? null : initMs / before.median() * 100;
            noise = NOISE_MADS * (before.mad() + after.mad());
            // one reading has no spread to judge against: such a fixture is shown, never called changed
            beyond = before.n() >= 2 && after.n() >= 2 && Math.abs(initMs) > noise
                    && (after.min() > before.max() || after.max() < before.min());
            changed = beyond && initPct != null && Math.abs(initPct) >= thresholdPct;
        }
        return new Comparison.Delta(now.fixture().name(), before == null ? null : before.median(),
                after == null ? null : after.median(), initMs, initPct, noise,
                minus(now.memory().heapRetainedMib(), then.memory().heapRetainedMib()),
                minus(now.memory().rssDeltaMib(), then.memory().rssDeltaMib()),
                minus(now.memory().gpuDeltaMib(), then.memory().gpuDeltaMib()), beyond, changed);
    }

    private static Double minus(Double after, Double before) {
        return after == null || before == null ? null : after - before;
    }
}
