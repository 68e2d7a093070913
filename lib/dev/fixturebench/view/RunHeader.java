package dev.fixturebench.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.fixturebench.model.ClassDataSharing;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.Gpu;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.ForkSettings;
import dev.fixturebench.model.StartupProfile;
import dev.fixturebench.model.Stats;
import dev.fixturebench.model.WholeSuite;

/**
 * A run's header, decided once for every format: when, what suite, where, the baseline with its spread, how it
 * measured, its shards and the whole suite's run. The Markdown report lists these lines; the site's overview shows them.
 */
public final class RunHeader {

    private RunHeader() {
    }

    /** The header of {@code run}; a line's link is relative to the run's overview page. */
    public static List<HeaderLine> of(RunResult run) {
        List<HeaderLine> lines = new ArrayList<>();
        long ok = run.fixtures().stream().filter(FixtureResult::ok).count();
        lines.add(new HeaderLine("Generated", Dates.text(run.generated())));
        lines.add(new HeaderLine("Suite", run.settings().suite() + " (" + run.settings().frameworks() + ")"));
        long interrupted = run.fixtures().stream().filter(r -> r.outcome().interrupted()).count();
        lines.add(new HeaderLine("Fixtures", (run.fixtures().size() - interrupted) + " of "
                + run.suite().fixtures().size() + " measured, " + ok + " ok; " + (interrupted == 0 ? ""
                : interrupted + " interrupted before they were measured (run --resume measures them); ")
                + "the suite has " + run.suite().tests() + " tests"));
        lines.add(new HeaderLine("OS", run.environment().os()));
        lines.add(new HeaderLine("Java", run.environment().java()));
        lines.add(new HeaderLine("CPU", run.environment().cpu()));
        Gpu gpu = run.environment().gpu();
        lines.add(new HeaderLine("GPU", gpu.available() ? gpu.device() + " (driver " + gpu.driver() + ")"
                : "none — " + gpu.reason()));
        Stats startup = run.baseline().startupMs();
        Integer between = run.baseline().runsBetweenFixtures();
        lines.add(new HeaderLine("Baseline start-up", Figures.ms(startup) + " median (" + Figures.range(startup)
                + ") — a fresh JVM running the suite's test framework on one empty test" + (between == null
                || between == 0 ? "" : "; " + (startup.n() - between) + " of the forks ran before the fixtures, "
                + between + " between them, so that it covers the same minutes")));
        ClassDataSharing sharing = run.settings().classDataSharing();
        Stats without = run.baseline().startupWithoutArchiveMs();
        lines.add(new HeaderLine("Class-data sharing", (sharing.used()
                ? "yes — every fork starts from an archive of the fork class path's jars: " : "no — forks start without an"
                + " archive: ") + sharing.detail() + (without == null ? "" : "; baseline start-up without it: "
                + Figures.ms(without) + " median (" + Figures.range(without) + ")")));
        lines.add(new HeaderLine("Start-up profile", startupProfile(run.startupProfile()),
                run.startupProfile() == null ? null : "startup.html"));
        lines.add(new HeaderLine("Repeats", repeats(run.settings().forks())));
        String shard = run.settings().shard();
        if (run.settings().merged()) {
            lines.add(new HeaderLine("Shards", shard + "; the machine, baseline and start-up profile above (and the"
                    + " whole suite's run, where the shards ran it) are the first shard's, each shard's own are in its"
                    + " results"));
        } else if (shard != null) {
            lines.add(new HeaderLine("Shard", shard + " of the selected fixtures; join the shards' results with"
                    + " fixture-bench merge"));
        }
        WholeSuite whole = run.wholeSuite();
        if (whole != null) {
            Double share = whole.buildShare();
            lines.add(new HeaderLine("Whole suite", (whole.wallMs() == null ? "no run finished"
                    : Figures.ms(whole.wallMs()) + " median wall time (" + Figures.range(whole.wallMs()) + ")")
                    + (share == null ? "" : ", " + Figures.share(share) + " of it building fixtures"), "suite.html"));
        }
        return lines;
    }

    /** The start-up profile: where it is, how it sampled and what it cost, or why there is none. */
    public static String startupProfile(StartupProfile profile) {
        if (profile == null) {
            return "off (--no-startup-profile)";
        }
        if (!profile.recorded()) {
            return "none — " + profile.failure();
        }
        return profile.file() + " (raw: " + profile.rawFile() + ") — " + sampling(profile) + "; " + cost(profile)
                + (profile.notes().isEmpty() ? "" : "; passed over: " + profile.notes());
    }

    /** How a recorded profile sampled: {@code async-profiler, event cpu, every 1 ms, 305 samples}. */
    public static String sampling(StartupProfile profile) {
        return String.format(Locale.ROOT, "%s, event %s, every %s ms, %d samples", profile.profiler(), profile.event(),
                BigDecimal.valueOf(profile.intervalMs()).stripTrailingZeros().toPlainString(), profile.samples());
    }

    /** What a recorded profile cost its fork, against the unprofiled median. */
    public static String cost(StartupProfile profile) {
        return String.format(Locale.ROOT, "the profiled fork took %s against the unprofiled median of %s (%+.0f %%:"
                + " the profiler's cost), and is kept out of the baseline", Figures.ms(profile.profiledWallMs()),
                Figures.ms(profile.unprofiledMedianMs()), profile.cost() * 100);
    }

    private static String repeats(ForkSettings settings) {
        return settings.repeat() + " fresh JVM(s) per fixture, time limit "
                + BigDecimal.valueOf(settings.timeoutSeconds()).stripTrailingZeros().toPlainString() + " s each; "
                + (settings.warmup() == 0 ? "no warm-up (init is the cold first build)"
                : settings.warmup() + " warm-up build(s) discarded per fork") + "; " + (settings.jobs() == 1
                ? "one fork at a time" : settings.jobs() + " forks at a time (they competed for the CPUs, memory and"
                + " GPU, so timings, RSS and GPU Δ may be disturbed; rerun with --jobs=1 for figures to trust)");
    }
}
