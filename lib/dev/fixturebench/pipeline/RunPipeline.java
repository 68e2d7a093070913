package dev.fixturebench.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.fixturebench.cache.SetupCache;
import dev.fixturebench.discovery.DiscoveredFixture;
import dev.fixturebench.discovery.Selection;
import dev.fixturebench.measure.BaselineBenchmark;
import dev.fixturebench.measure.EnvironmentProbe;
import dev.fixturebench.measure.FixtureBenchmark;
import dev.fixturebench.measure.FixtureProfiling;
import dev.fixturebench.measure.GpuProbe;
import dev.fixturebench.measure.JCudaGpuProbe;
import dev.fixturebench.measure.PeakSampler;
import dev.fixturebench.measure.SpreadBaseline;
import dev.fixturebench.measure.StartupProfiling;
import dev.fixturebench.model.Baseline;
import dev.fixturebench.model.Environment;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.ForkSettings;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.RunSettings;
import dev.fixturebench.model.StartupProfile;
import dev.fixturebench.model.WholeSuite;
import dev.fixturebench.profile.OwnCode;
import dev.fixturebench.report.ReportWriter;
import dev.fixturebench.results.ResultsFile;
import dev.fixturebench.results.ClassPathFingerprint;
import dev.fixturebench.results.SettingsCheck;
import dev.fixturebench.suite.SuiteException;

/**
 * The {@code run} command: builds and discovers the suite, measures the baseline, then each selected fixture in fresh
 * JVMs, writing the results after each; with --resume only those the interrupted run in --out did not finish. A signal
 * stops the forks and writes what finished (exit 130 or 143); --fail-if-slower's gate may end it with 3.
 */
public final class RunPipeline {

    /**
     * A validated run.
     *
     * @param target          which suite
     * @param selection       which of its fixtures
     * @param forks           how the forks measure, as the results record it
     * @param classDataSharing whether forks may start from a class-data sharing archive (not --no-cds)
     * @param baselineWithoutArchive whether to time as many baseline forks without the archive (a diagnostic)
     * @param cache           whether the set-up cache is read and written (not --no-cache)
     * @param output          where the report, results and site go
     * @param startupProfile  whether to profile one extra baseline fork from JVM start
     * @param fixtureProfiles whether to profile each measured fixture's build in extra forks
     * @param wholeSuite      how to run the whole suite in context, or null for not at all
     * @param resume          whether to finish the interrupted run in the output folder
     * @param compare         earlier results to set this run against, or null
     * @param gate            the --fail-if-slower gate on that comparison
     */
    public record Options(SuiteTarget target, Selection selection, ForkSettings forks, boolean classDataSharing,
                          boolean baselineWithoutArchive, boolean cache, OutputFolders output, boolean startupProfile,
                          boolean fixtureProfiles,
                          WholeSuiteOptions wholeSuite, boolean resume, Path compare, RegressionGate gate) {
    }

    private final Options options;
    private final Optional<Checkout> checkout;
    private final Console console;

    public RunPipeline(Options options, Optional<Checkout> checkout, Console console) {
        this.options = options;
        this.checkout = checkout;
        this.console = console;
    }

    /** Runs it and returns the exit code. */
    public int run() {
        long start = System.nanoTime();
        Interruption interruption = Interruption.install(console.err());
        StepLog.mark("start");
        return Guard.run(console, interruption, (work, progress) -> {
            // before the build, so a second run never rebuilds the suite under the first one's forks; a run that
            // fails before writing leaves no folder of its own behind
            try (OutputLock lock = OutputLock.acquire(options.output().out())) {
                ResultsFile previous = options.resume() ? EarlierResults.toResume(options.output().out()) : null;
                ResultsFile compared = EarlierResults.read(options.compare(), "--compare");
                Instant started = previous != null ? previous.run().started() : Instant.now();
                SetupCache cache = Preparation.cache(options.cache(), console);
                Preparation.Discovered found = new Preparation(options.target(),
                        ForkOptions.of(options.forks(), options.classDataSharing()), checkout, cache)
                        .discover(work, progress, options.selection());
                Guard.RunInterrupted.stopIf(interruption);
                RunSettings settings = settings(found);
                if (previous != null) {
                    refuseChangedSettings(previous, settings);
                }
                // before any measuring: templates that do not compile or a site folder it must not write fail the run
                StepLog.mark("outputs");
                Outputs outputs = new Outputs(options.output(), checkout, console, cache);
                ReportWriter writer = outputs.writer(work, started, previous != null);
                List<DiscoveredFixture> plan = found.selected();
                List<FixtureResult> finished = previous == null ? List.of() : finished(previous, plan);
                Set<String> done = new HashSet<>();
                finished.forEach(r -> done.add(r.fixture().name()));
                List<DiscoveredFixture> toMeasure = plan.stream().filter(f -> !done.contains(f.info().name()))
                        .toList();
                progress.phase("Found " + found.suite().fixtures().size() + " fixtures; measuring " + toMeasure.size()
                        + (previous == null ? "" : " (resuming: " + finished.size() + " finished before)") + ", "
                        + options.forks().repeat() + " fresh JVM(s) each");
                StepLog.mark("environment");
                GpuProbe gpu = JCudaGpuProbe.detect();
                Environment environment = EnvironmentProbe.describe(gpu.describe());
                PeakSampler sampler = new PeakSampler(gpu);
                Baseline baseline;
                SpreadBaseline spread = null;
                StartupProfile profiled = null;
                if (previous != null) {
                    // the figures already written were set against this baseline: the rest are too
                    baseline = previous.run().baseline();
                    profiled = previous.run().startupProfile();
                } else {
                    StepLog.mark("baseline");
                    boolean alsoWithout = found.forks().sharing().used() && options.baselineWithoutArchive();
                    spread = new SpreadBaseline(new BaselineBenchmark(found.forker(),
                            alsoWithout ? found.forks().withoutArchive() : null, sampler),
                            options.forks().baselineRuns(), toMeasure.size());
                    int later = spread.slots().size();
                    if (later > 0) {
                        progress.phase("Baseline: " + spread.forksBefore() + " fork(s) now, " + later + " more spread"
                                + " between the fixtures, so that it covers the same minutes as they do");
                    }
                    progress.begin("Baseline", spread.forksBefore() * (alsoWithout ? 2 : 1));
                    baseline = spread.measureBefore(() -> progress.step("empty test"));
                    Guard.RunInterrupted.stopIf(interruption);
                    if (options.startupProfile()) {
                        StepLog.mark("startup-profile");
                        progress.phase("Profiling one more baseline fork from JVM start (--no-startup-profile: none)");
                        profiled = new StartupProfiling(found.forker(), work, options.output().out())
                                .profile(baseline.startupMs().median());
                    }
                }
                Guard.RunInterrupted.stopIf(interruption);
                StepLog.mark("whole-suite");
                // a resumed run keeps the whole suite's run it recorded, as it keeps its baseline
                WholeSuite wholeSuite = previous != null && previous.run().wholeSuite() != null
                        ? previous.run().wholeSuite() : options.wholeSuite() == null ? null
                        : new SuiteRuns(options.wholeSuite()).record(found, work, progress, console.out());
                Guard.RunInterrupted.stopIf(interruption);
                Baseline readAgainst = baseline;
                SpreadBaseline forksBetween = spread;
                RunContext context = new RunContext(started, environment, settings, found.suite().catalog(),
                        readAgainst, forksBetween == null ? () -> readAgainst : forksBetween::baseline, profiled,
                        wholeSuite, compared);
                FixtureBenchmark benchmark = new FixtureBenchmark(found.forker(), sampler, baseline,
                        options.forks().timeout());
                FixtureProfiling fixtureProfiling = options.fixtureProfiles()
                        ? new FixtureProfiling(found.forker(), work, options.output().out(),
                        OwnCode.classesIn(found.classpath().entries())) : null;
                StepLog.mark("fixtures");
                List<FixtureResult> results = new FixtureMeasurement(benchmark, spread, fixtureProfiling,
                        options.forks().repeat(), options.forks().jobs(), interruption, writer, context, progress)
                        .measure(plan, toMeasure, finished);
                // once more at the end, so a run with nothing to measure still writes its (empty) report and site
                RunResult last = context.result(results);
                StepLog.mark("writing");
                LatestStateWriter.writeLast(writer, last); // timed, with -Dfixturebench.writing.stats
                StepLog.mark("end");
                progress.close();
                report(results, start);
                if (spread != null && !spread.failures().isEmpty() && !interruption.happened()) {
                    console.err().println("warning: " + spread.failures().size() + " baseline fork(s) between the"
                            + " fixtures failed and were left out of the baseline (the fixtures' figures stand on"
                            + " their own forks); the first: " + spread.failures().get(0));
                }
                outputs.printWhereItWent(writer);
                if (interruption.happened()) {
                    console.out().printf(Locale.ROOT, "Interrupted: %d of %d fixture(s) finished; the rest are"
                            + " skipped (interrupted). Finish the run with the same options and --resume.%n",
                            results.stream().filter(r -> !FixtureMeasurement.interrupted(r)).count(), plan.size());
                    return interruption.exitCode();
                }
                return options.gate().judge(last.comparison(), console.err());
            }
        });
    }

    /** The settings this run records: what --resume and merge require to be the same. */
    private RunSettings settings(Preparation.Discovered found) {
        Selection selection = options.selection();
        return new RunSettings(found.classpath().description(), found.classpath().frameworks(), options.forks(),
                found.forks().sharing(), ClassPathFingerprint.of(found.classpath()), selection.describe(),
                selection.shard() == null ? null : selection.shard().toString());
    }

    /** --resume continues only a run measured the same way, of the same suite built the same. */
    private void refuseChangedSettings(ResultsFile previous, RunSettings now) throws SuiteException {
        List<String> changed = new ArrayList<>(SettingsCheck.differences(previous.run().settings(), now));
        boolean archiveThen = previous.run().settings().classDataSharing().used();
        if (archiveThen != now.classDataSharing().used()) {
            // the earlier baseline is kept: forks started the other way would not be set against their own
            changed.add("class-data sharing: " + (archiveThen ? "used" : "not used") + " then, "
                    + (now.classDataSharing().used() ? "used" : "not used") + " now");
        }
        if (!changed.isEmpty()) {
            throw new SuiteException("--resume: the run in " + options.output().out() + " was measured differently: "
                    + String.join("; ", changed) + ". Resume with the options it had, or start afresh with another"
                    + " --out.");
        }
    }

    /** The earlier run's results that still count: every fixture it finished that this plan has. */
    private static List<FixtureResult> finished(ResultsFile previous, List<DiscoveredFixture> plan) {
        Set<String> planned = new HashSet<>();
        plan.forEach(f -> planned.add(f.info().name()));
        return previous.run().fixtures().stream().filter(r -> !FixtureMeasurement.interrupted(r))
                .filter(r -> planned.contains(r.fixture().name())).toList();
    }

    private void report(List<FixtureResult> results, long start) {
        long ok = results.stream().filter(FixtureResult::ok).count();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        console.out().printf(Locale.ROOT, "Measured %d fixture(s) in %dm%02ds: %d ok, %d not ok.%n", results.size(),
                took.toMinutes(), took.toSecondsPart(), ok, results.size() - ok);
    }
}
