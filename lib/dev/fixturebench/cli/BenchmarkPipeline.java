package dev.fixturebench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import dev.fixturebench.measure.GpuProbe;
import dev.fixturebench.measure.JCudaGpuProbe;
import dev.fixturebench.measure.PeakSampler;
import dev.fixturebench.model.Baseline;
import dev.fixturebench.model.Environment;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.RunSettings;
import dev.fixturebench.model.SuiteCatalog;
import dev.fixturebench.probe.ProbeMain;
import dev.fixturebench.report.FixtureListing;
import dev.fixturebench.report.JsonReport;
import dev.fixturebench.report.MarkdownReport;
import dev.fixturebench.report.ReportWriter;
import dev.fixturebench.suite.ClasspathSuite;
import dev.fixturebench.suite.FixtureApi;
import dev.fixturebench.suite.MavenSuite;
import dev.fixturebench.suite.SuiteClasspath;
import dev.fixturebench.suite.SuiteException;

/**
 * One run, start to end: build the suite, discover, then either list the fixtures or measure the baseline and each
 * fixture, writing the results after every fixture. The one place that wires the capabilities together.
 */
final class BenchmarkPipeline {

    private final BenchOptions options;
    private final Optional<Checkout> checkout;
    private final PrintWriter out;
    private final PrintWriter err;

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

    /** Measures the selected fixtures and writes the report and results. */
    int run() {
        long start = System.nanoTime();
        return guarded((work, progress) -> {
            Discovered found = discover(work, progress, options.classDataSharing());
            List<DiscoveredFixture> plan = found.selected();
            progress.phase("Found " + found.suite().fixtures().size() + " fixtures; measuring " + plan.size() + ", "
                    + options.repeat() + " fresh JVM(s) each");
            GpuProbe gpu = JCudaGpuProbe.detect();
            Environment environment = EnvironmentProbe.describe(gpu.describe());
            PeakSampler sampler = new PeakSampler(gpu);
            boolean archived = found.forks().sharing().used();
            progress.begin("Baseline", options.baselineRuns() * (archived ? 2 : 1));
            Baseline baseline = new BaselineBenchmark(found.forker(), archived ? found.forks().withoutArchive() : null,
                    sampler).measure(options.baselineRuns(), () -> progress.step("empty test"));
            RunSettings settings = new RunSettings(found.classpath().description(), found.classpath().junitPlatform(),
                    options.repeat(), options.baselineRuns(), options.timeout().toMillis() / 1000.0, options.warmup(),
                    options.jobs(), found.forks().sharing());
            FixtureBenchmark benchmark = new FixtureBenchmark(found.forker(), sampler, baseline, options.timeout());
            ReportWriter writer = new ReportWriter(options.out());
            List<FixtureResult> results = new ArrayList<>();
            SuiteCatalog catalog = found.suite().catalog();
            Map<String, Integer> position = new HashMap<>();
            plan.forEach(fixture -> position.put(fixture.info().name(), position.size()));
            progress.begin("Fixtures", plan.size());
            ExecutorService pool = Executors.newFixedThreadPool(options.jobs());
            try {
                List<Future<?>> running = new ArrayList<>();
                for (DiscoveredFixture fixture : plan) {
                    running.add(pool.submit(() -> {
                        FixtureResult result = benchmark.measure(fixture.info(), fixture.probe(),
                                fixture.measuredAs(), options.repeat());
                        synchronized (results) {
                            // in plan order whatever fork finished first, so --jobs never reorders the output
                            results.add(result);
                            results.sort(Comparator.comparingInt(r -> position.get(r.fixture().name())));
                            writer.write(new RunResult(Instant.now(), environment, settings, catalog, baseline,
                                    results));
                            progress.step(fixture.info().name() + " " + summary(result));
                        }
                        return null;
                    }));
                }
                for (Future<?> future : running) {
                    await(future);
                }
            } finally {
                pool.shutdownNow();
                // forks still running are killed by their workers; wait, so none outlives the run
                awaitQuietly(pool);
            }
            progress.close();
            report(results, start);
            return 0;
        });
    }

    /** Waits for one fixture's measurement, passing on the I/O error that ended it. */
    private static void await(Future<?> future) throws IOException {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while measuring", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            throw new IllegalStateException("measuring a fixture failed unexpectedly", e.getCause());
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        SuiteTarget target = options.target();
        CategoryRules rules = CategoryRules.load(target.rulesDirectory());
        SuiteClasspath classpath;
        if (target.project() != null) {
            progress.phase("Building the suite with Maven: " + target.project()
                    + (target.module() == null ? "" : " (module " + target.module() + ")"));
            Optional<FixtureApi> api = checkout.isPresent() ? checkout.get().fixtureApi() : Optional.empty();
            classpath = new MavenSuite(work, api).resolve(target.project(), target.module());
        } else {
            classpath = new ClasspathSuite(work).resolve(target.classPath(), target.testClasses());
        }
        List<String> jvmArgs = new ArrayList<>(options.forkJvmArgs());
        if (options.warmup() > 0) {
            jvmArgs.add("-D" + ProbeMain.WARMUP_PROPERTY + "=" + options.warmup());
        }
        if (archive) {
            progress.phase("Dumping a class-data sharing archive for the forks (--no-cds: none)");
        }
        SharedArchive.Forks forks = SharedArchive.prepare(classpath, jvmArgs, options.timeout(), work, archive);
        Forker forker = forks.forker();
        progress.phase("Discovering fixtures (JUnit Platform " + classpath.junitPlatform() + ")");
        DiscoveredSuite suite = new SuiteDiscovery(forker, classpath, rules).discover();
        List<DiscoveredFixture> selected = options.selection().apply(suite.fixtures(), DiscoveredFixture::info);
        return new Discovered(classpath, forks, suite, selected);
    }

    /** A step of the pipeline that may fail the ways a run fails. */
    private interface Step {
        int run(Path work, Progress progress) throws SuiteException, RulesException, IOException, DiscoveryException;
    }

    private int guarded(Step step) {
        Path work = null;
        try (Progress progress = Progress.forConsole(System.err)) {
            work = Files.createTempDirectory("fixture-bench-");
            return step.run(work, progress);
        } catch (SuiteException | RulesException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (DiscoveryException | IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } finally {
            err.flush();
            out.flush();
            deleteQuietly(work);
        }
    }

    private void report(List<FixtureResult> results, long start) {
        long ok = results.stream().filter(FixtureResult::ok).count();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        out.printf(Locale.ROOT, "Measured %d fixture(s) in %dm%02ds: %d ok, %d not ok.%n", results.size(),
                took.toMinutes(), took.toSecondsPart(), ok, results.size() - ok);
        out.println("Report:  " + options.out().resolve(MarkdownReport.FILE_NAME));
        out.println("Results: " + options.out().resolve(JsonReport.FILE_NAME));
    }

    private static String summary(FixtureResult result) {
        if (!result.ok()) {
            return result.status().label();
        }
        return String.format(Locale.ROOT, "ok, init %.1f ms", result.initMs().median());
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
