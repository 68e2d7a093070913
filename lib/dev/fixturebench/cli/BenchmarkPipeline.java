package dev.fixturebench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.fixturebench.discovery.Discovery;
import dev.fixturebench.discovery.DiscoveryException;
import dev.fixturebench.discovery.Selection;
import dev.fixturebench.fork.Forker;
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
import dev.fixturebench.report.JsonReport;
import dev.fixturebench.report.MarkdownReport;
import dev.fixturebench.report.ReportWriter;
import dev.fixturebench.suite.MavenSuite;
import dev.fixturebench.suite.SuiteClasspath;
import dev.fixturebench.suite.SuiteException;

/**
 * One run, start to end: build the suite, discover, measure the baseline, measure each fixture, and write the
 * results after every fixture. The one place that wires the capabilities together.
 */
final class BenchmarkPipeline {

    private final BenchOptions options;
    private final PrintWriter out;
    private final PrintWriter err;

    BenchmarkPipeline(BenchOptions options, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int run() {
        long start = System.nanoTime();
        Path work = null;
        try (Progress progress = Progress.forConsole(System.err)) {
            work = Files.createTempDirectory("fixture-bench-");
            progress.phase("Building the suite with Maven: " + options.project());
            SuiteClasspath suite = new MavenSuite(work).resolve(options.project());
            Forker forker = Forker.create(suite, options.forkJvmArgs(), options.timeout(), work);
            progress.phase("Discovering fixtures in a forked JVM (JUnit Platform " + suite.junitPlatform() + ")");
            List<FixtureInfo> discovered = new Discovery(forker).discover();
            List<FixtureInfo> plan = new Selection(options.maxFixtures()).apply(discovered);
            progress.phase("Found " + discovered.size() + " fixtures; measuring " + plan.size() + ", "
                    + options.repeat() + " fresh JVM(s) each");
            GpuProbe gpu = JCudaGpuProbe.detect();
            Environment environment = EnvironmentProbe.describe(gpu.describe());
            PeakSampler sampler = new PeakSampler(gpu);
            progress.begin("Baseline", options.baselineRuns());
            Baseline baseline = new BaselineBenchmark(forker, sampler)
                    .measure(options.baselineRuns(), () -> progress.step("empty test"));
            RunSettings settings = new RunSettings(suite.description(), suite.junitPlatform(), options.repeat(),
                    options.baselineRuns(), options.timeout().toSeconds());
            FixtureBenchmark benchmark = new FixtureBenchmark(forker, sampler, baseline, options.timeout().toSeconds());
            ReportWriter writer = new ReportWriter(options.out());
            List<FixtureResult> results = new ArrayList<>();
            progress.begin("Fixtures", plan.size());
            for (FixtureInfo fixture : plan) {
                FixtureResult result = benchmark.measure(fixture, options.repeat());
                results.add(result);
                writer.write(new RunResult(Instant.now(), environment, settings, discovered.size(), baseline, results));
                progress.step(fixture.name() + " " + summary(result));
            }
            progress.close();
            report(results, start);
            return 0;
        } catch (SuiteException e) {
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
            return result.status();
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
