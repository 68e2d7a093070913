package dev.fixturebench.pipeline;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.fixturebench.measure.BaselineBenchmark;
import dev.fixturebench.measure.GpuProbe;
import dev.fixturebench.measure.PeakSampler;
import dev.fixturebench.measure.StartupProfiling;
import dev.fixturebench.model.Spread;
import dev.fixturebench.model.StartupProfile;

/**
 * The {@code startup} command: builds the suite for its class path and the forks' archive, runs fresh JVMs on one
 * empty test as fixture forks start, prints their spread and records the start-up profile; discovers no fixture.
 */
public final class StartupPipeline {

    private final SuiteTarget target;
    private final ForkOptions forks;
    private final boolean cache;
    private final Path out;
    private final int runs;
    private final boolean profile;
    private final Optional<Checkout> checkout;
    private final Console console;

    /**
     * {@code out} receives the profile, recorded unless {@code profile} is false; {@code cache}: whether the set-up
     * cache is read and written (not --no-cache).
     */
    public StartupPipeline(SuiteTarget target, ForkOptions forks, boolean cache, Path out, int runs, boolean profile,
                           Optional<Checkout> checkout, Console console) {
        this.cache = cache;
        this.target = target;
        this.forks = forks;
        this.out = out;
        this.runs = runs;
        this.profile = profile;
        this.checkout = checkout;
        this.console = console;
    }

    /** Measures and prints; returns the exit code. */
    public int benchmark() {
        return Guard.run(console, null, (work, progress) -> {
            Preparation.Built built = new Preparation(target, forks, checkout, Preparation.cache(cache, console))
                    .build(work, progress);
            long start = System.nanoTime();
            progress.begin("Baseline", runs);
            PeakSampler sampler = new PeakSampler(GpuProbe.none("the startup command samples no GPU"));
            List<Double> readings = new BaselineBenchmark(built.forker(), sampler)
                    .startupReadings(runs, () -> progress.step("empty test"));
            long baselineNanos = System.nanoTime() - start;
            Spread spread = Spread.of(readings);
            StartupProfile recorded = null;
            if (profile) {
                progress.phase("Profiling one more baseline fork from JVM start (--no-startup-profile: none)");
                recorded = new StartupProfiling(built.forker(), work, out).profile(spread.median());
            }
            long totalNanos = System.nanoTime() - start;
            progress.close();
            print(built, spread, recorded, totalNanos, baselineNanos);
            return 0;
        });
    }

    private void print(Preparation.Built built, Spread spread, StartupProfile recorded, long totalNanos,
                       long baselineNanos) {
        PrintWriter printer = console.out();
        printer.printf(Locale.ROOT, "Launcher start-up: %d fresh JVM(s) running the suite's test framework on one"
                + " empty test (%s), %s%n", spread.n(), built.classpath().frameworks(),
                built.forks().sharing().used() ? "started from the run's class-data sharing archive"
                        : "without a class-data sharing archive");
        printer.printf(Locale.ROOT, "  mean    %8.1f ms%n  median  %8.1f ms%n  min     %8.1f ms%n  max     %8.1f ms%n"
                + "  stddev  %8.1f ms%n", spread.mean(), spread.median(), spread.min(), spread.max(), spread.stddev());
        if (recorded == null) {
            printer.println("Start-up profile: off (--no-startup-profile)");
        } else if (recorded.recorded()) {
            printer.printf(Locale.ROOT, "Start-up profile: %s, event %s, every %s ms, %d samples; profiled fork %.1f ms"
                    + " against the %.1f ms median (%+.0f %%)%n  %s%n  raw: %s%n", recorded.profiler(),
                    recorded.event(), BigDecimal.valueOf(recorded.intervalMs()).stripTrailingZeros().toPlainString(),
                    recorded.samples(), recorded.profiledWallMs(), recorded.unprofiledMedianMs(),
                    recorded.cost() * 100, out.resolve(recorded.file()), out.resolve(recorded.rawFile()));
        } else {
            printer.println("Start-up profile: none — " + recorded.failure());
        }
        printer.printf(Locale.ROOT, "Took %.2f s: %.2f s of baseline forks, %.2f s for the profile%n",
                totalNanos / 1e9, baselineNanos / 1e9, (totalNanos - baselineNanos) / 1e9);
    }
}
