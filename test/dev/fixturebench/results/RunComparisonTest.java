package dev.fixturebench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import dev.fixturebench.model.Baseline;
import dev.fixturebench.model.ClassDataSharing;
import dev.fixturebench.model.Comparison;
import dev.fixturebench.model.Environment;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;
import dev.fixturebench.model.Gpu;
import dev.fixturebench.model.Memory;
import dev.fixturebench.model.Outcome;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.RunSettings;
import dev.fixturebench.model.Stats;
import dev.fixturebench.model.Status;
import dev.fixturebench.model.SuiteCatalog;
import dev.fixturebench.model.Timings;

import org.junit.jupiter.api.Test;

class RunComparisonTest {

    static final Instant BEFORE = Instant.parse("2026-11-20T08:00:00Z");
    static final Instant AFTER = Instant.parse("2026-11-26T08:00:00Z");

    static Stats stats(double... readings) {
        return Stats.of(java.util.Arrays.stream(readings).boxed().toList()).orElseThrow();
    }

    static FixtureInfo info(String name) {
        return new FixtureInfo(name, FixtureType.STATIC, FixtureScope.METHOD, "Static", "example.Holder", List.of());
    }

    static FixtureResult ok(String name, Stats init, Double heapMib, Double rssMib, Double gpuMib) {
        return new FixtureResult(info(name), Outcome.OK,
                new Timings(init, init, stats(0), init, null, stats(900), stats(10)),
                new Memory(heapMib, 1.0, 10.0, rssMib, gpuMib), null, null);
    }

    static FixtureResult ok(String name, double... init) {
        return ok(name, stats(init), 1.0, 2.0, null);
    }

    static FixtureResult error(String name) {
        return FixtureResult.failed(info(name), Status.ERROR, "java.lang.IllegalStateException: boom", stats(700),
                null);
    }

    static RunResult run(Instant generated, FixtureResult... fixtures) {
        List<FixtureResult> results = List.of(fixtures);
        return RunResult.of(generated, new Environment("17", "Linux", "CPU", Gpu.unavailable("none")),
                new RunSettings("/suite", "1.11.4", dev.fixturebench.report.SampleRuns.forks(3, 5, 120, 0, 1, List.of()),
                        new ClassDataSharing(true, "")),
                new SuiteCatalog(results.stream().map(FixtureResult::fixture).toList(), 3, List.of()),
                new Baseline(stats(800), 100.0, null), results);
    }

    static Comparison compare(FixtureResult before, FixtureResult after, double thresholdPct) {
        return RunComparison.of(run(BEFORE, before), run(AFTER, after), "earlier/fixture_benchmark_results.json",
                thresholdPct);
    }

    static Comparison.Delta only(Comparison comparison) {
        assertEquals(1, comparison.fixtures().size(), comparison.toString());
        return comparison.fixtures().get(0);
    }

    @Test
    void aFixtureTwiceAsSlowIsChangedAndSlower() {
        Comparison comparison = compare(ok("model", 249.5, 250, 250.5), ok("model", 499.5, 500, 500.5), 10);
        Comparison.Delta delta = only(comparison);
        assertEquals(250.0, delta.initBefore());
        assertEquals(500.0, delta.initAfter());
        assertEquals(250.0, delta.initMs());
        assertEquals(100.0, delta.initPct(), 1e-9);
        assertEquals(2.0, delta.noiseMs(), 1e-9, "twice the sum of the MADs (0.5 + 0.5)");
        assertTrue(delta.changed());
        assertTrue(delta.slower());
        assertEquals(List.of(delta), comparison.changed());
        assertTrue(RunComparison.slowerThan(delta, 20));
        assertTrue(RunComparison.slowerThan(delta, 99.9));
        assertFalse(RunComparison.slowerThan(delta, 100), "more than PCT %, not as much");
        assertFalse(RunComparison.slowerThan(delta, 150));
        assertEquals("earlier/fixture_benchmark_results.json", comparison.against());
        assertEquals(BEFORE.toString(), comparison.againstDate());
        assertEquals(10.0, comparison.thresholdPct());
    }

    @Test
    void aFixtureTwiceAsFastIsChangedButNotSlower() {
        Comparison.Delta delta = only(compare(ok("model", 499.5, 500, 500.5), ok("model", 249.5, 250, 250.5), 10));
        assertTrue(delta.changed());
        assertFalse(delta.slower());
        assertEquals(-50.0, delta.initPct(), 1e-9);
        assertFalse(RunComparison.slowerThan(delta, 20));
    }

    @Test
    void aChangeBeyondTheNoiseButUnderTheThresholdIsNoChange() {
        Comparison.Delta delta = only(compare(ok("model", 199.5, 200, 200.5), ok("model", 209.5, 210, 210.5), 10));
        assertEquals(5.0, delta.initPct(), 1e-9);
        assertTrue(delta.initMs() > delta.noiseMs(), "beyond the noise");
        assertFalse(delta.changed(), "5 % is under the 10 % threshold");
        assertFalse(delta.slower());
        assertTrue(compare(ok("model", 199.5, 200, 200.5), ok("model", 209.5, 210, 210.5), 5).fixtures().get(0)
                .changed(), "at the threshold it counts");
        assertFalse(RunComparison.slowerThan(delta, 20));
    }

    @Test
    void aLargeChangeWithinANoisyFixturesSpreadIsNoChange() {
        // 150 ms -> 300 ms (+100 %), but both runs spread by 50 ms MADs and their ranges overlap
        Comparison.Delta delta = only(compare(ok("flaky", 100, 150, 300), ok("flaky", 250, 300, 400), 10));
        assertEquals(100.0, delta.initPct(), 1e-9);
        assertEquals(200.0, delta.noiseMs(), 1e-9);
        assertFalse(delta.changed());
        assertFalse(delta.slower());
        assertFalse(RunComparison.slowerThan(delta, 20));
    }

    @Test
    void overlappingRangesAreNoChangeEvenWhenTheMediansMovePastTheMads() {
        // medians 100 -> 150 (+50 %), MADs 1 each, so |Δ| 50 > noise 4; but the earlier run's 200 ms reading
        // overlaps the later range 149..151: not apart
        Comparison.Delta delta = only(compare(ok("model", 99, 100, 200), ok("model", 149, 150, 151), 10));
        assertEquals(4.0, delta.noiseMs(), 1e-9);
        assertFalse(delta.changed(), "ranges not apart");
        assertFalse(delta.slower());
    }

    @Test
    void theGateDoesNotFailOnWhatTheComparisonCallsNoChange() {
        // same runs as above: --help says --fail-if-slower counts only slowdowns "beyond both runs' noise (twice
        // their MADs, ranges apart)", so a slowdown whose ranges overlap must not fail the CI gate
        Comparison.Delta delta = only(compare(ok("model", 99, 100, 200), ok("model", 149, 150, 151), 10));
        assertFalse(delta.changed());
        assertFalse(RunComparison.slowerThan(delta, 20),
                "ranges 99..200 and 149..151 overlap: not beyond the noise, yet slowerThan says slower");
    }

    @Test
    void theGatesPercentageIsItsOwn() {
        // 5 % slower beyond the noise: no change at the report's 10 %, but --fail-if-slower=4 asks for 4 %
        Comparison.Delta delta = only(compare(ok("model", 199.5, 200, 200.5), ok("model", 209.5, 210, 210.5), 10));
        assertTrue(RunComparison.slowerThan(delta, 4));
        assertFalse(RunComparison.slowerThan(delta, 5));
    }

    @Test
    void listsTheFixturesAddedAndRemoved() {
        RunResult before = run(BEFORE, ok("a", 10, 11, 12), ok("b", 10, 11, 12), ok("c", 10, 11, 12));
        RunResult after = run(AFTER, ok("d", 10, 11, 12), ok("c", 10, 11, 12), ok("b", 10, 11, 12),
                ok("e", 1, 2, 3));
        Comparison comparison = RunComparison.of(before, after, "x.json", 10);
        assertEquals(List.of("d", "e"), comparison.added());
        assertEquals(List.of("a"), comparison.removed());
        assertEquals(List.of("c", "b"), comparison.fixtures().stream().map(Comparison.Delta::name).toList(),
                "in this run's order");
        assertEquals(List.of(), comparison.changed());
    }

    @Test
    void failedFixturesAreNotCompared() {
        RunResult before = run(BEFORE, ok("was_ok", 10, 11, 12), error("now_ok"), error("both_failed"),
                ok("steady", 10, 11, 12));
        RunResult after = run(AFTER, error("was_ok"), ok("now_ok", 10, 11, 12), error("both_failed"),
                ok("steady", 10, 11, 12));
        Comparison comparison = RunComparison.of(before, after, "x.json", 10);
        assertEquals(List.of("steady"), comparison.fixtures().stream().map(Comparison.Delta::name).toList());
        assertEquals(List.of(), comparison.added(), "a fixture both runs have is neither added nor removed");
        assertEquals(List.of(), comparison.removed());
        assertTrue(RunComparison.of(run(BEFORE, error("x")), run(AFTER, ok("x", 100, 101, 102)), "x.json", 10)
                .fixtures().isEmpty());
        assertEquals(List.of("was_ok (error)"), comparison.nowFailing(),
                "a fixture that built before and fails now is named apart, for the gate");
    }

    @Test
    void oneReadingASideIsShownButNeverCalledChanged() {
        Comparison.Delta delta = only(RunComparison.of(run(BEFORE, ok("single", 100)), run(AFTER, ok("single", 300)),
                "x.json", 10));
        assertEquals(200, delta.initMs(), 1e-9);
        assertFalse(delta.changed(), "--repeat=1 has no spread to judge a change against");
        assertFalse(RunComparison.slowerThan(delta, 20));
    }

    @Test
    void memoryDeltasAreComputedAndNullWhereEitherSideLacksThem() {
        Comparison.Delta delta = only(compare(ok("model", stats(10, 11, 12), 100.0, 50.0, null),
                ok("model", stats(10, 11, 12), 112.5, null, 30.0), 10));
        assertEquals(12.5, delta.heapMib(), 1e-9);
        assertNull(delta.rssMib(), "the later run lacks RSS");
        assertNull(delta.gpuMib(), "the earlier run lacks GPU memory");
        Comparison.Delta both = only(compare(ok("model", stats(10, 11, 12), 100.0, 50.0, 200.0),
                ok("model", stats(10, 11, 12), 90.0, 60.5, 180.0), 10));
        assertEquals(-10.0, both.heapMib(), 1e-9);
        assertEquals(10.5, both.rssMib(), 1e-9);
        assertEquals(-20.0, both.gpuMib(), 1e-9);
        assertEquals(0.0, both.initMs());
        assertFalse(both.changed());
    }

    @Test
    void aFixtureWithoutInitOrFromZeroHasNoPercentageAndNoChange() {
        Comparison.Delta fromZero = only(compare(ok("instant", 0, 0, 0), ok("instant", 50, 50, 50), 10));
        assertEquals(50.0, fromZero.initMs());
        assertNull(fromZero.initPct());
        assertFalse(fromZero.changed());
        assertFalse(RunComparison.slowerThan(fromZero, 20));
        Comparison.Delta noInit = only(compare(ok("native", null, 1.0, 1.0, null), ok("native", 10, 11, 12), 10));
        assertNull(noInit.initBefore());
        assertEquals(11.0, noInit.initAfter());
        assertNull(noInit.initMs());
        assertNull(noInit.initPct());
        assertFalse(noInit.changed());
        assertFalse(RunComparison.slowerThan(noInit, 20));
    }
}
