package dev.fixturebench.pipeline;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.fixturebench.discovery.Selection;
import dev.fixturebench.model.Stats;
import dev.fixturebench.wholesuite.WholeSuiteBenchmark;

/**
 * The {@code suite-overhead} command: what recording the whole suite costs, from pairs of fresh JVMs that run the
 * selected test classes plain and recorded; prints each pair and the median overhead, and writes no report.
 */
public final class SuiteOverheadPipeline {

    private final SuiteTarget target;
    private final ForkOptions forks;
    private final boolean cache;
    private final WholeSuiteOptions suite;
    private final Optional<Checkout> checkout;
    private final Console console;

    /** {@code suite.runs()} is the number of pairs; {@code cache}: whether the set-up cache is used (not --no-cache). */
    public SuiteOverheadPipeline(SuiteTarget target, ForkOptions forks, boolean cache, WholeSuiteOptions suite,
                                 Optional<Checkout> checkout, Console console) {
        this.cache = cache;
        this.target = target;
        this.forks = forks;
        this.suite = suite;
        this.checkout = checkout;
        this.console = console;
    }

    /** Measures and prints; returns the exit code. */
    public int benchmark() {
        return Guard.run(console, null, (work, progress) -> {
            Preparation.Discovered found = new Preparation(target, forks, checkout, Preparation.cache(cache, console))
                    .discover(work, progress, Selection.all(null));
            SuiteRuns runs = new SuiteRuns(suite);
            List<String> classes = runs.classes(found.suite());
            progress.begin("Suite runs, plain and recorded", suite.runs() * 2);
            List<WholeSuiteBenchmark.Pair> readings = new WholeSuiteBenchmark(runs.forker(found), work)
                    .overhead(classes, suite.runs(), () -> progress.step("suite run"));
            progress.close();
            print(classes.size(), readings);
            return 0;
        });
    }

    private void print(int classes, List<WholeSuiteBenchmark.Pair> readings) {
        PrintWriter out = console.out();
        out.printf(Locale.ROOT, "Whole-suite recording overhead: %d test class(es), %d pair(s) of fresh JVMs, plain"
                + " (the suite's framework alone) and recorded (--whole-suite), taking turns to go first%n",
                classes, readings.size());
        out.printf(Locale.ROOT, "  %-5s %14s %14s %9s %14s %14s%n", "pair", "plain ms", "recorded ms", "overhead",
                "plain JVM ms", "recorded JVM ms");
        List<Double> ratios = new ArrayList<>();
        List<Double> jvmRatios = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            WholeSuiteBenchmark.Pair pair = readings.get(i);
            double ratio = pair.instrumentedMs() / pair.plainMs() - 1;
            ratios.add(ratio);
            jvmRatios.add(pair.instrumentedForkMs() / pair.plainForkMs() - 1);
            out.printf(Locale.ROOT, "  %-5d %14.1f %14.1f %+8.1f%% %14.1f %14.1f%n", i + 1, pair.plainMs(),
                    pair.instrumentedMs(), ratio * 100, pair.plainForkMs(), pair.instrumentedForkMs());
        }
        Stats suiteTime = Stats.of(ratios).orElseThrow();
        Stats jvm = Stats.of(jvmRatios).orElseThrow();
        out.printf(Locale.ROOT, "Suite time (the launcher's run, inside the JVM): recorded is %+.1f %% of plain,"
                + " median of %d pairs (range %+.1f to %+.1f %%)%n", suiteTime.median() * 100, suiteTime.n(),
                suiteTime.min() * 100, suiteTime.max() * 100);
        out.printf(Locale.ROOT, "Whole JVM (start to exit): %+.1f %% median (range %+.1f to %+.1f %%)%n",
                jvm.median() * 100, jvm.min() * 100, jvm.max() * 100);
    }
}
