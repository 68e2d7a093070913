package dev.fixturebench.measure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.fixturebench.fork.ForkResult;
import dev.fixturebench.fork.Forker;
import dev.fixturebench.model.Baseline;
import dev.fixturebench.model.Stats;

/** Measures launcher start-up: fresh forks that run one empty test on the suite's class path. */
public final class BaselineBenchmark {

    private static final double MIB = 1024 * 1024;

    private final Forker forker;
    private final PeakSampler sampler;

    public BaselineBenchmark(Forker forker, PeakSampler sampler) {
        this.forker = forker;
        this.sampler = sampler;
    }

    /** Runs {@code runs} baseline forks; fails when one does not pass, since nothing else could then be trusted. */
    public Baseline measure(int runs, Runnable afterEach) throws IOException {
        List<Double> wallMs = new ArrayList<>();
        List<Double> rssMib = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            PeakSampler.Peaks peaks = sampler.newRecording();
            ForkResult fork = forker.run("baseline", List.of(), peaks);
            if (!fork.reported() || !"ok".equals(fork.probe().path("status").asText())) {
                throw new IOException("The baseline fork (one empty test on the suite's class path) failed, so no"
                        + " fixture can be measured. Exit code " + fork.exitCode()
                        + (fork.reported() ? ", error:\n" + fork.probe().path("error").asText() : "")
                        + "\nIts last output:\n" + fork.outputTail());
            }
            wallMs.add(fork.wallNanos() / 1e6);
            if (peaks.rssBytes() > 0) {
                rssMib.add(peaks.rssBytes() / MIB);
            }
            afterEach.run();
        }
        Double peakRss = Stats.of(rssMib).map(Stats::median).orElse(null);
        return new Baseline(Stats.of(wallMs).orElseThrow(), peakRss);
    }
}
