package dev.fixturebench.measure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import dev.fixturebench.fork.Forker;
import dev.fixturebench.fork.ProbeCall;
import dev.fixturebench.model.Baseline;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.Memory;
import dev.fixturebench.model.Stats;
import dev.fixturebench.model.Timings;
import dev.fixturebench.probe.ProbeMain;
import dev.fixturebench.probe.ProbeProtocol.Key;

/**
 * Measures one fixture alone in fresh forks, {@code repeat} times, and summarises the readings. The first fork
 * that does not pass ends the fixture's measurement and gives its status. Only the first fork reads the live heap:
 * the two full collections and heap walks cost a fork ~30 ms, and the figure repeats to within 0.06 MiB across forks.
 */
public final class FixtureBenchmark {

    private static final double MIB = 1024 * 1024;

    private final Forker forker;
    private final Forker withoutHeap;
    private final PeakSampler sampler;
    private final Baseline baseline;
    private final java.time.Duration timeout;

    public FixtureBenchmark(Forker forker, PeakSampler sampler, Baseline baseline, java.time.Duration timeout) {
        this.forker = forker;
        this.withoutHeap = forker.withJvmArgs(List.of("-D" + ProbeMain.LIVE_HEAP_PROPERTY + "=false"));
        this.sampler = sampler;
        this.baseline = baseline;
        this.timeout = timeout;
    }

    /**
     * Runs {@code probe} in {@code repeat} fresh forks; {@code measuredAs} says what the figure covers when it is
     * shared with other fixtures (null when it is the fixture's own).
     */
    public FixtureResult measure(FixtureInfo fixture, ProbeCall probe, String measuredAs, int repeat)
            throws IOException {
        List<ForkReading> readings = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            PeakSampler.Peaks peaks = sampler.newRecording();
            ForkReading reading = ForkReading.of((i == 0 ? forker : withoutHeap).run(probe.mode(), probe.operands(),
                    peaks), peaks, timeout);
            if (!reading.ok()) {
                return FixtureResult.failed(fixture, reading.status(), reading.error(),
                        stats(List.of(reading), ForkReading::wallMs), measuredAs);
            }
            readings.add(reading);
        }
        double baselineMs = baseline.startupMs().median();
        Double variants = median(readings, r -> r.figure(Key.VARIANTS));
        if (variants != null && fixture.usedBy() != null) {
            // a generating fixture is used by every variant of the tests that take it, which only its build knows
            fixture = fixture.withUsedBy((int) Math.round(fixture.usedBy() * variants));
        }
        Stats wallMs = stats(readings, ForkReading::wallMs);
        // the pytest tool's figure is the wall moved by the baseline, as FixtureResult.rebased moves it again later
        Timings timings = new Timings(stats(readings, r -> r.figure(Key.INIT_MS)),
                stats(readings, r -> r.figure(Key.OWN_INIT_MS)),
                stats(readings, r -> r.figure(Key.DEPENDENCIES_INIT_MS)),
                stats(readings, r -> r.figure(Key.INIT_CPU_MS)),
                stats(readings, r -> r.figure(Key.TEARDOWN_MS)),
                wallMs, wallMs.shifted(-baselineMs));
        Memory memory = new Memory(median(readings, r -> r.figure(Key.HEAP_RETAINED_MIB)),
                median(readings, r -> r.figure(Key.ALLOCATED_MIB)),
                median(readings, r -> r.figure(Key.CLASSES_LOADED)),
                baseline.peakRssMib() == null ? null
                        : median(readings, r -> r.peaks().rssBytes() > 0
                                ? r.peaks().rssBytes() / MIB - baseline.peakRssMib() : null),
                median(readings, r -> r.peaks().gpuDeltaBytes().isPresent()
                        ? r.peaks().gpuDeltaBytes().getAsLong() / MIB : null));
        return FixtureResult.built(fixture, timings, memory, measuredAs);
    }

    private static Stats stats(List<ForkReading> readings, Function<ForkReading, Double> figure) {
        List<Double> values = new ArrayList<>();
        readings.stream().map(figure).filter(Objects::nonNull).forEach(values::add);
        return Stats.of(values).orElse(null);
    }

    private static Double median(List<ForkReading> readings, Function<ForkReading, Double> figure) {
        Stats stats = stats(readings, figure);
        return stats == null ? null : stats.median();
    }
}
