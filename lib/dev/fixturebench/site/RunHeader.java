package dev.fixturebench.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.fixturebench.model.ClassDataSharing;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.Gpu;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.Stats;
import dev.fixturebench.model.WholeSuite;

/**
 * A run's header as the site shows it: when, where, how it measured, the baseline with its spread, and the whole
 * suite's run linked to its page ({@code --whole-suite}).
 */
final class RunHeader {

    private RunHeader() {
    }

    static List<HeaderLine> of(RunResult run) {
        List<HeaderLine> lines = new ArrayList<>();
        long ok = run.fixtures().stream().filter(FixtureResult::ok).count();
        lines.add(new HeaderLine("Generated", Dates.text(run.generated())));
        lines.add(new HeaderLine("Suite", run.settings().suite() + " ("
                + run.settings().frameworks() + ")"));
        lines.add(new HeaderLine("Fixtures", run.fixtures().size() + " of " + run.suite().fixtures().size()
                + " measured, " + ok + " ok; the suite has " + run.suite().tests() + " tests"));
        lines.add(new HeaderLine("Machine", run.environment().os()));
        lines.add(new HeaderLine("Java", run.environment().java()));
        lines.add(new HeaderLine("CPU", run.environment().cpu()));
        Gpu gpu = run.environment().gpu();
        lines.add(new HeaderLine("GPU", gpu.available() ? gpu.device() + " (driver " + gpu.driver() + ")"
                : "none — " + gpu.reason()));
        Stats startup = run.baseline().startupMs();
        lines.add(new HeaderLine("Baseline start-up", String.format(Locale.ROOT, "%s median (%s) — a fresh JVM"
                + " running the suite's test framework on one empty test", Figures.ms(startup), Figures.range(startup))));
        ClassDataSharing sharing = run.settings().classDataSharing();
        Stats without = run.baseline().startupWithoutArchiveMs();
        lines.add(new HeaderLine("Class-data sharing", (sharing.used()
                ? "yes — forks start from an archive dumped for this run: " : "no — ") + sharing.detail()
                + (without == null ? "" : "; baseline without it: " + Figures.ms(without) + " median ("
                + Figures.range(without) + ")")));
        lines.add(new HeaderLine("Repeats", run.settings().repeat() + " fresh JVM(s) per fixture, time limit "
                + BigDecimal.valueOf(run.settings().timeoutSeconds()).stripTrailingZeros().toPlainString()
                + " s each; " + (run.settings().warmup() == 0 ? "no warm-up (init is the cold first build)"
                : run.settings().warmup() + " warm-up build(s) discarded per fork") + "; " + run.settings().jobs()
                + " fork(s) at a time" + (run.settings().jobs() > 1 ? " (figures may be disturbed)" : "")));
        WholeSuite whole = run.wholeSuite();
        if (whole != null) {
            Double share = whole.buildShare();
            lines.add(new HeaderLine("Whole suite", (whole.wallMs() == null ? "no run finished"
                    : Figures.ms(whole.wallMs()) + " median wall time (" + Figures.range(whole.wallMs()) + ")")
                    + (share == null ? "" : ", " + Figures.share(share) + " of it building fixtures"), "suite.html"));
        }
        return lines;
    }
}
