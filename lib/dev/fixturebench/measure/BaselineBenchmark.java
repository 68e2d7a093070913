package dev.fixturebench.measure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.fixturebench.fork.ForkResult;
import dev.fixturebench.fork.Forker;
import dev.fixturebench.model.Baseline;
import dev.fixturebench.model.Stats;
import dev.fixturebench.probe.ProbeProtocol.Mode;

/**
 * Measures launcher start-up: fresh forks that run one empty test on the suite's class path, started as the fixture
 * forks are, and, when those map a class-data sharing archive, as many more started without it, for comparison.
 */
public final class BaselineBenchmark {

    private static final double MIB = 1024 * 1024;

    private final Forker forker;
    private final Forker withoutArchive;
    private final PeakSampler sampler;

    /** Baseline forks from {@code forker}, as the fixtures' forks start, and no forks without an archive. */
    public BaselineBenchmark(Forker forker, PeakSampler sampler) {
        this(forker, null, sampler);
    }

    /**
     * Baseline forks from {@code forker}, and as many from {@code withoutArchive} (null: none), a fork of each in turn
     * so both meet the same machine; only the former give the baseline the fixtures are compared with.
     */
    public BaselineBenchmark(Forker forker, Forker withoutArchive, PeakSampler sampler) {
        this.forker = forker;
        this.withoutArchive = withoutArchive;
        this.sampler = sampler;
    }

    /**
     * One baseline fork's readings, with its partner's started without the archive where the benchmark has one.
     *
     * @param wallMs           the fork's wall-clock
     * @param rssMib           its peak RSS, or null when not sampled
     * @param withoutArchiveMs the partner's wall-clock, or null for none
     */
    public record Reading(double wallMs, Double rssMib, Double withoutArchiveMs) {
    }

    /**
     * Runs one baseline fork, and its partner without the archive where there is one, calling {@code afterEach}
     * after each; fails when one does not pass.
     */
    public Reading measureOne(Runnable afterEach) throws IOException {
        PeakSampler.Peaks peaks = sampler.newRecording();
        ForkResult fork = passed(forker.run(Mode.BASELINE, List.of(), peaks));
        afterEach.run();
        Double plainMs = null;
        if (withoutArchive != null) {
            plainMs = passed(withoutArchive.run(Mode.BASELINE, List.of(), sampler.newRecording())).wallNanos() / 1e6;
            afterEach.run();
        }
        return new Reading(fork.wallNanos() / 1e6, peaks.rssBytes() > 0 ? peaks.rssBytes() / MIB : null, plainMs);
    }

    /** The baseline of {@code readings} (at least one), {@code betweenFixtures} of which ran between the fixtures. */
    public static Baseline summary(List<Reading> readings, int betweenFixtures) {
        List<Double> wallMs = new ArrayList<>();
        List<Double> withoutArchiveMs = new ArrayList<>();
        List<Double> rssMib = new ArrayList<>();
        for (Reading reading : readings) {
            wallMs.add(reading.wallMs());
            if (reading.rssMib() != null) {
                rssMib.add(reading.rssMib());
            }
            if (reading.withoutArchiveMs() != null) {
                withoutArchiveMs.add(reading.withoutArchiveMs());
            }
        }
        Double peakRss = Stats.of(rssMib).map(Stats::median).orElse(null);
        return new Baseline(Stats.of(wallMs).orElseThrow(), peakRss, Stats.of(withoutArchiveMs).orElse(null),
                betweenFixtures);
    }

    /**
     * The wall-clock, in ms, of {@code runs} baseline forks from the forker the fixtures use alone (none without the
     * archive), calling {@code afterEach} after each; fails as {@link #measureOne} does.
     */
    public List<Double> startupReadings(int runs, Runnable afterEach) throws IOException {
        List<Double> wallMs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            wallMs.add(passed(forker.run(Mode.BASELINE, List.of(), sampler.newRecording())).wallNanos() / 1e6);
            afterEach.run();
        }
        return wallMs;
    }

    private static ForkResult passed(ForkResult fork) throws IOException {
        if (!fork.passed()) {
            throw new IOException("The baseline fork (one empty test on the suite's class path) failed, so no"
                    + " fixture can be measured. Exit code " + fork.exitCode()
                    + (fork.reported() ? ", error:\n" + fork.probeError() : "")
                    + "\nIts last output:\n" + fork.outputTail());
        }
        return fork;
    }
}
