package dev.fixturebench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import dev.fixturebench.discovery.CategoryRules;
import dev.fixturebench.discovery.DiscoveredFixture;
import dev.fixturebench.discovery.DiscoveredSuite;
import dev.fixturebench.discovery.DiscoveryException;
import dev.fixturebench.discovery.RulesException;
import dev.fixturebench.discovery.SuiteDiscovery;
import dev.fixturebench.fork.Forker;
import dev.fixturebench.fork.SharedArchive;
import dev.fixturebench.measure.BaselineBenchmark;
import dev.fixturebench.measure.EnvironmentProbe;
import dev.fixturebench.measure.FixtureBenchmark;
import dev.fixturebench.measure.FixtureProfiling;
import dev.fixturebench.measure.GpuProbe;
import dev.fixturebench.measure.JCudaGpuProbe;
import dev.fixturebench.measure.PeakSampler;
import dev.fixturebench.measure.StartupProfiling;
import dev.fixturebench.model.Baseline;
import dev.fixturebench.model.Environment;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.RunSettings;
import dev.fixturebench.model.Spread;
import dev.fixturebench.model.StartupProfile;
import dev.fixturebench.model.Comparison;
import dev.fixturebench.model.WholeSuite;
import dev.fixturebench.report.ResultsFile;
import dev.fixturebench.results.ClassPathFingerprint;
import dev.fixturebench.results.RunComparison;
import dev.fixturebench.results.SettingsCheck;
import dev.fixturebench.results.ShardMerge;
import dev.fixturebench.probe.ProbeMain;
import dev.fixturebench.report.FixtureListing;
import dev.fixturebench.report.JsonReport;
import dev.fixturebench.report.MarkdownReport;
import dev.fixturebench.report.ReportWriter;
import dev.fixturebench.report.ResultFormat;
import dev.fixturebench.site.SiteSources;
import dev.fixturebench.site.StaticSite;
import dev.fixturebench.suite.ClasspathSuite;
import dev.fixturebench.suite.FixtureApi;
import dev.fixturebench.suite.MavenSuite;
import dev.fixturebench.suite.SuiteClasspath;
import dev.fixturebench.suite.SuiteException;
import dev.fixturebench.suite.TestConventions;
import dev.fixturebench.profile.OwnCode;
import dev.fixturebench.model.LeftOutClass;
import dev.fixturebench.wholesuite.TestClasses;
import dev.fixturebench.wholesuite.WholeSuiteBenchmark;

/**
 * One run, start to end: build the suite, discover, then either list the fixtures or measure the baseline and each
 * fixture, writing the results after every fixture. The one place that wires the capabilities together.
 */
final class BenchmarkPipeline {

    private final BenchOptions options;
    private final Optional<Checkout> checkout;
    private final PrintWriter out;
    private final PrintWriter err;
    /** The run's signal watch, once {@link #run} installed it: a failure it caused is the signal's exit. */
    private Interruption interruption;

    /** A run of {@code options}; {@code checkout}, when known, supplies the fixture API to install on demand. */
    BenchmarkPipeline(BenchOptions options, Optional<Checkout> checkout, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.checkout = checkout;
        this.out = out;
        this.err = err;
    }

    /** Enumerates the fixtures and prints them, as a table or JSON, building none. */
    int list(boolean json) {
        return guarded((work, progress) -> {
            Discovered found = discover(work, progress, false);
            List<FixtureInfo> listed = found.selected().stream().map(DiscoveredFixture::info).toList();
            progress.close();
            out.print(json ? FixtureListing.json(found.suite().catalog(), listed)
                    : FixtureListing.table(found.suite().catalog(), listed));
            return 0;
        });
    }

    /**
     * Measures the selected fixtures and writes the report and results after each; with {@code --resume}, only those
     * the interrupted run in {@code --out} did not finish. Ctrl-C or SIGTERM stops the forks, writes what finished
     * with the rest skipped (interrupted), and ends with 130 or 143; {@code --fail-if-slower} ends with 3.
     */
    int run() {
        long start = System.nanoTime();
        Interruption interruption = Interruption.install(err);
        this.interruption = interruption;
        return guarded((work, progress) -> {
            // before the build, so a second run never rebuilds the suite under the first one's forks; a run that
            // fails before writing leaves no folder of its own behind
            try (OutputLock lock = OutputLock.acquire(options.out())) {
                ResultsFile previous = options.resume() ? earlierRun() : null;
                ResultsFile compared = options.compare() == null ? null : comparedRun();
                Instant started = previous != null ? previous.run().started() : Instant.now();
                Discovered found = discover(work, progress, options.classDataSharing());
                stopIfInterrupted(interruption);
                RunSettings settings = settings(found);
                if (previous != null) {
                    refuseChangedSettings(previous, settings);
                }
                // before any measuring: templates that do not compile or a site folder it must not write fail the run
                ReportWriter writer = new ReportWriter(formats(work, started, previous != null));
                List<DiscoveredFixture> plan = found.selected();
                List<FixtureResult> finished = previous == null ? List.of() : finished(previous, plan);
                Set<String> done = new HashSet<>();
                finished.forEach(r -> done.add(r.fixture().name()));
                List<DiscoveredFixture> toMeasure = plan.stream().filter(f -> !done.contains(f.info().name()))
                        .toList();
                progress.phase("Found " + found.suite().fixtures().size() + " fixtures; measuring " + toMeasure.size()
                        + (previous == null ? "" : " (resuming: " + finished.size() + " finished before)") + ", "
                        + options.repeat() + " fresh JVM(s) each");
                GpuProbe gpu = JCudaGpuProbe.detect();
                Environment environment = EnvironmentProbe.describe(gpu.describe());
                PeakSampler sampler = new PeakSampler(gpu);
                Baseline baseline;
                StartupProfile profiled = null;
                if (previous != null) {
                    // the figures already written were set against this baseline: the rest are too
                    baseline = previous.run().baseline();
                    profiled = previous.run().startupProfile();
                } else {
                    boolean archived = found.forks().sharing().used();
                    progress.begin("Baseline", options.baselineRuns() * (archived ? 2 : 1));
                    baseline = new BaselineBenchmark(found.forker(), archived ? found.forks().withoutArchive() : null,
                            sampler).measure(options.baselineRuns(), () -> progress.step("empty test"));
                    stopIfInterrupted(interruption);
                    if (options.startupProfile()) {
                        progress.phase("Profiling one more baseline fork from JVM start (--no-profile: none)");
                        profiled = new StartupProfiling(found.forker(), work, options.out())
                                .profile(baseline.startupMs().median());
                    }
                }
                stopIfInterrupted(interruption);
                WholeSuite wholeSuite = options.wholeSuite() == null ? null : wholeSuite(found, work, progress);
                stopIfInterrupted(interruption);
                RunContext context = new RunContext(started, environment, settings, found.suite().catalog(), baseline,
                        profiled, wholeSuite, compared);
                FixtureBenchmark benchmark = new FixtureBenchmark(found.forker(), sampler, baseline, options.timeout());
                FixtureProfiling fixtureProfiling = options.fixtureProfiles()
                        ? new FixtureProfiling(found.forker(), work, options.out(),
                        OwnCode.classesIn(found.classpath().entries())) : null;
                List<FixtureResult> results = new FixtureMeasurement(benchmark, fixtureProfiling, options.repeat(),
                        options.jobs(), interruption, writer, context, progress).measure(plan, toMeasure, finished);
                // once more at the end, so a run with nothing to measure still writes its (empty) report and site
                RunResult last = context.result(results);
                LatestStateWriter.writeLast(writer, last); // timed, with -Dfixturebench.writing.stats
                progress.close();
                report(results, start, writer);
                if (interruption.happened()) {
                    out.printf(Locale.ROOT, "Interrupted: %d of %d fixture(s) finished; the rest are skipped"
                            + " (interrupted). Finish the run with the same options and --resume.%n",
                            results.stream().filter(r -> !FixtureMeasurement.interrupted(r)).count(), plan.size());
                    return interruption.exitCode();
                }
                return compared == null ? 0 : gate(last.comparison());
            }
        });
    }

    /**
     * Joins shards' results into one report, JSON and site in --out (--merge), compared where --compare asks; measures
     * nothing. Missing shards are named, not fatal.
     */
    int merge(List<Path> inputs) {
        return guarded((work, progress) -> {
            try (OutputLock lock = OutputLock.acquire(options.out())) {
                List<ShardMerge.Part> parts = new ArrayList<>();
                RunResult merged;
                try {
                    for (Path input : inputs) {
                        ResultsFile file = ResultsFile.read(input).requireFull("--merge");
                        parts.add(new ShardMerge.Part(file.file().toString(), file.run()));
                    }
                    merged = ShardMerge.merge(parts, Instant.now());
                } catch (IllegalArgumentException e) {
                    throw new SuiteException("--merge: " + e.getMessage());
                }
                List<String> missing = ShardMerge.missing(parts);
                if (!missing.isEmpty()) {
                    err.println("warning: --merge: no results of shard(s) " + String.join(", ", missing)
                            + " were given; the report holds the others' fixtures only.");
                }
                long interrupted = merged.fixtures().stream().filter(FixtureMeasurement::interrupted).count();
                if (interrupted > 0) {
                    err.println("warning: --merge: " + interrupted + " fixture(s) of the shards were interrupted"
                            + " before they were measured; finish those shards with --resume and merge again.");
                }
                ResultsFile compared = options.compare() == null ? null : comparedRun();
                merged = comparedWith(compared, merged);
                ReportWriter writer = new ReportWriter(formats(work, merged.started(), false));
                writer.write(merged);
                progress.close();
                out.printf(Locale.ROOT, "Merged %d shard(s) of %s: %d fixture(s).%n", parts.size(),
                        merged.settings().suite(), merged.fixtures().size());
                printWhereItWent(writer);
                return compared == null ? 0 : gate(merged.comparison());
            }
        });
    }

    /** {@code run} set against {@code compared}, or as it is when there is nothing to compare with. */
    static RunResult comparedWith(ResultsFile compared, RunResult run) {
        return compared == null ? run : run.withComparison(RunComparison.of(compared.run(), run,
                compared.file().toString(), COMPARE_THRESHOLD_PCT));
    }

    /** The change in init, in %, below which a difference beyond the noise is still not called a change. */
    static final double COMPARE_THRESHOLD_PCT = 10.0;

    /** The settings this run records: what --resume and --merge require to be the same. */
    private RunSettings settings(Discovered found) {
        return new RunSettings(found.classpath().description(), found.classpath().frameworks(), options.repeat(),
                options.baselineRuns(), options.timeout().toMillis() / 1000.0, options.warmup(), options.jobs(),
                found.forks().sharing(), options.forkJvmArgs(), ClassPathFingerprint.of(found.classpath()),
                options.selection().describe(), options.selection().shard() == null ? null
                        : options.selection().shard().toString());
    }

    /** The interrupted run in --out that --resume finishes. */
    private ResultsFile earlierRun() throws IOException, SuiteException {
        if (!Files.isRegularFile(options.out().resolve(JsonReport.FILE_NAME))) {
            throw new SuiteException("--resume: nothing to resume in " + options.out() + ": it holds no results of an"
                    + " earlier run (" + JsonReport.FILE_NAME + "); run without --resume, or name that run's --out.");
        }
        try {
            return ResultsFile.read(options.out()).requireFull("--resume");
        } catch (IllegalArgumentException e) {
            throw new SuiteException("--resume: " + e.getMessage());
        }
    }

    /** The earlier results --compare names. */
    private ResultsFile comparedRun() throws IOException, SuiteException {
        try {
            return ResultsFile.read(options.compare());
        } catch (IllegalArgumentException e) {
            throw new SuiteException("--compare: " + e.getMessage());
        }
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
            throw new SuiteException("--resume: the run in " + options.out() + " was measured differently: "
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

    private static void stopIfInterrupted(Interruption interruption) throws RunInterrupted {
        if (interruption.happened()) {
            throw new RunInterrupted(interruption.exitCode());
        }
    }

    /** A signal before any fixture was measured: nothing to write, the exit code says why. */
    static final class RunInterrupted extends Exception {
        final int exitCode;

        static final String MESSAGE = "Interrupted before any fixture was measured: no results were written, so"
                + " there is nothing to --resume; run again without it.";

        RunInterrupted(int exitCode) {
            super(MESSAGE, null, false, false);
            this.exitCode = exitCode;
        }
    }

    /** Exit 3 when --fail-if-slower's limit is passed, naming each fixture that passed it. */
    private int gate(Comparison comparison) {
        if (options.failIfSlowerPct() == null) {
            return 0;
        }
        List<Comparison.Delta> slower = comparison.fixtures().stream()
                .filter(d -> RunComparison.slowerThan(d, options.failIfSlowerPct())).toList();
        for (String failing : comparison.nowFailing()) {
            err.println("now failing: " + failing + " (it built in the earlier run)");
        }
        for (Comparison.Delta delta : slower) {
            err.printf(Locale.ROOT, "slower: %s init %.1f ms -> %.1f ms (%+.1f %%, beyond the noise of %.1f ms)%n",
                    delta.name(), delta.initBefore(), delta.initAfter(), delta.initPct(), delta.noiseMs());
        }
        if (slower.isEmpty() && comparison.nowFailing().isEmpty()) {
            return 0;
        }
        err.printf(Locale.ROOT, "--fail-if-slower=%s: %d fixture(s) got slower than that beyond the noise, %d fail"
                + " now that built before; exit 3.%n", java.math.BigDecimal.valueOf(options.failIfSlowerPct())
                .stripTrailingZeros().toPlainString(), slower.size(), comparison.nowFailing().size());
        return 3;
    }

    /**
     * Measures launcher start-up alone: builds the suite for its class path and the forks' archive, runs the baseline
     * forks, prints their spread, and records the start-up profile; discovers no fixture.
     */
    int benchmarkStartup() {
        return guarded((work, progress) -> {
            SuiteClasspath classpath = classpath(work, progress);
            SharedArchive.Forks forks = forks(classpath, work, progress, options.classDataSharing());
            long start = System.nanoTime();
            progress.begin("Baseline", options.baselineRuns());
            PeakSampler sampler = new PeakSampler(GpuProbe.none("--benchmark-startup samples no GPU"));
            List<Double> readings = new BaselineBenchmark(forks.forker(), sampler)
                    .startupReadings(options.baselineRuns(), () -> progress.step("empty test"));
            long baselineNanos = System.nanoTime() - start;
            Spread spread = Spread.of(readings);
            StartupProfile profile = null;
            if (options.startupProfile()) {
                progress.phase("Profiling one more baseline fork from JVM start (--no-profile: none)");
                profile = new StartupProfiling(forks.forker(), work, options.out()).profile(spread.median());
            }
            long totalNanos = System.nanoTime() - start;
            progress.close();
            out.printf(Locale.ROOT, "Launcher start-up: %d fresh JVM(s) running the suite's test framework on one empty test"
                    + " (%s), %s%n", spread.n(), classpath.frameworks(), forks.sharing().used()
                    ? "started from the run's class-data sharing archive" : "without a class-data sharing archive");
            out.printf(Locale.ROOT, "  mean    %8.1f ms%n  median  %8.1f ms%n  min     %8.1f ms%n  max     %8.1f ms%n"
                    + "  stddev  %8.1f ms%n", spread.mean(), spread.median(), spread.min(), spread.max(),
                    spread.stddev());
            if (profile == null) {
                out.println("Start-up profile: off (--no-profile)");
            } else if (profile.recorded()) {
                out.printf(Locale.ROOT, "Start-up profile: %s, event %s, every %s ms, %d samples; profiled fork %.1f ms"
                        + " against the %.1f ms median (%+.0f %%)%n  %s%n  raw: %s%n", profile.profiler(),
                        profile.event(), java.math.BigDecimal.valueOf(profile.intervalMs()).stripTrailingZeros()
                                .toPlainString(), profile.samples(), profile.profiledWallMs(),
                        profile.unprofiledMedianMs(), profile.cost() * 100, options.out().resolve(profile.file()),
                        options.out().resolve(profile.rawFile()));
            } else {
                out.println("Start-up profile: none — " + profile.failure());
            }
            out.printf(Locale.ROOT, "Took %.2f s: %.2f s of baseline forks, %.2f s for the profile%n",
                    totalNanos / 1e9, baselineNanos / 1e9, (totalNanos - baselineNanos) / 1e9);
            return 0;
        });
    }

    /**
     * Runs the selected test classes for real, {@code --suite-runs} times, printing the first run's set-ups with
     * {@code --setup-show}; a run that fails costs a note in the results.
     */
    private WholeSuite wholeSuite(Discovered found, Path work, Progress progress) throws IOException, SuiteException {
        BenchOptions.WholeSuiteOptions suite = options.wholeSuite();
        List<String> classes = suiteClasses(found.suite());
        progress.begin("Whole suite: " + classes.size() + " test class(es) in one JVM per run", suite.runs());
        java.util.function.Consumer<String> show = null;
        if (suite.setupShow()) {
            show = line -> {
                synchronized (out) {
                    out.println(line);
                    out.flush();
                }
            };
        }
        return new WholeSuiteBenchmark(suiteForker(found), work)
                .run(classes, found.suite().fixtures(), suite.runs(), show, progress::step);
    }

    /** Forks for suite runs: the suite's time limit, in the project's folder (the module's) as every fork. */
    private Forker suiteForker(Discovered found) {
        return found.forker().withTimeout(options.wholeSuite().timeout()).withGracefulStop(Duration.ofSeconds(10));
    }

    /** The test classes --suite-classes selects of those discovery kept (what mvn test runs); none is bad usage. */
    private List<String> suiteClasses(DiscoveredSuite suite) throws SuiteException {
        List<String> classes = TestClasses.select(suite.testClasses(), options.wholeSuite().classes());
        if (classes.isEmpty()) {
            java.util.regex.Pattern pattern = options.wholeSuite().classes();
            throw new SuiteException((pattern == null ? "mvn test runs no test class of this suite (Surefire's"
                    + " includes in the pom, or its defaults: Test*, *Test, *Tests, *TestCase)"
                    : "--suite-classes=" + pattern + " selects no test class")
                    + "; the suite's test classes: " + String.join(", ", suite.testClasses().stream().limit(10)
                    .toList()) + (suite.testClasses().size() > 10 ? ", …" : "")
                    + ". Choose some with --suite-classes=REGEX.");
        }
        return classes;
    }

    /**
     * Measures what recording the whole suite costs: pairs of fresh JVMs run the selected classes plain and recorded,
     * and the pairs' suite times and the median overhead are printed; discovers no fixture, writes no report.
     */
    int benchmarkSuiteOverhead() {
        return guarded((work, progress) -> {
            Discovered found = discover(work, progress, options.classDataSharing());
            List<String> classes = suiteClasses(found.suite());
            int pairs = options.wholeSuite().runs();
            progress.begin("Suite runs, plain and recorded", pairs * 2);
            List<WholeSuiteBenchmark.Pair> readings = new WholeSuiteBenchmark(suiteForker(found), work)
                    .overhead(classes, pairs, () -> progress.step("suite run"));
            progress.close();
            out.printf(Locale.ROOT, "Whole-suite recording overhead: %d test class(es), %d pair(s) of fresh JVMs, plain"
                    + " (the suite's framework alone) and recorded (--whole-suite), taking turns to go first%n",
                    classes.size(), pairs);
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
            dev.fixturebench.model.Stats suite = dev.fixturebench.model.Stats.of(ratios).orElseThrow();
            dev.fixturebench.model.Stats jvm = dev.fixturebench.model.Stats.of(jvmRatios).orElseThrow();
            out.printf(Locale.ROOT, "Suite time (the launcher's run, inside the JVM): recorded is %+.1f %% of plain,"
                    + " median of %d pairs (range %+.1f to %+.1f %%)%n", suite.median() * 100, suite.n(),
                    suite.min() * 100, suite.max() * 100);
            out.printf(Locale.ROOT, "Whole JVM (start to exit): %+.1f %% median (range %+.1f to %+.1f %%)%n",
                    jvm.median() * 100, jvm.min() * 100, jvm.max() * 100);
            return 0;
        });
    }

    /** What discovery gives the two commands. */
    private record Discovered(SuiteClasspath classpath, SharedArchive.Forks forks, DiscoveredSuite suite,
                              List<DiscoveredFixture> selected) {

        /** What starts the discovery, baseline and fixture forks. */
        Forker forker() {
            return forks.forker();
        }
    }

    /** Builds the suite, prepares its forks (from a class-data sharing archive when {@code archive}) and discovers. */
    private Discovered discover(Path work, Progress progress, boolean archive)
            throws SuiteException, RulesException, IOException, DiscoveryException {
        CategoryRules rules = CategoryRules.load(options.target().rulesDirectory());
        SuiteClasspath classpath = classpath(work, progress);
        SharedArchive.Forks forks = forks(classpath, work, progress, archive);
        Forker forker = forks.forker();
        progress.phase("Discovering fixtures (" + classpath.frameworks() + ")");
        TestConventions conventions = options.target().project() == null ? TestConventions.defaults()
                : TestConventions.read(suiteDirectory());
        DiscoveredSuite suite = new SuiteDiscovery(forker, classpath, rules, conventions,
                options.target().integrationTests()).discover();
        long integration = suite.leftOut().stream().filter(LeftOutClass::integration).count();
        if (!suite.leftOut().isEmpty()) {
            progress.phase("Left out " + suite.leftOut().size() + " test class(es) mvn test does not run"
                    + (integration > 0 ? ", " + integration + " of them integration tests (--integration-tests"
                    + " measures those)" : "") + "; --list names them");
        }
        List<DiscoveredFixture> selected = options.selection().apply(suite.fixtures(), DiscoveredFixture::info);
        return new Discovered(classpath, forks, suite, selected);
    }

    /** The run's forkers, started from a class-data sharing archive dumped now when {@code archive}. */
    private SharedArchive.Forks forks(SuiteClasspath classpath, Path work, Progress progress, boolean archive)
            throws IOException {
        if (archive) {
            progress.phase("Dumping a class-data sharing archive for the forks (--no-cds: none)");
        }
        SharedArchive.Forks forks = SharedArchive.prepare(classpath, jvmArgs(), options.timeout(), work, archive);
        // in the project's folder, as Surefire runs tests: many read files by paths relative to it
        Path directory = suiteDirectory();
        return new SharedArchive.Forks(forks.forker().inDirectory(directory),
                forks.withoutArchive() == null ? null : forks.withoutArchive().inDirectory(directory), forks.sharing());
    }

    /** The folder the suite's forks run in: the project's (the module's), or the current one for a class path. */
    private Path suiteDirectory() {
        SuiteTarget target = options.target();
        return target.project() == null ? Path.of("")
                : target.module() == null ? target.project() : target.project().resolve(target.module());
    }

    /** Builds the suite (or takes the class path given) for the forks' class path. */
    private SuiteClasspath classpath(Path work, Progress progress) throws SuiteException, IOException {
        SuiteTarget target = options.target();
        if (target.project() != null) {
            progress.phase("Building the suite with Maven: " + target.project()
                    + (target.module() == null ? "" : " (module " + target.module() + ")"));
            Optional<FixtureApi> api = checkout.isPresent() ? checkout.get().fixtureApi() : Optional.empty();
            return new MavenSuite(work, api).resolve(target.project(), target.module());
        }
        return new ClasspathSuite(work).resolve(target.classPath(), target.testClasses());
    }

    /** The JVM options of every fork: the user's, and the probe's warm-up count. */
    private List<String> jvmArgs() {
        List<String> jvmArgs = new ArrayList<>(options.forkJvmArgs());
        if (options.warmup() > 0) {
            jvmArgs.add("-D" + ProbeMain.WARMUP_PROPERTY + "=" + options.warmup());
        }
        return jvmArgs;
    }

    /** A step of the pipeline that may fail the ways a run fails. */
    private interface Step {
        int run(Path work, Progress progress) throws SuiteException, RulesException, IOException, DiscoveryException,
                RunInterrupted;
    }

    private int guarded(Step step) {
        Path work = null;
        try (Progress progress = Progress.forConsole(System.err)) {
            work = Files.createTempDirectory("fixture-bench-");
            return step.run(work, progress);
        } catch (SuiteException | RulesException | DiscoveryException | IOException e) {
            if (interruption != null && interruption.happened()) {
                // the signal stopped the build or a fork under it: that is the cause, not the failure it left
                err.println(RunInterrupted.MESSAGE);
                return interruption.exitCode();
            }
            err.println("error: " + e.getMessage());
            return e instanceof SuiteException || e instanceof RulesException ? 2 : 1;
        } catch (RunInterrupted e) {
            err.println(e.getMessage());
            return e.exitCode;
        } finally {
            err.flush();
            out.flush();
            deleteQuietly(work);
        }
    }

    /**
     * The formats the run writes: the JSON results, the Markdown report and, unless --no-site, the site, whose
     * templates compile and whose earlier history is read before anything is measured.
     */
    private List<ResultFormat> formats(Path work, Instant started, boolean resumed) throws IOException {
        List<ResultFormat> formats = new ArrayList<>(List.of(new JsonReport(options.out()),
                new MarkdownReport(options.out())));
        if (options.site() == null) {
            return formats;
        }
        if (checkout.isEmpty()) {
            err.println("warning: no site: this run knows no checkout of Fixture Bench, whose templates/ and site/"
                    + " make it (run it through the checkout's ./jbang, or pass -D" + Checkout.HOME_PROPERTY
                    + "=CHECKOUT to JBang); --no-site silences this.");
            return formats;
        }
        try {
            formats.add(new StaticSite(SiteSources.in(checkout.get().directory()), options.site(), options.out(),
                    work.resolve("jte-classes"), started, resumed));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
        return formats;
    }

    private void report(List<FixtureResult> results, long start, ReportWriter writer) {
        long ok = results.stream().filter(FixtureResult::ok).count();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        out.printf(Locale.ROOT, "Measured %d fixture(s) in %dm%02ds: %d ok, %d not ok.%n", results.size(),
                took.toMinutes(), took.toSecondsPart(), ok, results.size() - ok);
        printWhereItWent(writer);
    }

    /** Each format's name and what to open, and how to browse the site when there is one. */
    private void printWhereItWent(ReportWriter writer) {
        for (ResultFormat format : writer.formats()) {
            out.printf(Locale.ROOT, "%-16s %s%n", format.name().substring(0, 1).toUpperCase(Locale.ROOT)
                    + format.name().substring(1) + ":", format.opens());
        }
        if (writer.formats().stream().anyMatch(StaticSite.class::isInstance)) {
            out.println("Browse the site: add --serve to the same options (the profile viewer needs HTTP).");
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind costs disk space, not results
        }
    }
}
